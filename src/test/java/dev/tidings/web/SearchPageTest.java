package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.account.AbuseLimits;
import dev.tidings.article.TestArticles;
import dev.tidings.search.IndexedArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /search} and {@code /api/v1/search} over a real SQLite file and index: pages asked for
 * beyond the results, and names found and marked without their letters' marks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {
    /** Two full pages and a third of five. */
    private static final int HARBOUR_REPORTS = 2 * SearchPage.PAGE_SIZE + 5;

    @TempDir
    static Path dir;

    private TestSite site;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void start() {
        site = new TestSite(dir, Clock.systemUTC(), AbuseLimits.generous());
        Instant now = Instant.now();
        for (int i = 0; i < HARBOUR_REPORTS; i++) {
            index(TestArticles.store(site.db, "harbour-" + i, "Harbour report " + i, now.minusSeconds(60L * i)));
        }
        index(TestArticles.store(site.db, "master", "Håkon Sæther named Ærø ferry master", now));
        site.index.refresh();
    }

    private void index(String id) {
        site.index.upsert(new IndexedArticle(id, Instant.now(), 1, 0, null));
    }

    @AfterAll
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(site.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int results(String page) {
        return page.split("<article class=\"card result\"", -1).length - 1;
    }

    @Test
    void theLastPageHoldsTheRestAndLinksBackOnly() throws Exception {
        String page = get("/search?q=harbour&page=3").body();
        assertThat(results(page)).isEqualTo(5);
        assertThat(page)
                .contains(HARBOUR_REPORTS + " articles", "rel=\"prev\" href=\"/search?q=harbour&amp;page=2\"")
                .doesNotContain("rel=\"next\"", "past the end");
    }

    @Test
    void aPageBeyondTheResultsSaysSoAndLeadsToTheLastPage() throws Exception {
        var response = get("/search?q=harbour&page=10");
        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(results(page)).isZero();
        assertThat(page)
                .contains(
                        HARBOUR_REPORTS + " articles",
                        "Page 10 is past the end of these results: they fill 3 pages.",
                        "<a href=\"/search?q=harbour&amp;page=3\">Go to page 3, the last</a>",
                        "rel=\"prev\" href=\"/search?q=harbour&amp;page=3\"")
                .doesNotContain("rel=\"next\"", "page=9");
    }

    @Test
    void beyondASinglePageOfResultsTheLinkLeadsToThem() throws Exception {
        String page = get("/search?q=ferry&page=2").body();
        assertThat(page)
                .contains(
                        "1 article",
                        "they fill one page.",
                        "<a href=\"/search?q=ferry\">Go to the results</a>",
                        "rel=\"prev\" href=\"/search?q=ferry\"");
    }

    @Test
    void aPageOfASearchThatFoundNothingHasNoPagerNorPastTheEndNote() throws Exception {
        String page = get("/search?q=volcano&page=4").body();
        assertThat(page).contains("No articles found").doesNotContain("past the end", "class=\"pager\"");
    }

    @Test
    void theApiGivesAnEmptyListWithTheTotalAndNoNextOffsetBeyondTheResults() throws Exception {
        JsonNode middle =
                json.readTree(get("/api/v1/search?q=harbour&offset=20&limit=20").body());
        assertThat(middle.path("items").size()).isEqualTo(20);
        assertThat(middle.path("next_offset").asInt()).isEqualTo(40);
        JsonNode last =
                json.readTree(get("/api/v1/search?q=harbour&offset=40&limit=20").body());
        assertThat(last.path("items").size()).isEqualTo(5);
        assertThat(last.path("next_offset").isNull()).isTrue();
        var beyond = get("/api/v1/search?q=harbour&offset=180&limit=20");
        assertThat(beyond.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(beyond.body());
        assertThat(body.path("items").size()).isZero();
        assertThat(body.path("total").asLong()).isEqualTo(HARBOUR_REPORTS);
        assertThat(body.path("next_offset").isNull()).isTrue();
    }

    @Test
    void namesTypedWithoutTheirMarksAreFoundAndMarkedAsWritten() throws Exception {
        String page = get("/search?q=hakon+saether+aero").body();
        assertThat(results(page)).isEqualTo(1);
        assertThat(page).contains("<mark>Håkon</mark> <mark>Sæther</mark> named <mark>Ærø</mark> ferry master");
        String marked = get("/search?q=S%C3%A6ther").body();
        assertThat(marked).contains("<mark>Sæther</mark>");
    }
}
