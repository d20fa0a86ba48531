package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.ai.AiFixtures;
import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story too large for one page: its page and its API read it a page at a time, and draw it bounded. */
class StoryPagingTest {
    private static final int ARTICLES = 70;
    private static final String[] OUTLETS = {"Harbour Times", "Metro Wire", "Northwind Post"};
    private static final Pattern CARD = Pattern.compile("<article class=\"card\">");

    @TempDir
    Path dir;

    private ServedDatabase site;
    private Database db;
    private long story;
    private final List<String> ids = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
        site = new ServedDatabase(dir);
        db = site.db;
        for (int i = 0; i < ARTICLES; i++) {
            String id = "%016x".formatted(0xa000L + i);
            AiFixtures.storeArticle(
                    db,
                    id,
                    OUTLETS[i % 3],
                    "Ferry update number " + i,
                    "The night ferry to Vell sailed on time again, update " + i + ".");
            // the first sixty within a minute, the rest an hour apart
            long published = Instant.parse("2026-11-28T00:00:00Z").toEpochMilli()
                    + (i < 60 ? i * 1_000L : (i - 59) * 3_600_000L);
            db.transaction(h -> h.update("UPDATE articles SET published_at = ? WHERE id = ?", published, id));
            ids.add(id);
        }
        story = AiFixtures.storeStory(db, "Night ferry to Vell", ids.toArray(String[]::new));
        db.transaction(h -> h.update("UPDATE stories SET outlet_count = 3 WHERE id = ?", story));
        site.serve(clock);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void theStoryPageListsItsArticlesAPageAtATimeOldestFirst() throws Exception {
        String page1 = get("/story/" + story).body();
        String first = articlesOf(page1);
        assertThat(CARD.matcher(first).results().count()).isEqualTo(Paging.PAGE_SIZE);
        assertThat(first)
                .contains("Ferry update number 0<", "Ferry update number 29<", "Later →")
                .doesNotContain("Ferry update number 30<", "rel=\"prev\"");
        assertThat(link(first, "next")).startsWith("/story/" + story + "?after=");
        assertThat(page1).contains("How 3 outlets covered: Night ferry to Vell");
        assertThat(page1).contains("First reported by <a href=\"/source/harbour-times\">Harbour Times</a>");
        assertThat(page1).as("every outlet is named").contains("Harbour Times · Metro Wire · Northwind Post");

        String page3 =
                get(link(articlesOf(get(link(first, "next")).body()), "next")).body();
        String third = articlesOf(page3);
        assertThat(CARD.matcher(third).results().count()).isEqualTo(ARTICLES - 2 * Paging.PAGE_SIZE);
        assertThat(third).contains("Ferry update number 69<", "← Earlier").doesNotContain("rel=\"next\"");
        assertThat(page3)
                .as("a later page still names the first report")
                .contains("First reported by <a href=\"/source/harbour-times\">Harbour Times</a>");
        assertThat(get("/story/" + story + "?page=9").statusCode())
                .as("a numbered link from before opens the first page")
                .isEqualTo(200);
        assertThat(get("/story/" + story + "?after=damaged").statusCode()).isEqualTo(400);
    }

    @Test
    void followingLaterListsEveryArticleOnceWhileCoverageJoinsAndEarlierLeadsBack() throws Exception {
        List<String> pages = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String path = "/story/" + story;
        while (path != null && pages.size() < 10) {
            String list = articlesOf(get(path).body());
            pages.add(path);
            seen.addAll(titles(list));
            if (pages.size() == 1) {
                joinLate(ARTICLES);
            }
            path = link(list, "next");
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= ARTICLES; i++) {
            expected.add("Ferry update number " + i);
        }
        assertThat(seen).as("oldest first, each once, the late arrival last").containsExactlyElementsOf(expected);

        String back = link(articlesOf(get(pages.getLast()).body()), "prev");
        assertThat(titles(articlesOf(get(back).body())))
                .containsExactlyElementsOf(expected.subList(Paging.PAGE_SIZE, 2 * Paging.PAGE_SIZE));
    }

    @Test
    void readersCanListTheNewestFirstAndGoBackWhileCoverageJoins() throws Exception {
        String html = get("/story/" + story + "?order=newest").body();
        String list = articlesOf(html);
        assertThat(list.indexOf("Ferry update number 69<"))
                .isPositive()
                .isLessThan(list.indexOf("Ferry update number 68<"));
        assertThat(list)
                .contains("<strong aria-current=\"true\">Newest first</strong>", "Earlier →")
                .doesNotContain("Ferry update number 39<");
        assertThat(link(list, "next")).startsWith("/story/" + story + "?order=newest&before=");

        // one more report joins after the first page was read: "Earlier" goes on from where it was
        joinLate(ARTICLES);
        List<String> seen = new ArrayList<>(titles(list));
        String path = link(list, "next");
        String last = list;
        while (path != null && seen.size() < 2 * ARTICLES) {
            last = articlesOf(get(path).body());
            seen.addAll(titles(last));
            path = link(last, "next");
        }
        List<String> expected = new ArrayList<>();
        for (int i = ARTICLES - 1; i >= 0; i--) {
            expected.add("Ferry update number " + i);
        }
        assertThat(seen).as("newest first, each once").containsExactlyElementsOf(expected);
        assertThat(last).contains("Ferry update number 0<", "← Later");

        // back up: the page before the second is the first as it was read, and before it the newcomer
        assertThat(link(list, "prev"))
                .as("the first page read had nothing later then")
                .isNull();
        String back = articlesOf(
                get(link(articlesOf(get(link(list, "next")).body()), "prev")).body());
        assertThat(titles(back)).containsExactlyElementsOf(titles(list));
        assertThat(titles(articlesOf(get(link(back, "prev")).body())))
                .containsExactly("Ferry update number " + ARTICLES);
        assertThat(articlesOf(get("/story/" + story).body()))
                .contains("<strong aria-current=\"true\">Oldest first</strong>", "?order=newest#articles-heading");
    }

