package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import dev.tidings.tag.HashtagEnricher;
import dev.tidings.tag.Hashtagger;
import dev.tidings.tag.TagRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hashtag pages over HTTP: the tag page, hashtags on the article page, trending on the home page. */
class TagPageTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final String TEXT = "Ardenia and Velmora agreed a ceasefire in the Saltmarsh after talks in Port"
            + " Caldera. The ceasefire will be watched by monitors from Lusmark. Velmora said the ceasefire would"
            + " hold. Lusmark will send forty monitors to the Saltmarsh.";

    @TempDir
    Path dir;

    private Database db;
    private WebServer web;
    private dev.tidings.search.SearchIndex index;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        db = Database.openSqlite(dir);
        var clock = new TestClock(NOW);
        var articles = new ArticleRepository(db);
        var tags = new TagRepository(db);
        var enricher = new HashtagEnricher(db, articles, tags, Hashtagger.standard(), clock);
        long source = db.transaction(h -> h.insert(
                        "INSERT INTO sources (feed_url, title, slug, created_at) VALUES (?, ?, ?, ?)",
                        "https://harbour.example/feed",
                        "The Harbour Times",
                        "harbour-times",
                        0L)
                .orElseThrow());
        for (int i = 0; i < 3; i++) {
            String id = "000000000000000" + i;
            Instant at = NOW.minus(Duration.ofHours(i + 1));
            db.transaction(h -> h.update(
                    "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at, lead,"
                            + " body_html, body_text, word_count, content_hash) VALUES (?, ?, ?, ?, 'en', ?, ?, ?, ?,"
                            + " ?, 40, ?)",
                    id,
                    source,
                    "https://harbour.example/" + id,
                    "Saltmarsh ceasefire, day " + id,
                    at,
                    at,
                    "Lead " + id,
                    "<p>" + TEXT + "</p>",
                    TEXT,
                    "h" + id));
            enricher.tag(id);
        }
        index = dev.tidings.search.SearchIndex.open(dir.resolve("index"));
        web = TestSite.serve(
                db, clock, new dev.tidings.ai.ArticleAi(db, articles, dev.tidings.ai.AiSettings.none(), clock), index);
    }

    @AfterEach
    void stop() {
        web.close();
        if (index != null) {
            index.close();
        }
        db.close();
    }

    @Test
    void theTagPageListsArticlesNewestFirstWithOutletAndRelatedTags() throws Exception {
        var page = get("/tag/Velmora");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("#Velmora", "3 articles", "The Harbour Times", "hour ago");
        assertThat(body.indexOf("day 0000000000000000")).isLessThan(body.indexOf("day 0000000000000001"));
        assertThat(body).contains("Related hashtags", "href=\"/tag/Lusmark\"");
        // the counts beside them are shared articles, not each tag's own: said so
        assertThat(body).contains("Each with the articles it shares with #Velmora.");
    }

    @Test
    void anotherCaseRedirectsToTheUsualSpellingAndAnUnknownTagIsNotFound() throws Exception {
        var redirect = get("/tag/velmora");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).contains("/tag/Velmora");
        assertThat(get("/tag/NoSuchTag").statusCode()).isEqualTo(404);
    }

    @Test
    void theArticlePageLinksItsHashtagsAndTheHomePageShowsTrendingTags() throws Exception {
        var article = get("/en/article/0000000000000000");
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("id=\"hashtags\"", "href=\"/tag/Velmora\" rel=\"tag\"");
        var home = get("/");
        assertThat(home.body()).contains("Trending hashtags", "href=\"/tag/Velmora\"");
    }

    @Test
    void theTopicsPageListsRisingAndMostCoveredHashtagsAndEveryPageLinksIt() throws Exception {
        var topics = get("/topics");
        assertThat(topics.statusCode()).isEqualTo(200);
        String body = topics.body();
        assertThat(body).contains("<h1 id=\"topics-heading\">Topics</h1>", "Rising now", "Most covered this week");
        assertThat(body.substring(body.indexOf("Most covered this week")))
                .contains("href=\"/tag/Velmora\"", "<span class=\"count\">3</span>");
        assertThat(get("/").body()).contains("<a href=\"/topics\">Topics</a>");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
