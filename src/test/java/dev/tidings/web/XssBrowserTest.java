package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tidings.account.AbuseLimits;
import dev.tidings.account.AuthResult;
import dev.tidings.account.Role;
import dev.tidings.account.User;
import dev.tidings.account.Viewer;
import dev.tidings.article.TestArticles;
import dev.tidings.comment.Comment;
import dev.tidings.comment.CommentTarget;
import dev.tidings.comment.Outcome;
import dev.tidings.search.IndexedArticle;
import dev.tidings.xss.XssCorpus;
import dev.tidings.xss.XssProbe;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every vector of the XSS corpus posted as a comment (through the real form) and used as a display
 * name, then every page that shows them opened in headless Chromium: any dialog, canary call,
 * script error or surviving unsafe markup fails the test. One browser, vectors batched per page.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssBrowserTest {
    private static final String PASSWORD = "a long enough secret";
    private static final int PAGES = 4;

    @TempDir
    static Path dir;

    private final List<String> vectors = XssCorpus.vectors();
    private final List<String> articles = new ArrayList<>();
    private TestSite site;
    private XssProbe probe;
    private String posterToken;
    private String moderatorToken;
    private final List<Long> commentIds = new ArrayList<>();
    private int namedUsers;

    @BeforeAll
    void start() {
        assumeTrue(
                XssProbe.available(),
                "Chromium is not installed at " + XssProbe.CHROMIUM
                        + " (apt-get install chromium); set TIDINGS_REQUIRE_BROWSER=1 to make this a failure");
        site = new TestSite(dir, Clock.systemUTC(), AbuseLimits.generous());
        for (int i = 0; i < PAGES; i++) {
            articles.add(TestArticles.store(
                    site.db, "page-" + i, "Article " + i, Instant.now().minusSeconds(600L * i)));
        }
        // The articles are indexed so searches show results with marked matches around the echoed query.
        for (String id : articles) {
            site.index.upsert(new IndexedArticle(id, Instant.now(), 1, 0, null));
        }
        site.index.refresh();
        site.accounts.create("poster@example.org", "Poster", PASSWORD, Role.READER);
        site.accounts.create("mod@example.org", "Moderator", PASSWORD, Role.MODERATOR);
        posterToken = token("poster@example.org");
        moderatorToken = token("mod@example.org");

        // Comments go through the real form, as a browser without script would send them.
        Browserless poster = new Browserless(site.base());
        poster.cookies.put(Viewers.SESSION_COOKIE, posterToken);
        poster.get("/");
        for (int i = 0; i < vectors.size(); i++) {
            String article = articles.get(i % PAGES);
            commentIds.add(poster.comment(Map.of("target", "article/" + article, "body", vectors.get(i))));
        }
        // Reports put every vector into the moderation queue too.
        User reporter = site.accounts.create("reporter@example.org", "Reporter", PASSWORD, Role.READER);
        for (long id : commentIds) {
            site.comments.report(new Viewer(reporter, "x"), id, "test");
        }
        // Display names: every vector the sign-up rules accept becomes a reader who comments.
        for (int i = 0; i < vectors.size(); i++) {
            User user;
            try {
                user = site.accounts.create("name" + i + "@example.org", vectors.get(i), PASSWORD, Role.READER);
            } catch (IllegalArgumentException tooLongOrControl) {
                continue;
            }
            namedUsers++;
            var target = CommentTarget.article(articles.get(i % PAGES));
            var outcome = site.comments.post(new Viewer(user, "x"), target, null, "Plain words " + i, "127.0.0.1");
            assertThat(outcome).isInstanceOf(Outcome.Done.class);
        }
        probe = XssProbe.launch();
    }

    private String token(String email) {
        return ((AuthResult.SignedIn) site.accounts.signIn(email, PASSWORD, "127.0.0.1", null)).token();
    }

    @AfterAll
    void stop() {
        if (probe != null) {
            probe.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void theCorpusIsBigAndVaried() {
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
        for (String kind : List.of("<script", "onerror", "javascript:", "data:", "<svg", "&#", "ScRiPt")) {
            assertThat(vectors).as(kind).anyMatch(v -> v.contains(kind));
        }
        assertThat(namedUsers).isGreaterThanOrEqualTo(100);
    }

    @Test
    void theProbeCatchesScriptThatRuns() {
        try (var session = probe.session(site.base(), Map.of())) {
            session.page()
                    .setContent("<p>fine</p><img src=x onerror=\"alert(1)\"><a href=\"javascript:void(0)\">x</a>");
            session.check();
            assertThat(session.findings())
                    .anyMatch(f -> f.contains("dialog"))
                    .anyMatch(f -> f.contains("IMG onerror"))
                    .anyMatch(f -> f.contains("javascript:"));
        }
    }

    @Test
    void articlePagesShowEveryVectorAsHarmlessText() {
        for (Map<String, String> cookies :
                List.of(Map.<String, String>of(), Map.of(Viewers.SESSION_COOKIE, posterToken))) {
            try (var session = probe.session(site.base(), cookies)) {
                int shown = 0;
                for (String article : articles) {
                    var page = session.open(site.base() + "/en/article/" + article);
                    shown += page.locator("#comments li.comment").count();
                }
                assertThat(session.findings()).isEmpty();
                assertThat(shown).isGreaterThanOrEqualTo(vectors.size() / 2);
            }
        }
    }

    @Test
    void listsModerationAndEditPagesStaySafe() {
        try (var moderator = probe.session(site.base(), Map.of(Viewers.SESSION_COOKIE, moderatorToken))) {
            moderator.open(site.base() + "/latest");
            moderator.open(site.base() + "/");
            var queue = moderator.open(site.base() + "/moderation");
            assertThat(queue.locator(".queue-item").count()).isGreaterThanOrEqualTo(100);
            for (String article : articles) {
                moderator.open(site.base() + "/en/article/" + article + "?order=top");
            }
            assertThat(moderator.findings()).isEmpty();
        }
        try (var poster = probe.session(site.base(), Map.of(Viewers.SESSION_COOKIE, posterToken))) {
            // The edit form puts the source back into a textarea: try the vectors that close tags there.
            int opened = 0;
            for (int i = 0; i < vectors.size() && opened < 15; i++) {
                Comment c = site.comments.comment(commentIds.get(i)).orElseThrow();
                if (c.bodySource().contains("</")) {
                    opened++;
                    var page = poster.open(site.base() + "/comments/" + c.id() + "/edit");
                    assertThat(page.locator("textarea").inputValue()).isEqualTo(c.bodySource());
                }
            }
            assertThat(poster.findings()).isEmpty();
        }
    }

    @Test
    void accountPagesShowHostileNamesAndCommentsAsHarmlessText() {
        int opened = 0;
        for (int i = 0; i < vectors.size() && opened < 20; i++) {
            var user = site.accounts.userByEmail("name" + i + "@example.org");
            if (user.isEmpty()) {
                continue;
            }
            opened++;
            try (var reader = probe.session(
                    site.base(), Map.of(Viewers.SESSION_COOKIE, token(user.get().email())))) {
                var page = reader.open(site.base() + "/account");
                assertThat(page.locator("#name").inputValue())
                        .isEqualTo(user.get().displayName());
                assertThat(reader.findings()).isEmpty();
            }
        }
        assertThat(opened).isEqualTo(20);
        // the poster's own page lists their latest comments: twenty of the vectors, as text
        try (var poster = probe.session(site.base(), Map.of(Viewers.SESSION_COOKIE, posterToken))) {
            var page = poster.open(site.base() + "/account");
            assertThat(page.locator(".own-comments li").count()).isEqualTo(20);
            assertThat(poster.findings()).isEmpty();
        }
    }

    @Test
    void postingInlineWithScriptAndEchoedFormsStaySafe() {
        try (var poster = probe.session(site.base(), Map.of(Viewers.SESSION_COOKIE, posterToken))) {
            var page = poster.open(site.base() + "/en/article/" + articles.getFirst());
            // the section shows a page of threads, so the count in its bar is what grows
            String before = page.locator("#comments .comment-count").textContent();
            page.locator("#body-new").fill("<img src=x onerror=alert('inline')> and <script>alert('inline')</script>");
            page.locator("#comments form.comment-form button[type=submit]")
                    .last()
                    .click();
            page.waitForFunction(
                    "before => document.querySelector('#comments .comment-count').textContent !== before", before);
            assertThat(page.url()).doesNotContain("/comments");
            poster.check();
            // A refused inline post puts the typed text back into the form.
            page.locator("#body-new").fill(" ");
            page.evaluate("() => { document.querySelector('#body-new').removeAttribute('required'); }");
            page.locator("#comments form.comment-form button[type=submit]")
                    .last()
                    .click();
            page.waitForSelector("#comments .field-error");
            poster.check();
            assertThat(poster.findings()).isEmpty();
        }
        try (var stranger = probe.session(site.base(), Map.of())) {
            var page = stranger.open(site.base() + "/signup");
            for (String vector : vectors.subList(0, 12)) {
                page.locator("#name").fill(vector);
                page.locator("#email").fill("x@example.org");
                page.locator("#password").fill("short");
                page.evaluate("() => document.querySelectorAll('input').forEach(i => { i.removeAttribute('minlength');"
                        + " i.removeAttribute('maxlength'); })");
                page.locator("main form button[type=submit]").click();
                page.waitForLoadState();
                stranger.check();
                assertThat(page.locator("#name").inputValue())
                        .isEqualTo(vector.strip().replaceAll("\\s+", " "));
            }
            assertThat(stranger.findings()).isEmpty();
        }
    }

    @Test
    void searchTextIsShownAsHarmlessText() {
        try (var reader = probe.session(site.base(), Map.of())) {
            var page = reader.open(site.base() + "/search?q=article+paragraph");
            assertThat(page.locator("mark").count()).isGreaterThan(0);
            // Each vector as the query of a search URL (what the form sends), echoed into the form,
            // the title, the feed links and any message about the query.
            for (String vector : vectors) {
                reader.open(site.base() + "/search?q="
                        + java.net.URLEncoder.encode(vector, java.nio.charset.StandardCharsets.UTF_8));
            }
            // The header's search box too, and the feed links a search page carries.
            page.locator("form.site-search input[name=q]").fill(vectors.getFirst());
            page.locator("form.site-search button[type=submit]").click();
            page.waitForLoadState();
            reader.check();
            assertThat(reader.findings()).isEmpty();
        }
    }
}