    @Test
    void theTimelineDrawsEveryArticleWithoutADotPerArticleWhenTheyCrowd() throws Exception {
        String html = get("/story/" + story).body();
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        long dots =
                Pattern.compile("<circle class=\"dot").matcher(svg).results().count();
        assertThat(dots).isLessThan(ARTICLES).isPositive();
        long counted = Pattern.compile("<text class=\"count\"[^>]*>(\\d+)</text>")
                .matcher(svg)
                .results()
                .mapToLong(m -> Long.parseLong(m.group(1)))
                .sum();
        long single =
                Pattern.compile("<circle class=\"dot\" ").matcher(svg).results().count();
        assertThat(counted + single).as("each article counted once").isEqualTo(ARTICLES);
        assertThat(svg).contains("articles, Metro Wire, ");
        assertThat(html).contains("a numbered dot that many of one row's articles");
    }

    @Test
    void aMergedStorysPageFeedAndApiLeadToTheStoryItWasMergedInto() throws Exception {
        long absorbed = db.transaction(h -> {
            h.update(
                    "INSERT INTO stories (title, lead_article_id, first_published_at, last_published_at,"
                            + " article_count, outlet_count, created_at, updated_at, merged_into)"
                            + " VALUES ('Ferry news', ?, 0, 0, 0, 0, 0, 0, ?)",
                    ids.getFirst(),
                    story);
            return h.queryLong("SELECT MAX(id) FROM stories");
        });
        var page = get("/story/" + absorbed);
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).contains("/story/" + story);
        for (String kind : List.of("rss", "atom", "json")) {
            var feed = get("/feeds/story/" + absorbed + "." + kind);
            assertThat(feed.statusCode()).isEqualTo(301);
            assertThat(feed.headers().firstValue("Location")).contains("/feeds/story/" + story + "." + kind);
        }
        JsonNode api = json.readTree(get("/api/v1/stories/" + absorbed).body());
        assertThat(api.path("story").path("id").asLong()).isEqualTo(story);
    }

    @Test
    void theApiPagesThroughAStoryWithACursor() throws Exception {
        JsonNode whole = json.readTree(get("/api/v1/stories/" + story).body());
        assertThat(whole.path("articles")).hasSize(ARTICLES);
        assertThat(whole.path("next_cursor").isNull()).isTrue();
        assertThat(whole.path("story").path("outlet_names")).hasSize(3);

        List<String> seen = new ArrayList<>();
        List<JsonNode> pages = site.apiPages("/api/v1/stories/" + story + "?limit=25");
        pages.forEach(
                page -> page.path("articles").forEach(a -> seen.add(a.path("id").asText())));
        assertThat(pages).hasSize(3);
        assertThat(seen).containsExactlyElementsOf(ids);
        Set<String> distinct = new HashSet<>(seen);
        assertThat(distinct).hasSize(ARTICLES);

        var bad = get("/api/v1/stories/" + story + "?cursor=%25%25nonsense");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(get("/api/v1/stories/" + story + "?limit=0").statusCode()).isEqualTo(400);
    }

    /** Another report of the story, an hour after the last, stored and joined to it now. */
    private void joinLate(int n) {
        String id = "%016x".formatted(0xa000L + n);
        AiFixtures.storeArticle(
                db,
                id,
                OUTLETS[n % 3],
                "Ferry update number " + n,
                "The night ferry to Vell sailed late, update " + n + ".");
        long published = Instant.parse("2026-11-28T00:00:00Z").toEpochMilli() + (n - 58) * 3_600_000L;
        db.transaction(h -> {
            h.update("UPDATE articles SET published_at = ? WHERE id = ?", published, id);
            return h.update(
                    "INSERT INTO story_articles (article_id, story_id, score, joined_at, published_at, article_seq,"
                            + " source_id) SELECT id, ?, 1.0, 0, published_at, seq, source_id FROM articles WHERE id = ?",
                    story,
                    id);
        });
    }

    /** The headlines of the cards in a list, in order. */
    private static List<String> titles(String list) {
        return Pattern.compile(">(Ferry update number \\d+)<")
                .matcher(list)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    /** The address a page's "prev" or "next" link leads to, null when it has none. */
    private static String link(String html, String rel) {
        var m = Pattern.compile("rel=\"" + rel + "\" href=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    /** The page's list of articles, after its summary, timeline and outlets. */
    private static String articlesOf(String html) {
        return html.substring(html.indexOf("id=\"articles-heading\""));
    }

    private HttpResponse<String> get(String path) {
        return site.get(path);
    }
}
