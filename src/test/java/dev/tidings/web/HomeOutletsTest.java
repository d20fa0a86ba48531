package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.ai.AiSettings;
import dev.tidings.ai.ArticleAi;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import dev.tidings.search.SearchIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of a site that follows more outlets than they have room to name: the home page's side bar, a story's outlets. */
class HomeOutletsTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSideBarNamesTheOutletsWithMostArticlesAndLinksToAllOfThem() throws Exception {
        try (Database db = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            int outlets = HomePage.OUTLETS + 5;
            storeOutlets(db, outlets);
            String home = page(db, index, "/");
            String side = home.substring(home.indexOf("id=\"outlets-heading\""));
            assertThat(side.split("<li><a href=\"/source/", -1)).hasSize(HomePage.OUTLETS + 1);
            assertThat(side)
                    .contains("Outlet 05</a> <span class=\"count\">6</span>", "Outlet 24</a>")
                    .doesNotContain("Outlet 04</a>", "Outlet 00</a>")
                    .contains("<a href=\"/sources\">All " + outlets + " outlets →</a>");
            assertThat(side.indexOf("Outlet 05")).as("in the usual order").isLessThan(side.indexOf("Outlet 24"));
        }
    }

    @Test
    void aStoryCoveredByManyOutletsNamesTheFirstAndListsTheRestBehindADisclosure() throws Exception {
        try (Database db = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            int outlets = Views.StoryPage.NAMED_OUTLETS + 5;
            java.util.List<String> ids = storeOutlets(db, outlets);
            long story = dev.tidings.ai.AiFixtures.storeStory(db, "Everyone covers it", ids.toArray(String[]::new));
            String page = page(db, index, "/story/" + story);
            String section =
                    page.substring(page.indexOf("id=\"outlets-heading\""), page.indexOf("id=\"articles-heading\""));
            // the outlet with the earliest articles reported first: Outlet 24, then 23, …
            String named = section.substring(0, section.indexOf("<details"));
            assertThat(named).contains("Outlet 24 · Outlet 23", "Outlet 05").doesNotContain("Outlet 04");
            assertThat(section.substring(section.indexOf("<details")))
                    .contains(
                            "<summary>and 5 more</summary>",
                            "Outlet 04 · Outlet 03 · Outlet 02 · Outlet 01 · Outlet 00");
        }
    }

    @Test
    void theSourcesPageAndTheOutletsOwnPageSayWhichOutletsArePaused() throws Exception {
        try (Database db = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            storeOutlets(db, 3);
            var sources = new dev.tidings.source.SourceRepository(db, java.time.Clock.systemUTC());
            assertThat(sources.follow(sources.named("outlet-1").orElseThrow().id(), false))
                    .isTrue();
            String page = page(db, index, "/sources");
            String row1 = page.substring(page.indexOf("Outlet 01</a>"), page.indexOf("Outlet 02</a>"));
            assertThat(row1).contains("<td>2</td>", "paused (last fetch: none)");
            assertThat(page.substring(page.indexOf("Outlet 02</a>")))
                    .contains("pending")
                    .doesNotContain("paused");
            assertThat(page(db, index, "/source/outlet-1"))
                    .contains(
                            "Paused: Tidings no longer fetches this outlet; its articles stay here.",
                            "Article 0 of outlet 1");
            assertThat(page(db, index, "/source/outlet-2")).doesNotContain("Paused:");
        }
    }

    /**
     * {@code outlets} outlets, outlet s with s + 1 articles (outlets 0–4 have the fewest), outlet s's
     * an hour older than outlet s - 1's; returns the articles' ids.
     */
    private static java.util.List<String> storeOutlets(Database db, int outlets) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        db.transaction(h -> {
            for (int s = 0; s < outlets; s++) {
                long source = h.insert(
                                "INSERT INTO sources (feed_url, title, slug, created_at) VALUES (?, ?, ?, ?)",
                                "https://outlet" + s + ".example/feed",
                                String.format("Outlet %02d", s),
                                "outlet-" + s,
                                0L)
                        .orElseThrow();
                for (int k = 0; k <= s; k++) {
                    String id = String.format("%08x%08x", s, k);
                    Instant at = NOW.minus(Duration.ofMinutes(s * 60L + k));
                    h.update(
                            "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at,"
                                    + " lead, body_html, body_text, word_count, content_hash)"
                                    + " VALUES (?, ?, ?, ?, 'en', ?, ?, '', '', '', 0, ?)",
                            id,
                            source,
                            "https://outlet" + s + ".example/" + k,
                            "Article " + k + " of outlet " + s,
                            at,
                            at,
                            id);
                    ids.add(id);
                }
            }
            return null;
        });
        return ids;
    }

    /** The page at {@code path} of a site on this database. */
    private static String page(Database db, SearchIndex index, String path) throws Exception {
        var clock = new TestClock(NOW);
        var ai = new ArticleAi(db, new ArticleRepository(db), AiSettings.none(), clock);
        WebServer web = TestSite.serve(db, clock, ai, index);
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } finally {
            web.close();
        }
    }
}
