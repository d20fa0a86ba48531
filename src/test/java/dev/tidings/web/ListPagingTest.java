package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidings.ai.AiFixtures;
import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The latest list, an outlet's page and a hashtag's page go back in time by cursor: following
 * "Older →" lists every article once, even while new ones arrive, and "← Newer" leads back.
 */
class ListPagingTest {
    private static final int ARTICLES = 70;
    private static final Pattern TITLE = Pattern.compile("Ferry update number (\\d+)<");
    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");
    private static final Pattern PREVIOUS = Pattern.compile("rel=\"prev\" href=\"([^\"]+)\"");

    @TempDir
    Path dir;

    private ServedDatabase site;
    private Database db;

    @BeforeEach
    void start() {
        TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
        site = new ServedDatabase(dir);
        db = site.db;
        for (int i = 0; i < ARTICLES; i++) {
            // ten in each second: pages end inside runs of the same time
            store(i, Instant.parse("2026-11-28T00:00:00Z").toEpochMilli() + (i / 10) * 1_000L);
        }
        site.serve(clock);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void olderPagesListEveryArticleOnceWhileNewOnesArriveAndNewerLeadsBack() throws Exception {
        String first = get("/latest").body();
        assertThat(numbers(first)).hasSize(Paging.PAGE_SIZE).startsWith(69, 68);
        assertThat(first).doesNotContain("rel=\"prev\"", "Page 1");

        store(70, Instant.parse("2026-11-28T01:00:00Z").toEpochMilli()); // a new article arrives
        String second = get(link(NEXT, first)).body();
        String third = get(link(NEXT, second)).body();
        List<Integer> seen = new ArrayList<>(numbers(first));
        seen.addAll(numbers(second));
        seen.addAll(numbers(third));
        List<Integer> expected = new ArrayList<>();
        for (int i = ARTICLES - 1; i >= 0; i--) {
            expected.add(i);
        }
        assertThat(seen)
                .as("newest first, each once, the newcomer not pushing any along")
                .isEqualTo(expected);
        assertThat(third).doesNotContain("rel=\"next\"").contains("rel=\"prev\"", "← Newer");

        assertThat(numbers(get(link(PREVIOUS, third)).body())).isEqualTo(numbers(second));
        String backToTop = get(link(PREVIOUS, second)).body();
        assertThat(numbers(backToTop)).isEqualTo(numbers(first));
        assertThat(numbers(get(link(PREVIOUS, backToTop)).body())).containsExactly(70);
    }

    @Test
    void anOutletsPageAndAHashtagsPageGoBackTheSameWay() throws Exception {
        // every other article is from the Metro Wire; four in five have #Ferries
        String metro = get("/source/metro-wire").body();
        assertThat(numbers(metro)).hasSize(Paging.PAGE_SIZE).allMatch(n -> n % 2 == 1);
        assertThat(numbers(get(link(NEXT, metro)).body())).containsExactly(9, 7, 5, 3, 1);

        String tag = get("/tag/Ferries").body();
        assertThat(numbers(tag)).hasSize(Paging.PAGE_SIZE).allMatch(n -> n % 5 != 0);
        assertThat(link(NEXT, tag)).startsWith("/tag/Ferries?before=");
        List<Integer> both = new ArrayList<>(numbers(tag));
        both.addAll(numbers(get(link(NEXT, tag)).body()));
        assertThat(both).hasSize(56).doesNotHaveDuplicates().endsWith(4, 3, 2, 1);
    }

    @Test
    void aDamagedPageLinkGetsAClearErrorAndAHashtagsOtherSpellingKeepsItsPlace() throws Exception {
        var broken = get("/latest?before=%25%25nonsense");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("This page link is damaged");
        assertThat(get("/source/metro-wire?after=zzz").statusCode()).isEqualTo(400);
        assertThat(get("/latest?page=3").statusCode())
                .as("an old numbered link opens the list")
                .isEqualTo(200);

        String older = link(NEXT, get("/tag/Ferries").body());
        var moved = get(older.replace("/tag/Ferries", "/tag/ferries"));
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).contains(older);
    }

    @Test
    void theHomePagesMoreArticlesGoesOnAfterItsLastCard() throws Exception {
        String home = get("/").body();
        assertThat(numbers(home.substring(home.indexOf("id=\"latest-heading\""))))
                .as("the latest twenty under the top stories")
                .hasSize(20)
                .startsWith(69, 68)
                .endsWith(50);
        Matcher more = Pattern.compile("href=\"([^\"]+)\">More articles").matcher(home);
        assertThat(more.find()).isTrue();
        assertThat(more.group(1)).startsWith("/latest?before=");
        assertThat(numbers(get(more.group(1).replace("&amp;", "&")).body()))
                .as("the thirty after the home page's twenty")
                .hasSize(30)
                .startsWith(49, 48)
                .endsWith(20);
    }

    @Test
    void theHashtagApiPagesWithACursor() throws Exception {
        List<String> seen = new ArrayList<>();
        List<JsonNode> pages = site.apiPages("/api/v1/hashtags/Ferries?limit=10");
        pages.forEach(
                page -> page.path("items").forEach(a -> seen.add(a.path("title").asText())));
        assertThat(pages).hasSize(6);
        assertThat(seen).hasSize(56).doesNotHaveDuplicates().startsWith("Ferry update number 69");
        assertThat(get("/api/v1/hashtags/Ferries?cursor=%25%25nonsense").statusCode())
                .isEqualTo(400);
    }

    private void store(int i, long publishedAt) {
        String id = "%016x".formatted(0xb000L + i);
        String outlet = i % 2 == 0 ? "Harbour Times" : "Metro Wire";
        AiFixtures.storeArticle(
                db, id, outlet, "Ferry update number " + i, "The night ferry sailed, update " + i + ".");
        db.transaction(h -> {
            h.update("UPDATE articles SET published_at = ? WHERE id = ?", publishedAt, id);
            if (i % 5 != 0) {
                h.update(
                        "INSERT INTO article_tags (article_id, tag_key, tag, tag_rank, published_at)"
                                + " VALUES (?, 'ferrie', 'Ferries', 0, ?)",
                        id,
                        publishedAt);
            }
            return null;
        });
    }

    private static List<Integer> numbers(String html) {
        List<Integer> found = new ArrayList<>();
        Matcher m = TITLE.matcher(html);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static String link(Pattern rel, String html) {
        Matcher m = rel.matcher(html);
        assertThat(m.find()).as("the page links to its neighbour").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private HttpResponse<String> get(String path) {
        return site.get(path);
    }
}
