package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleCard;
import dev.tidings.source.NewSource;
import dev.tidings.source.Source;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and pages from a local publisher, through fetch, parse, extract and store, into a real SQLite file. */
class IngestionPipelineTest {
    @TempDir
    Path dataDir;

    private final Instant now = Instant.now();
    private FixturePublisher publisher;
    private Tidings tidings;

    @BeforeEach
    void start() {
        publisher = new FixturePublisher(now)
                .route("/rss.xml", "rss.xml", "application/rss+xml; charset=utf-8")
                .route("/atom.xml", "atom.xml", "application/atom+xml")
                .route("/broken.xml", "ferry.html", "application/rss+xml")
                .route("/news/ferry-resumes", "ferry.html", "text/html; charset=utf-8")
                .route("/news/library-wing", "library.html", "text/html");
        tidings = new Tidings(Settings.from(dataDir, Map.of()), Clock.systemUTC());
        for (String feed : List.of("/rss.xml", "/atom.xml", "/broken.xml")) {
            tidings.sources.add(new NewSource(publisher.url(feed), null, null, null, true, 900));
        }
    }

    @AfterEach
    void stop() {
        tidings.close();
        publisher.close();
    }

    @Test
    void feedsBecomeStoredArticlesWithTheirFullText() {
        Ingestion.RefreshReport report = tidings.ingestion.refreshAllOnce();

        assertThat(Files.exists(dataDir.resolve("tidings.db"))).isTrue();
        assertThat(report.sources()).isEqualTo(3);
        List<ArticleCard> latest = tidings.articles.latest(10);
        assertThat(latest).hasSize(3);
        assertThat(latest)
                .extracting(ArticleCard::title)
                .satisfiesExactly(
                        t -> assertThat(t).isEqualTo("Orchard growers report record apple harvest"),
                        t -> assertThat(t).isEqualTo("Ferry service to resume after winter repairs"),
                        // two feed entries link to this article; whichever is processed first names it
                        t -> assertThat(t).startsWith("Council approves new library wing"));

        Article ferry = tidings.articles.byId(latest.get(1).id()).orElseThrow();
        assertThat(ferry.url()).isEqualTo(publisher.url("/news/ferry-resumes"));
        assertThat(ferry.byline()).isEqualTo("Maren Holt");
        assertThat(ferry.language()).isEqualTo("en");
        assertThat(ferry.bodyText())
                .contains("The lake ferry between Osby and Tarn")
                .contains("it is in better shape than ever")
                .doesNotContain("cookies", "Most read", "newsletter", "Advertisement", "Share on social");
        assertThat(ferry.publishedAt())
                .isEqualTo(now.minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        Article apples = tidings.articles.byId(latest.get(0).id()).orElseThrow();
        assertThat(apples.bodyText()).contains("Prices at the market hall have already fallen by a fifth.");
        assertThat(apples.byline()).isEqualTo("Ilka Brun");
    }

    @Test
    void aSecondLinkToTheSameArticleIsStoredOnce() {
        tidings.ingestion.refreshAllOnce();
        assertThat(tidings.articles.count()).isEqualTo(3);
        assertThat(publisher.hits("/news/library-wing")).isEqualTo(2); // two GUIDs, one canonical URL
    }

    @Test
    void aBrokenFeedRecordsItsErrorWhileTheOthersCarryOn() {
        tidings.ingestion.refreshAllOnce();
        Source broken = source("/broken.xml");
        assertThat(broken.lastStatus()).isEqualTo("error");
        assertThat(broken.lastError()).startsWith("feed could not be parsed");
        assertThat(broken.errorCount()).isEqualTo(1);
        assertThat(broken.nextFetchAt()).isAfter(now.plusSeconds(1700)); // backed off beyond the 15-minute interval
        assertThat(source("/rss.xml").lastStatus()).isEqualTo("ok");
        assertThat(source("/rss.xml").title()).isEqualTo("Lakeside Courier");
    }

    @Test
    void refreshingAgainUsesConditionalGetsAndStoresNothingTwice() {
        tidings.ingestion.refreshAllOnce();
        long stored = tidings.articles.count();
        Ingestion.RefreshReport again = tidings.ingestion.refreshAllOnce();
        assertThat(again.entriesProcessed()).isZero();
        assertThat(tidings.articles.count()).isEqualTo(stored);
        assertThat(publisher.notModified.get()).isEqualTo(2); // rss and atom answered 304
        assertThat(source("/rss.xml").lastStatus()).isEqualTo("not_modified");
    }

    @Test
    void theSourcesPageSaysHowTheLastFetchWentInWords() throws Exception {
        tidings.ingestion.refreshAllOnce();
        tidings.ingestion.refreshAllOnce();
        tidings.serve("127.0.0.1", 0);
        String sources = get(HttpClient.newHttpClient(), "http://127.0.0.1:" + tidings.port() + "/sources")
                .body();
        assertThat(sources).contains(">no change<").doesNotContain(">not_modified");
    }

    @Test
    void theSiteShowsTheArticlePageWithItsFourSections() throws Exception {
        tidings.ingestion.refreshAllOnce();
        tidings.serve("127.0.0.1", 0);
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + tidings.port();

        String home = get(http, base + "/").body();
        assertThat(home).contains("Ferry service to resume after winter repairs", "Lakeside Courier", "ago</time>");

        ArticleCard card = tidings.articles.latest(1).getFirst();
        HttpResponse<String> page = get(http, base + card.path());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "id=\"hashtags\"",
                        "id=\"ai\"",
                        "id=\"comments\"",
                        "id=\"related\"",
                        "No comments yet...",
                        "<time datetime=");

        // Every stored article joined a story; its page shows the timeline and its coverage.
        long storyId = tidings.stories.storyOf(card.id()).orElseThrow();
        HttpResponse<String> storyPage = get(http, base + "/story/" + storyId);
        assertThat(storyPage.statusCode()).isEqualTo(200);
        assertThat(storyPage.body())
                .contains("id=\"story-heading\"", "Timeline of coverage", "<svg", "First reported by", card.title());
        assertThat(home).contains("id=\"top-heading\"", "/story/");
        assertThat(get(http, base + "/story/999999").statusCode()).isEqualTo(404);
        assertThat(get(http, base + "/story/abc").statusCode()).isEqualTo(404);
        // Related coverage never lists the article itself.
        assertThat(tidings.related.of(card.id(), 8)).extracting(ArticleCard::id).doesNotContain(card.id());
        // the article's own story first, counted, so the page can say which are which
        for (ArticleCard any : tidings.articles.latest(20)) {
            var related = tidings.related.listed(any.id(), 8);
            long own = tidings.stories.storyOf(any.id()).orElseThrow();
            assertThat(related.ofItsStory())
                    .allMatch(c -> tidings.stories.storyOf(c.id()).orElseThrow() == own);
            assertThat(related.ofOtherStories())
                    .allMatch(c -> tidings.stories.storyOf(c.id()).orElseThrow() != own);
        }

        assertThat(get(http, base + "/en/article/0000000000000000").statusCode())
                .isEqualTo(404);
        assertThat(get(http, base + "/en/article/not-an-id").statusCode()).isEqualTo(404);
        assertThat(get(http, base + "/source/" + source("/rss.xml").slug()).body())
                .contains("Lakeside Courier");
        assertThat(get(http, base + "/sources").body()).contains("feed could not be parsed");
        assertThat(get(http, base + "/latest?page=abc").statusCode()).isEqualTo(200);
    }

    @Test
    void storedArticlesKeepNeighbourhoodsAndAnUpgradedDatabaseGetsThemBack() {
        tidings.ingestion.refreshAllOnce();
        String rows = "SELECT article_id || '>' || neighbour_id FROM article_neighbours ORDER BY 1";
        List<String> recorded = tidings.db.read(h -> h.query(rows, rs -> rs.getString(1)));
        assertThat(recorded)
                .as("each of the three articles found the other two, both ways")
                .hasSize(6);

        // A database from before neighbourhoods were kept: the rows are recorded again from the index.
        tidings.db.read(h -> h.update("DELETE FROM article_neighbours"));
        assertThat(tidings.storyEnricher.linkMissingNeighbours()).isEqualTo(3);
        List<String> again = tidings.db.read(h -> h.query(rows, rs -> rs.getString(1)));
        assertThat(again).isEqualTo(recorded);
        assertThat(tidings.storyEnricher.linkMissingNeighbours())
                .as("nothing left to do")
                .isZero();
    }

    private Source source(String feedPath) {
        URI url = publisher.url(feedPath);
        return tidings.sources.all().stream()
                .filter(s -> s.feedUrl().equals(url))
                .findFirst()
                .orElseThrow();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
