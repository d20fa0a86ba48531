package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.account.AbuseLimits;
import dev.tidings.account.Role;
import dev.tidings.account.Tokens;
import dev.tidings.comment.CommentTarget;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accounts and comments over real HTTP: cookies, CSRF, session fixation, brute-force lockout,
 * IDOR, and posting with and without the page's script.
 */
class CommunitySecurityTest extends OneArticleSiteTest {
    private Browserless signedUp(String email, String name) {
        return site.signedUp(email, name, PASSWORD, articlePath);
    }

    private long postComment(Browserless b, String body) {
        return b.comment(Map.of("target", "article/" + article, "body", body));
    }

    @Test
    void readingNeedsNoAccountOrCookieAndTheHeaderOffersSignInAndSignUp() {
        Browserless reader = new Browserless(site.base());
        var page = reader.get(articlePath);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(page.body())
                .contains("href=\"/signin\"", "href=\"/signup\"", "No comments yet...")
                .doesNotContain("class=\"comment-form\"");
        assertThat(reader.get("/").body()).contains("href=\"/signin\"");
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndSecureBehindTls() {
        Browserless b = new Browserless(site.base());
        b.get("/signup");
        var r = b.postRaw(
                "/signup",
                Map.of("email", "a@example.org", "name", "Ann", "password", PASSWORD, "csrf", b.lastCsrf),
                Map.of("X-Forwarded-Proto", "https"));
        String cookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("tidings_session="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Secure", "Path=/", "Max-Age=1209600");

        Browserless plain = new Browserless(site.base());
        plain.get("/signup");
        var r2 = plain.post("/signup", Map.of("email", "b@example.org", "name", "Bo", "password", PASSWORD));
        assertThat(r2.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
        assertThat(plain.get(articlePath).body()).contains("Bo", "Sign out", "class=\"comment-form\"");
    }

    @Test
    void aForgedCrossSitePostIsRefused() {
        Browserless ann = signedUp("ann@example.org", "Ann");
        Map<String, String> form = Map.of("target", "article/" + article, "body", "Forged");
        // A page on another site can make the browser send the cookie (SameSite=Lax aside) but
        // cannot read the token; its Origin also gives it away.
        assertThat(ann.postRaw("/comments", form, Map.of("Origin", "http://evil.example"))
                        .statusCode())
                .isEqualTo(403);
        var withToken = new java.util.HashMap<>(form);
        withToken.put("csrf", ann.lastCsrf);
        assertThat(ann.postRaw("/comments", withToken, Map.of("Origin", "http://evil.example"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(ann.postRaw("/comments", withToken, Map.of("Sec-Fetch-Site", "cross-site"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(ann.postRaw("/comments", withToken, Map.of("Origin", "null")).statusCode())
                .isEqualTo(403);
        var noToken = ann.postRaw("/comments", form, Map.of());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("This form has expired");
        var wrongToken = new java.util.HashMap<>(form);
        wrongToken.put("csrf", Tokens.random());
        assertThat(ann.postRaw("/comments", wrongToken, Map.of()).statusCode()).isEqualTo(403);
        assertThat(site.comments.count(CommentTarget.article(article))).isZero();

        assertThat(ann.postRaw("/comments", withToken, Map.of("Origin", site.base(), "Sec-Fetch-Site", "same-origin"))
                        .statusCode())
                .isEqualTo(303);
        assertThat(site.comments.count(CommentTarget.article(article))).isOne();
    }

    @Test
    void onlyAnAdministratorPausesAndResumesASourceFromTheSourcesPage() {
        var sources = new dev.tidings.source.SourceRepository(site.db, clock);
        var harbour = sources.named("test-outlet").orElseThrow();
        Browserless reader = signedUp("ann@example.org", "Ann");
        assertThat(reader.get("/sources").body()).doesNotContain("/sources/test-outlet/pause");
        var refused = reader.post("/sources/test-outlet/pause", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Only an administrator can edit, pause, resume or remove a source.");
        assertThat(sources.byId(harbour.id()).orElseThrow().enabled()).isTrue();

        Browserless admin = site.signedIn("root@example.org", "Root", PASSWORD, Role.ADMIN);
        String page = admin.get("/sources").body();
        assertThat(page).contains("action=\"/sources/test-outlet/pause\"", ">Pause</button>");
        assertThat(admin.postRaw("/sources/test-outlet/pause", Map.of(), Map.of())
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        var paused = admin.post("/sources/test-outlet/pause", Map.of());
        assertThat(paused.statusCode()).isEqualTo(303);
        assertThat(paused.headers().firstValue("Location")).contains("/sources");
        assertThat(sources.byId(harbour.id()).orElseThrow().enabled()).isFalse();
        assertThat(admin.get("/sources").body()).contains("paused (last fetch:", ">Resume</button>");
        assertThat(admin.post("/sources/test-outlet/resume", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(sources.byId(harbour.id()).orElseThrow().enabled()).isTrue();
        assertThat(admin.post("/sources/no-such-outlet/pause", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(admin.post("/sources/test-outlet/delete", Map.of()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAdministratorRenamesASourceAndSetsItsIntervalFromTheSourcesPage() {
        var sources = new dev.tidings.source.SourceRepository(site.db, clock);
        long id = sources.named("test-outlet").orElseThrow().id();
        Browserless reader = signedUp("ann@example.org", "Ann");
        assertThat(reader.get("/sources/test-outlet/edit").statusCode()).isEqualTo(403);
        assertThat(reader.post("/sources/test-outlet/edit", Map.of("title", "Mine", "interval", "600"))
                        .statusCode())
                .isEqualTo(403);

        Browserless admin = site.signedIn("root@example.org", "Root", PASSWORD, Role.ADMIN);
        assertThat(admin.get("/sources").body()).contains("href=\"/sources/test-outlet/edit\"");
        assertThat(admin.get("/sources/test-outlet/edit").body())
                .contains("value=\"Test Outlet\"", "value=\"900\"", "/source/test-outlet");
        var notANumber = admin.post("/sources/test-outlet/edit", Map.of("title", "Harbour Times", "interval", "often"));
        assertThat(notANumber.statusCode()).isEqualTo(422);
        assertThat(notANumber.body()).contains("the interval is a number of seconds", "value=\"often\"");
        var tooOften = admin.post("/sources/test-outlet/edit", Map.of("title", "Harbour Times", "interval", "5"));
        assertThat(tooOften.statusCode()).isEqualTo(422);
        assertThat(tooOften.body()).contains("not 5");
        assertThat(sources.byId(id).orElseThrow().title()).isEqualTo("Test Outlet");

        var saved = admin.post("/sources/test-outlet/edit", Map.of("title", "Harbour Times", "interval", "1800"));
        assertThat(saved.statusCode()).isEqualTo(303);
        var now = sources.byId(id).orElseThrow();
        assertThat(now.title()).isEqualTo("Harbour Times");
        assertThat(now.intervalSeconds()).isEqualTo(1800);
        assertThat(admin.get("/sources").body()).contains(">Harbour Times</a>");
    }

    @Test
    void anAdministratorFollowsAFeedFromTheSourcesPageAndAWrongAddressIsRefusedWithItsReason() {
        Browserless reader = signedUp("ann@example.org", "Ann");
        assertThat(reader.get("/sources").body()).doesNotContain("action=\"/sources\"");
        var refused = reader.post("/sources", Map.of("url", "https://example.org/feed.xml"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Only an administrator can follow a feed.");

        Browserless admin = site.signedIn("root@example.org", "Root", PASSWORD, Role.ADMIN);
        assertThat(admin.get("/sources").body()).contains("action=\"/sources\"", "Follow a feed");
        assertThat(admin.postRaw("/sources", Map.of("url", "https://example.org/feed.xml"), Map.of())
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);

        var notAnAddress = admin.post("/sources", Map.of("url", "ftp://example.org/feed"));
        assertThat(notAnAddress.statusCode()).isEqualTo(422);
        assertThat(notAnAddress.body()).contains("is not an http or https address", "value=\"ftp://example.org/feed\"");
        // a form never reaches this machine or its network: that takes the command line's flag
        var inside = admin.post("/sources", Map.of("url", "http://127.0.0.1:9/feed.xml"));
        assertThat(inside.statusCode()).isEqualTo(422);
        assertThat(inside.body()).contains("cannot fetch http://127.0.0.1:9/feed.xml", "is not public");
        assertThat(new dev.tidings.source.SourceRepository(site.db, clock).all())
                .as("nothing added")
                .hasSize(1);

        assertThat(admin.get("/sources?followed=test-outlet").body())
                .contains("Now following Test Outlet; its articles arrive with the next refresh.");
    }

    @Test
    void anAdministratorRemovesASourceAfterSeeingWhatWouldGoAndNoOneElseCan() throws Exception {
        var sources = new dev.tidings.source.SourceRepository(site.db, clock);
        var outlet = sources.named("test-outlet").orElseThrow();
        Browserless reader = signedUp("ann@example.org", "Ann");
        postComment(reader, "A first word on the harbour.");
        assertThat(reader.get("/sources/test-outlet/remove").statusCode()).isEqualTo(403);
        var refused = reader.post("/sources/test-outlet/remove", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Only an administrator can edit, pause, resume or remove a source.");

        Browserless admin = site.signedIn("root@example.org", "Root", PASSWORD, Role.ADMIN);
        assertThat(admin.get("/sources").body()).contains("href=\"/sources/test-outlet/remove\"");
        var question = admin.get("/sources/test-outlet/remove");
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body())
                .contains(
                        "Remove " + outlet.title() + "?",
                        "its 1 article,",
                        "the 1 comment readers wrote",
                        "its place in 0 stories",
                        "action=\"/sources/test-outlet/remove\"");
        assertThat(admin.get("/sources/no-such-outlet/remove").statusCode()).isEqualTo(404);
        assertThat(admin.postRaw("/sources/test-outlet/remove", Map.of(), Map.of())
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(sources.byId(outlet.id())).isPresent();

        var removed = admin.post("/sources/test-outlet/remove", Map.of());
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(removed.headers().firstValue("Location")).contains("/sources");
        for (int i = 0; i < 200 && sources.byId(outlet.id()).isPresent(); i++) {
            Thread.sleep(50); // it runs in the background
        }
        assertThat(sources.byId(outlet.id())).as("removed").isEmpty();
        assertThat(admin.get(articlePath).statusCode()).isEqualTo(404);
        assertThat(admin.get("/sources").body()).doesNotContain("test-outlet");
        long comments = site.db.read(h -> h.queryLong("SELECT COUNT(*) FROM comments"));
        assertThat(comments).isZero();
    }

    @Test
    void aSourceAnotherNodeIsRemovingIsShownSoAndCannotBeResumedOrRemovedAgain() {
        var sources = new dev.tidings.source.SourceRepository(site.db, clock);
        var outlet = sources.named("test-outlet").orElseThrow();
        sources.follow(outlet.id(), false);
        // another node holds the removal's turn (as SourceRemoval does, renewed before each batch)
        site.db.transaction(h -> h.update(
                "INSERT INTO shared_turns (work, node, until_at) VALUES (?, 'node-b', ?)",
                "source-removal:" + outlet.id(),
                clock.millis() + 120_000));
        Browserless admin = site.signedIn("root@example.org", "Root", PASSWORD, Role.ADMIN);

        String page = admin.get("/sources").body();
        assertThat(page)
                .contains("being removed by node-b")
                .doesNotContain("action=\"/sources/test-outlet/resume\"", "href=\"/sources/test-outlet/remove\"");
        var resume = admin.post("/sources/test-outlet/resume", Map.of());
        assertThat(resume.statusCode()).isEqualTo(409);
        assertThat(resume.body()).contains("Test Outlet is being removed, so it cannot be followed again.");
        assertThat(admin.post("/sources/test-outlet/remove", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(sources.byId(outlet.id()).orElseThrow().enabled())
                .as("still paused, and left to the node removing it")
                .isFalse();
        assertThat(admin.get(articlePath).statusCode()).isEqualTo(200);

        // that node died: once its turn runs out, the source is an ordinary paused one again
        clock.advance(java.time.Duration.ofMinutes(3));
        assertThat(admin.get("/sources").body())
                .doesNotContain("being removed")
                .contains("action=\"/sources/test-outlet/resume\"", "href=\"/sources/test-outlet/remove\"");
    }

    @Test
    void signOutAndSignInAreProtectedToo() {
        Browserless ann = signedUp("ann@example.org", "Ann");
        assertThat(ann.postRaw("/signout", Map.of(), Map.of()).statusCode()).isEqualTo(403);
        assertThat(ann.get("/").body()).contains("Sign out");
        Browserless stranger = new Browserless(site.base());
        var blind = stranger.postRaw("/signin", Map.of("email", "ann@example.org", "password", PASSWORD), Map.of());
        assertThat(blind.statusCode()).isEqualTo(403);
        assertThat(ann.post("/signout", Map.of()).statusCode()).isEqualTo(303);
        assertThat(ann.cookies).doesNotContainKey("tidings_session");
        assertThat(ann.get("/").body()).contains("href=\"/signin\"");
    }

    @Test
    void aSessionFixedByAnAttackerIsNeverSignedIn() {
        site.accounts.create("victim@example.org", "Victim", PASSWORD, Role.READER);
        // The attacker opens a real session of their own and plants its token in the victim's browser.
        Browserless attacker = signedUp("attacker@example.org", "Mallory");
        String planted = attacker.cookies.get("tidings_session");
        Browserless victim = new Browserless(site.base());
        victim.cookies.put("tidings_session", planted);
        victim.get("/");
        var in = victim.post("/signin", Map.of("email", "victim@example.org", "password", PASSWORD));
        assertThat(in.statusCode()).isEqualTo(303);
        String after = victim.cookies.get("tidings_session");
        assertThat(after).isNotEqualTo(planted);
        assertThat(site.accounts.viewer(planted)).isEmpty();
        assertThat(site.accounts.viewer(after).orElseThrow().user().email()).isEqualTo("victim@example.org");

        // An invented token is not a session and is replaced at sign-in as well.
        Browserless victim2 = new Browserless(site.base());
        String invented = Tokens.random();
        victim2.cookies.put("tidings_session", invented);
        victim2.get("/signin");
        victim2.post("/signin", Map.of("email", "victim@example.org", "password", PASSWORD));
        assertThat(victim2.cookies.get("tidings_session")).isNotEqualTo(invented);
        assertThat(site.accounts.viewer(invented)).isEmpty();
    }

    @Test
    void bruteForceLocksTheAccountWithAClearMessageAndTheOwnerGetsInAfterTheWindow() {
        site.accounts.create("ann@example.org", "Ann", PASSWORD, Role.READER);
        Browserless attacker = new Browserless(site.base());
        attacker.get("/signin");
        int allowed = AbuseLimits.defaults().signInFailuresPerAccount().max();
        for (int i = 0; i < allowed; i++) {
            var r = attacker.post("/signin", Map.of("email", "ann@example.org", "password", "guess number " + i));
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("That email and password do not match an account.");
        }
        var locked = attacker.post("/signin", Map.of("email", "ann@example.org", "password", PASSWORD));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("Too many failed sign-ins for this account");
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(attacker.cookies).doesNotContainKey("tidings_session");

        clock.advance(AbuseLimits.defaults().signInFailuresPerAccount().window());
        Browserless owner = new Browserless(site.base());
        owner.get("/signin");
        assertThat(owner.post("/signin", Map.of("email", "ann@example.org", "password", PASSWORD))
                        .statusCode())
                .isEqualTo(303);
        assertThat(owner.cookies).containsKey("tidings_session");
    }

    @Test
    void manySignInsFromOneAddressAreLimited() {
        Browserless bot = new Browserless(site.base());
        bot.get("/signin");
        int allowed = AbuseLimits.defaults().signInPerIp().max();
        for (int i = 0; i < allowed; i++) {
            bot.post("/signin", Map.of("email", "user" + i + "@example.org", "password", "guess"));
        }
        var r = bot.post("/signin", Map.of("email", "another@example.org", "password", "guess"));
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("Too many sign-in attempts from your network");
    }

    @Test
    void oneUserCannotEditOrDeleteAnothersComment() {
        Browserless ann = signedUp("ann@example.org", "Ann");
        long id = postComment(ann, "Ann wrote this");
        Browserless bob = signedUp("bob@example.org", "Bob");
        assertThat(bob.get("/comments/" + id + "/edit").statusCode()).isEqualTo(403);
        assertThat(bob.post("/comments/" + id + "/edit", Map.of("body", "Bob was here"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(bob.post("/comments/" + id + "/delete", Map.of()).statusCode())
                .isEqualTo(403);
        var inline = bob.postRaw(
                "/comments/" + id + "/delete", Map.of("csrf", bob.lastCsrf), Map.of("X-Requested-With", "fetch"));
        assertThat(inline.statusCode()).isEqualTo(403);
        assertThat(site.comments.comment(id).orElseThrow().bodySource()).isEqualTo("Ann wrote this");
        assertThat(bob.get(articlePath).body())
                .contains("Ann wrote this")
                .doesNotContain("/comments/" + id + "/edit")
                .doesNotContain("/comments/" + id + "/delete");

        assertThat(ann.get("/comments/" + id + "/edit").body()).contains("Ann wrote this");
        assertThat(ann.post("/comments/" + id + "/edit", Map.of("body", "Ann wrote better"))
                        .statusCode())
                .isEqualTo(303);
        assertThat(ann.get(articlePath).body()).contains("Ann wrote better", "edited");
        assertThat(ann.post("/comments/" + id + "/delete", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(ann.get(articlePath).body()).contains("No comments yet...");
    }

    @Test
    void postingWithoutScriptRedirectsAndWithScriptReturnsTheSection() {
        Browserless ann = signedUp("ann@example.org", "Ann");
        long id = postComment(ann, "Plain post");
        var reply = ann.postRaw(
                "/comments",
                Map.of(
                        "target",
                        "article/" + article,
                        "parent",
                        Long.toString(id),
                        "body",
                        "Inline reply",
                        "csrf",
                        ann.lastCsrf),
                Map.of("X-Requested-With", "fetch"));
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body())
                .startsWith("<section id=\"comments\"")
                .contains("2 comments", "Plain post", "Inline reply", "class=\"comment reply\"");
        var refused = ann.postRaw(
                "/comments",
                Map.of("target", "article/" + article, "body", " ", "csrf", ann.lastCsrf),
                Map.of("X-Requested-With", "fetch"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Write something first.");
        assertThat(ann.post("/comments", Map.of("target", "article/ffffffffffffffff", "body", "x"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(ann.get("/latest").body()).contains("2 comments");
        assertThat(ann.get(articlePath + "?order=oldest").body())
                .contains("<strong aria-current=\"true\">Oldest</strong>");
    }

    @Test
    void postingTooFastGetsAClearMessage() {
        Browserless ann = signedUp("ann@example.org", "Ann");
        int allowed = AbuseLimits.defaults().commentsPerUser().max();
        for (int i = 0; i < allowed; i++) {
            postComment(ann, "Comment " + i);
        }
        var r = ann.post("/comments", Map.of("target", "article/" + article, "body", "One too many"));
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("You are doing that too often. Try again in");
    }

    @Test
    void theModerationQueueIsForModeratorsAndActsWithTheirToken() {
        Browserless ann = signedUp("ann@example.org", "Ann");
        long spam = postComment(ann, "https://a.example https://b.example https://c.example");
        assertThat(ann.get(articlePath).body()).contains("waiting for review");
        Browserless stranger = new Browserless(site.base());
        assertThat(stranger.get(articlePath).body()).contains("No comments yet...");
        assertThat(ann.get("/moderation").statusCode()).isEqualTo(403);
        assertThat(ann.post("/moderation/comments/" + spam + "/restore", Map.of())
                        .statusCode())
                .isEqualTo(403);

        Browserless mod = site.signedIn("mod@example.org", "Mo", PASSWORD, Role.MODERATOR);
        HttpResponse<String> queue = mod.get("/moderation");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("link-heavy", "Ann");
        assertThat(mod.post("/moderation/comments/" + spam + "/restore", Map.of())
                        .statusCode())
                .isEqualTo(303);
        long annId = site.accounts.userByEmail("ann@example.org").orElseThrow().id();
        mod.get("/moderation");
        assertThat(mod.post("/moderation/users/" + annId + "/suspend", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(mod.get("/moderation").body()).contains("restore", "suspend", "Mo");
        assertThat(stranger.get(articlePath).body()).contains("https://c.example");
        assertThat(ann.get("/").body()).contains("href=\"/signin\""); // suspended: signed out
    }

    @Test
    void afterSignInOnlyLocalPathsAreFollowed() {
        site.accounts.create("ann@example.org", "Ann", PASSWORD, Role.READER);
        Browserless b = new Browserless(site.base());
        b.get("/signin?next=//evil.example/");
        var r = b.post("/signin", Map.of("email", "ann@example.org", "password", PASSWORD, "next", "//evil.example/"));
        assertThat(r.headers().firstValue("Location")).contains("/");
        Browserless c = new Browserless(site.base());
        c.get("/signin");
        var r2 = c.post("/signin", Map.of("email", "ann@example.org", "password", PASSWORD, "next", articlePath));
        assertThat(r2.headers().firstValue("Location")).contains(articlePath);
    }

    @Test
    void changingThePasswordSignsOutOtherDevices() {
        Browserless phone = signedUp("ann@example.org", "Ann");
        Browserless laptop = new Browserless(site.base());
        laptop.get("/signin");
        laptop.post("/signin", Map.of("email", "ann@example.org", "password", PASSWORD));
        laptop.get("/account/password");
        var r = laptop.post("/account/password", Map.of("current", PASSWORD, "password", "a brand new secret"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(laptop.get("/account/password?changed=1").body()).contains("Your password was changed");
        assertThat(phone.get("/").body()).contains("href=\"/signin\"");
        clock.advance(Duration.ofSeconds(1));
    }
}
