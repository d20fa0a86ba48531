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

/** The home page's side bar on a site that follows more outlets than it has room for. */
class HomeOutletsTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSideBarNamesTheOutletsWithMostArticlesAndLinksToAllOfThem() throws Exception {
        try (Database db = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            int outlets = HomePage.OUTLETS + 5;
            db.transaction(h -> {
                for (int s = 0; s < outlets; s++) {
                    long source = h.insert(
                                    "INSERT INTO sources (feed_url, title, slug, created_at) VALUES (?, ?, ?, ?)",
                                    "https://outlet" + s + ".example/feed",
                                    String.format("Outlet %02d", s),
                                    "outlet-" + s,
                                    0L)
                            .orElseThrow();
                    // outlet s has s + 1 articles: outlets 0–4 have the fewest
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
                    }
                }
                return null;
            });
            var clock = new TestClock(NOW);
            var ai = new ArticleAi(db, new ArticleRepository(db), AiSettings.none(), clock);
            WebServer web = TestSite.serve(db, clock, ai, index);
            try {
                String home = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                String side = home.substring(home.indexOf("id=\"outlets-heading\""));
                assertThat(side.split("<li><a href=\"/source/", -1)).hasSize(HomePage.OUTLETS + 1);
                assertThat(side)
                        .contains("Outlet 05</a> <span class=\"count\">6</span>", "Outlet 24</a>")
                        .doesNotContain("Outlet 04</a>", "Outlet 00</a>")
                        .contains("<a href=\"/sources\">All " + outlets + " outlets →</a>");
                assertThat(side.indexOf("Outlet 05")).as("in the usual order").isLessThan(side.indexOf("Outlet 24"));
            } finally {
                web.close();
            }
        }
    }
}
