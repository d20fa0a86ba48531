package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.account.AbuseLimits;
import dev.tidings.account.Role;
import dev.tidings.comment.Comments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A discussion longer than a page: read a page at a time, and an action lands on its comment's page. */
class CommentPagesTest extends OneArticleSiteTest {
    private static final int POSTED = Comments.THREADS_PER_PAGE + 10;
    private static final Pattern THREAD = Pattern.compile("<li class=\"comment\" id=\"c-");

    private Browserless ann;
    private final List<Long> ids = new ArrayList<>();

    @Override
    AbuseLimits limits() {
        return AbuseLimits.generous();
    }

    @BeforeEach
    void start() {
        ann = site.signedUp("ann@example.org", "Ann", "a long enough secret", articlePath);
        for (int i = 0; i < POSTED; i++) {
            ids.add(ann.comment(Map.of("target", "article/" + article, "body", "Thought number " + i)));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void theArticlePageShowsFiftyThreadsAndLinksToTheRest() {
        String first = ann.get(articlePath).body();
        assertThat(THREAD.matcher(first).results().count()).isEqualTo(Comments.THREADS_PER_PAGE);
        assertThat(first)
                .contains(POSTED + " comments", "Comments page 1 of 2", "Thought number " + (POSTED - 1) + "<")
                .contains("rel=\"next\" href=\"" + articlePath + "?order=newest&amp;cpage=2#comments\"")
                .doesNotContain("Thought number 9<");

        String second = ann.get(articlePath + "?cpage=2").body();
        assertThat(THREAD.matcher(second).results().count()).isEqualTo(POSTED - Comments.THREADS_PER_PAGE);
        assertThat(second)
                .contains("Comments page 2 of 2", "Thought number 0<", "← Previous comments")
                .doesNotContain("More comments →");
        assertThat(ann.get(articlePath + "?cpage=junk").body()).contains("Comments page 1 of 2");
    }

    @Test
    void aCommentsLastingAddressLeadsToThePageShowingItForWhoeverMaySeeIt() {
        var oldest = ann.get("/comments/" + ids.getFirst());
        assertThat(oldest.statusCode()).isEqualTo(303);
        assertThat(oldest.headers().firstValue("Location")).contains(articlePath + "?cpage=2#c-" + ids.getFirst());
        assertThat(ann.get("/comments/" + ids.getLast()).headers().firstValue("Location"))
                .contains(articlePath + "#c-" + ids.getLast());

        Browserless stranger = new Browserless(site.base());
        assertThat(stranger.get("/comments/" + ids.getLast()).statusCode())
                .as("anyone may follow it")
                .isEqualTo(303);
        long hidden = ids.get(5);
        site.db.transaction(h -> h.update("UPDATE comments SET status = 'HIDDEN' WHERE id = ?", hidden));
        assertThat(stranger.get("/comments/" + hidden).statusCode())
                .as("hidden by a moderator, with no replies")
                .isEqualTo(404);
        // held for review: its author and the moderators (the queue's "in context" link) see it, no one else
        long held = ids.get(1);
        site.db.transaction(h -> h.update("UPDATE comments SET status = 'HELD' WHERE id = ?", held));
        assertThat(stranger.get("/comments/" + held).statusCode()).isEqualTo(404);
        assertThat(ann.get("/comments/" + held).headers().firstValue("Location"))
                .contains(articlePath + "?cpage=2#c-" + held);
        Browserless moderator = site.signedIn("mod@example.org", "Mod", "a long enough secret", Role.MODERATOR);
        assertThat(moderator.get("/moderation").body()).contains("href=\"/comments/" + held + "\">in context</a>");
        assertThat(moderator.get("/comments/" + held).headers().firstValue("Location"))
                .contains(articlePath + "?cpage=2#c-" + held);
        assertThat(stranger.get("/comments/999999").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/comments/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void aReplyToACommentOnTheSecondPageLandsOnThatPage() {
        long oldest = ids.getFirst();
        var plain = ann.post("/comments", reply(oldest, "A late reply", "newest"));
        assertThat(plain.statusCode()).isEqualTo(303);
        String location = plain.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(articlePath + "?cpage=2#c-");
        assertThat(ann.get(location.substring(0, location.indexOf('#'))).body()).contains("A late reply");

        Map<String, String> inlineForm = new java.util.HashMap<>(reply(oldest, "Another late reply", "newest"));
        inlineForm.put("csrf", ann.lastCsrf);
        var inline = ann.postRaw("/comments", inlineForm, Map.of("X-Requested-With", "fetch"));
        assertThat(inline.statusCode()).isEqualTo(200);
        assertThat(inline.body()).contains("Comments page 2 of 2", "Another late reply", "A late reply");

        var oldestFirst = ann.post("/comments", reply(oldest, "A third reply", "oldest"));
        assertThat(oldestFirst.headers().firstValue("Location").orElseThrow())
                .as("oldest first, the thread is on the first page")
                .startsWith(articlePath + "?order=oldest#c-");
    }

    /** The reply form's fields, as the page sends them in this order. */
    private Map<String, String> reply(long parent, String body, String order) {
        return Map.of("target", "article/" + article, "parent", Long.toString(parent), "body", body, "order", order);
    }

    @Test
    void deletingACommentOnTheSecondPageStaysOnIt() {
        var deleted = ann.post("/comments/" + ids.getFirst() + "/delete", Map.of("order", "newest", "cpage", "2"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).startsWith(articlePath + "?cpage=2#c-");
        assertThat(ann.get(articlePath + "?cpage=2").body()).doesNotContain("Thought number 0<");
    }

    @Test
    void theApiPagesThreadsToo() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(
                ann.get("/api/v1/articles/" + article + "/comments").body());
        assertThat(first.path("items")).hasSize(Comments.THREADS_PER_PAGE);
        assertThat(first.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("pages").asInt()).isEqualTo(2);
        assertThat(first.path("count").asInt()).isEqualTo(POSTED);
        JsonNode second = json.readTree(
                ann.get("/api/v1/articles/" + article + "/comments?page=2").body());
        assertThat(second.path("items")).hasSize(POSTED - Comments.THREADS_PER_PAGE);
        assertThat(second.path("items")
                        .get(second.path("items").size() - 1)
                        .path("id")
                        .asLong())
                .isEqualTo(ids.getFirst());
    }
}
