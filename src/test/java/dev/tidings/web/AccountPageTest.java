package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.account.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reader's own account page over real HTTP: the name shown with comments, and deleting the account. */
class AccountPageTest extends OneArticleSiteTest {
    @Test
    void aReaderChangesTheNameShownWithTheirComments() {
        Browserless stranger = new Browserless(site.base());
        var away = stranger.get("/account");
        assertThat(away.statusCode()).isEqualTo(303);
        assertThat(away.headers().firstValue("Location")).contains("/signin?next=/account");
        assertThat(stranger.post("/account/name", Map.of("name", "Eve")).statusCode())
                .isEqualTo(403);

        Browserless ann = site.signedUp("ann@example.org", "Ann", PASSWORD, articlePath);
        assertThat(ann.get(articlePath).body()).contains("href=\"/account\"");
        var page = ann.get("/account");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Signed in as ann@example.org", "value=\"Ann\"", "action=\"/account/delete\"");

        assertThat(ann.postRaw("/account/name", Map.of("name", "Ann Marsh"), Map.of())
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        var renamed = ann.post("/account/name", Map.of("name", "  Ann   Marsh "));
        assertThat(renamed.statusCode()).isEqualTo(303);
        assertThat(ann.get("/account?renamed=1").body()).contains("Your name was changed.", "value=\"Ann Marsh\"");
        assertThat(site.accounts.userByEmail("ann@example.org").orElseThrow().displayName())
                .isEqualTo("Ann Marsh");

        var empty = ann.post("/account/name", Map.of("name", "   "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Choose a name to show with your comments.");
        var impostor = ann.post("/account/name", Map.of("name", "deleted ACCOUNT"));
        assertThat(impostor.statusCode()).isEqualTo(422);
        assertThat(impostor.body()).contains("That name stands for deleted accounts");
    }

    @Test
    void theAccountPageListsTheReadersCommentsEachLinkedToWhereItStands() {
        Browserless ann = site.signedUp("ann@example.org", "Ann", PASSWORD, articlePath);
        assertThat(ann.get("/account").body()).contains("You have not commented yet.");
        long first = ann.comment(Map.of("target", "article/" + article, "body", "A first <b>thought</b>."));
        long second = ann.comment(Map.of("target", "article/" + article, "body", "x".repeat(400)));
        String page = ann.get("/account").body();
        assertThat(page)
                .contains("href=\"/comments/" + first + "\"", "href=\"/comments/" + second + "\"")
                .contains(">Harbour reopens</a>", "A first &lt;b&gt;thought&lt;/b&gt;.", "x".repeat(159) + "…")
                .doesNotContain("x".repeat(160));
        assertThat(page.indexOf("/comments/" + second))
                .as("newest first")
                .isLessThan(page.indexOf("/comments/" + first));
        assertThat(ann.get("/comments/" + first).headers().firstValue("Location"))
                .contains(articlePath + "#c-" + first);
    }

    @Test
    void aDeletedAccountTakesItsCommentsWordsAndLeavesTheThreadsShape() {
        Browserless ann = site.signedUp("ann@example.org", "Ann", PASSWORD, articlePath);
        long annsComment = ann.comment(Map.of("target", "article/" + article, "body", "Ann's own words here."));
        Browserless bo = site.signedUp("bo@example.org", "Bo", PASSWORD, articlePath);
        bo.comment(Map.of(
                "target", "article/" + article, "parent", Long.toString(annsComment), "body", "Bo answers Ann."));

        var wrong = ann.post("/account/delete", Map.of("password", "not the password at all"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("That is not your password.");
        assertThat(site.accounts.userByEmail("ann@example.org")).isPresent();
        assertThat(ann.postRaw("/account/delete", Map.of("password", PASSWORD), Map.of())
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);

        var deleted = ann.post("/account/delete", Map.of("password", PASSWORD));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).contains("/account/deleted");
        assertThat(ann.get("/account/deleted").body()).contains("Your account is deleted");
        assertThat(ann.cookies.getOrDefault("tidings_session", "")).isEmpty();

        String discussion = bo.get(articlePath).body();
        assertThat(discussion)
                .contains("This comment was deleted.", "Bo answers Ann.")
                .doesNotContain("Ann&#39;s own words here.", "Ann's own words here.");
        long worded = site.db.read(h -> h.queryLong("SELECT COUNT(*) FROM comments WHERE body_source <> ''"));
        long located = site.db.read(h -> h.queryLong("SELECT COUNT(*) FROM comments WHERE ip IS NOT NULL"));
        assertThat(worded).as("Bo's reply alone keeps its words").isEqualTo(1);
        assertThat(located).as("and the address it came from").isEqualTo(1);

        Browserless again = new Browserless(site.base());
        again.get("/signin");
        assertThat(again.post("/signin", Map.of("email", "ann@example.org", "password", PASSWORD))
                        .statusCode())
                .as("the old email and password open nothing")
                .isEqualTo(422);
        site.signedUp("ann@example.org", "Ann again", PASSWORD, articlePath);
        Browserless impostor = new Browserless(site.base());
        impostor.get("/signup");
        var taken = impostor.post(
                "/signup", Map.of("email", "deleted-99@accounts.invalid", "name", "Not Ann", "password", PASSWORD));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("That address stands for deleted accounts");
    }

    @Test
    void aSignUpFormWithSeveralMistakesShowsThemAllAtOnce() {
        Browserless reader = new Browserless(site.base());
        reader.get("/signup");
        var wrong = reader.post("/signup", Map.of("email", "not-an-email", "name", "", "password", "short"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"name-error\"", "id=\"email-error\"", "id=\"password-error\"");
    }

    @Test
    void theOnlyAdministratorCannotDeleteTheirAccountUntilThereIsAnother() {
        Browserless root = site.signedIn("root@example.org", "Root", PASSWORD, Role.ADMIN);
        var refused = root.post("/account/delete", Map.of("password", PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("You are the only administrator.");

        site.accounts.create("second@example.org", "Second", PASSWORD, Role.ADMIN);
        assertThat(root.post("/account/delete", Map.of("password", PASSWORD)).statusCode())
                .isEqualTo(303);
        assertThat(site.accounts.userByEmail("root@example.org")).isEmpty();
    }
}
