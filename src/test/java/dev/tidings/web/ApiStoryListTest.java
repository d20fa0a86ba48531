package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.ai.AiFixtures;
import dev.tidings.db.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/stories?order=latest}: the most recently covered first, a page at a time by cursor,
 * like the articles; without it, the top stories, one page.
 */
class ApiStoryListTest {
    private static final int STORIES = 25;
    private static final long START = Instant.parse("2026-11-27T00:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    private ServedDatabase site;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Stored> stored = new ArrayList<>();

    /** A story as stored: its id and its last coverage (epoch milliseconds). */
    private record Stored(long id, long lastPublished) {}

    @BeforeEach
    void start() {
        site = new ServedDatabase(dir);
        for (int i = 0; i < STORIES; i++) {
            // two stories an hour, so a boundary between pages of ten falls inside a tie in time
            long at = START + (i / 2) * 3_600_000L;
            stored.add(new Stored(story(i, at), at));
        }
        long merged = story(STORIES, START + 100 * 3_600_000L);
        site.db.transaction(h -> h.update(
                "UPDATE stories SET merged_into = ? WHERE id = ?",
                stored.getFirst().id(),
                merged));
        site.serve(new TestClock(Instant.parse("2026-11-28T12:00:00Z")));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void followingNextCursorListsEveryStoryOnceMostRecentlyCoveredFirst() {
        List<JsonNode> pages = site.apiPages("/api/v1/stories?order=latest&limit=10");

        assertThat(pages).extracting(p -> p.path("items").size()).containsExactly(10, 10, 5);
        assertThat(pages.getLast().path("next_cursor").isNull()).isTrue();
        assertThat(ids(pages))
                .as("newest coverage first, ties by id, the merged story left out")
                .containsExactlyElementsOf(expected());
    }

    @Test
    void theFirstPageHoldsTwentyAndSaysWhereTheNextStarts() throws Exception {
        JsonNode first = json.readTree(site.get("/api/v1/stories?order=latest").body());

        assertThat(first.path("items")).hasSize(ApiV1.DEFAULT_LIMIT);
        assertThat(first.path("next_cursor").asText()).isNotBlank();
        assertThat(first.path("items").get(0).path("outlet_names").get(0).asText())
                .isEqualTo("Harbour Times");
    }

    @Test
    void aPageStaysPutWhenANewStoryArrives() throws Exception {
        JsonNode first =
                json.readTree(site.get("/api/v1/stories?order=latest&limit=10").body());
        story(STORIES + 1, START + 200 * 3_600_000L);

        JsonNode second = json.readTree(site.get("/api/v1/stories?order=latest&limit=10&cursor="
                        + first.path("next_cursor").asText())
                .body());

        assertThat(ids(List.of(first, second)))
                .containsExactlyElementsOf(expected().subList(0, 20));
    }

    @Test
    void aMalformedCursorOrLimitIsAProblem() {
        var bad = site.get("/api/v1/stories?order=latest&cursor=%25%25nonsense");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("not a valid cursor");
        assertThat(site.get("/api/v1/stories?limit=101").statusCode()).isEqualTo(400);
        assertThat(site.get("/api/v1/stories?order=oldest").statusCode()).isEqualTo(400);
    }

    @Test
    void theTopStoriesAreOnePageAndSaySoWhenAskedForAnother() throws Exception {
        JsonNode top = json.readTree(site.get("/api/v1/stories").body());
        assertThat(top.path("items").size()).isPositive();
        assertThat(top.path("next_cursor").isNull()).isTrue();
        var paged = site.get("/api/v1/stories?cursor=anything");
        assertThat(paged.statusCode()).isEqualTo(400);
        assertThat(paged.body()).contains("order=latest");
    }

    /** A story of one article, last covered at {@code lastPublished} (epoch milliseconds); its id. */
    private long story(int n, long lastPublished) {
        String article = "%016x".formatted(0xb000L + n);
        AiFixtures.storeArticle(site.db, article, "Harbour Times", "Story number " + n, "Report " + n + ".");
        long id = AiFixtures.storeStory(site.db, "Story number " + n, article);
        site.db.transaction(h -> h.update("UPDATE stories SET last_published_at = ? WHERE id = ?", lastPublished, id));
        return id;
    }

    private List<Long> expected() {
        return stored.stream()
                .sorted(Comparator.comparingLong(Stored::lastPublished)
                        .thenComparingLong(Stored::id)
                        .reversed())
                .map(Stored::id)
                .toList();
    }

    private static List<Long> ids(List<JsonNode> pages) {
        List<Long> ids = new ArrayList<>();
        pages.forEach(p -> p.path("items").forEach(s -> ids.add(s.path("id").asLong())));
        return ids;
    }
}
