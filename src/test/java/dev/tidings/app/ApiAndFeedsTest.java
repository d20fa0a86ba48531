package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.FeedParser;
import dev.tidings.feed.ParsedFeed;
import dev.tidings.source.NewSource;
import dev.tidings.source.Opml;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API against its OpenAPI document, and the feeds out read back by our own parser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAndFeedsTest {
    @TempDir
    static Path dataDir;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private FixturePublisher publisher;
    private Tidings tidings;
    private String base;

    @BeforeAll
    void start() {
        publisher = new FixturePublisher(Instant.now())
                .route("/rss.xml", "rss.xml", "application/rss+xml")
                .route("/atom.xml", "atom.xml", "application/atom+xml")
                .route("/news/ferry-resumes", "ferry.html", "text/html")
                .route("/news/library-wing", "library.html", "text/html");
        tidings = new Tidings(Settings.from(dataDir, Map.of()), Clock.systemUTC());
        tidings.sources.add(new NewSource(publisher.url("/rss.xml"), null, "Lakeside Courier", null, true, 900));
        tidings.sources.add(new NewSource(publisher.url("/atom.xml"), null, "Valley Signal", null, true, 900));
        tidings.ingestion.refreshAllOnce();
        tidings.serve("127.0.0.1", 0);
        base = "http://127.0.0.1:" + tidings.port();
    }

    @AfterAll
    void stop() {
        tidings.close();
        publisher.close();
    }

    @Test
    void everyDocumentedRouteAnswersWithItsDocumentedShape() throws Exception {
        JsonNode doc = json.readTree(get("/api/openapi.json").body());
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        String articleId = tidings.articles.latest(1).getFirst().id();
        String slug = tidings.sources.all().getFirst().slug();
        List<String> checked = new ArrayList<>();
        for (Iterator<String> paths = doc.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            String url = sample(path, articleId, slug);
            HttpResponse<String> r = get(url);
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            JsonNode schema = resolve(
                    doc,
                    doc.at("/paths/" + escape(path) + "/get/responses/200/content")
                            .path("application/json")
                            .path("schema"));
            JsonNode body = json.readTree(r.body());
            for (JsonNode required : schema.path("required")) {
                assertThat(body.has(required.asText()))
                        .as(url + " has " + required.asText())
                        .isTrue();
            }
            checked.add(path);
        }
        assertThat(checked)
                .contains(
                        "/api/v1/articles",
                        "/api/v1/articles/{id}",
                        "/api/v1/outlets",
                        "/api/v1/search",
                        "/api/v1/stories",
                        "/api/v1/stories/{id}",
                        "/api/v1/articles/{id}/comments",
                        "/api/v1/hashtags/{name}",
                        "/api/v1/trending");
    }

    /** A URL that exists for a documented path: ids filled in, required parameters given. */
    private String sample(String path, String articleId, String slug) {
        if (path.equals("/api/v1/search")) {
            return path + "?q=ferry";
        }
        if (path.contains("{name}")) {
            tidings.hashtags.awaitQueued();
            String tag = tidings.tags.tagsOf(articleId).getFirst();
            return path.replace("{name}", java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (path.startsWith("/api/v1/stories/")) {
            return path.replace("{id}", Long.toString(storyId(articleId)));
        }
        return path.replace("{id}", articleId).replace("{slug}", slug);
    }

    private long storyId(String articleId) {
        return tidings.stories.storyOf(articleId).orElseThrow();
    }

    @Test
    void searchFindsHighlightsAndPagesWithoutJavaScript() throws Exception {
        String page = get("/search?q=ferry+repairs").body();
        assertThat(page).contains("<mark>Ferry</mark>", "<mark>repairs</mark>", "1 article");
        assertThat(page)
                .contains(
                        "rel=\"alternate\" type=\"application/rss+xml\"", "href=\"/feeds/search.rss?q=ferry+repairs\"");
        assertThat(get("/").body()).contains("action=\"/search\"");
        assertThat(get("/search?q=%22ferry+winter%22").body()).contains("No articles found");
        assertThat(get("/search?q=ferry+-hull").body()).contains("No articles found");
        assertThat(get("/search?q=orchard+OR+library").body()).contains("2 articles");
        assertThat(get("/search?q=fery").body()).contains("Did you mean", "/search?q=ferry");
        assertThat(get("/search?q=orchard+library&order=newest").body())
                .contains("No articles found", "No article has all of these words")
                .contains("href=\"/search?q=orchard+OR+library&amp;order=newest\">2 articles have some of them</a>")
                .doesNotContain("Page 1");
        assertThat(get("/search?q=%22orchard+library%22").body()).doesNotContain("No article has all of these words");
        HttpResponse<String> bad = get("/search?q=%22ferry");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("never closed");
        assertThat(get("/search?q=ferry&from=yesterday").body()).contains("must look like 2026-11-28");
    }

    @Test
    void searchApiAndItsErrors() throws Exception {
        JsonNode r =
                json.readTree(get("/api/v1/search?q=apple+harvest&order=newest").body());
        assertThat(r.path("items"))
                .singleElement()
                .satisfies(i ->
                        assertThat(i.path("title").asText()).isEqualTo("Orchard growers report record apple harvest"));
        assertThat(r.path("total").asLong()).isEqualTo(1);
        assertThat(r.path("next_offset").isNull()).isTrue();
        JsonNode outlet = json.readTree(
                get("/api/v1/search?q=ferry+OR+orchard&outlet=valley-signal").body());
        assertThat(outlet.path("items")).singleElement();
        for (String url : List.of("/api/v1/search", "/api/v1/search?q=-ferry", "/api/v1/search?q=ferry&offset=-1")) {
            HttpResponse<String> bad = get(url);
            assertThat(bad.statusCode()).as(url).isEqualTo(400);
            assertThat(bad.headers().firstValue("Content-Type")).contains("application/problem+json");
        }
    }

    @Test
    void anArticleComesWithItsHashtagsSummaryStoryAndCoverage() throws Exception {
        String articleId = tidings.articles.latest(1).getFirst().id();
        tidings.hashtags.awaitQueued();
        JsonNode a = json.readTree(get("/api/v1/articles/" + articleId).body());
        assertThat(a.path("hashtags").isArray()).isTrue();
        assertThat(a.path("hashtags").findValuesAsText("")).isEmpty(); // plain strings, not objects
        List<String> hashtags = new java.util.ArrayList<>();
        a.path("hashtags").forEach(t -> hashtags.add(t.asText()));
        assertThat(hashtags).isEqualTo(tidings.tags.tagsOf(articleId));
        assertThat(a.path("summary").path("tldr").size()).isBetween(1, 3);
        assertThat(a.path("summary").path("method").asText()).isEqualTo("builtin");
        assertThat(a.path("story").asLong()).isEqualTo(storyId(articleId));
        assertThat(a.path("related").findValuesAsText("id")).doesNotContain(articleId);
    }

    @Test
    void storiesAndCommentsApi() throws Exception {
        String articleId = tidings.articles.latest(1).getFirst().id();
        JsonNode story =
                json.readTree(get("/api/v1/stories/" + storyId(articleId)).body());
        assertThat(story.path("articles").findValuesAsText("id")).contains(articleId);
        assertThat(get("/api/v1/stories/999999").statusCode()).isEqualTo(404);
        JsonNode comments =
                json.readTree(get("/api/v1/articles/" + articleId + "/comments").body());
        assertThat(comments.path("count").asLong()).isZero();
        assertThat(get("/api/v1/articles/0000000000000000/comments").statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"rss", "atom", "json"})
    void storyAndSearchFeedsParseBack(String ext) throws Exception {
        String articleId = tidings.articles.latest(1).getFirst().id();
        long story = storyId(articleId);
        assertThat(get("/story/" + story).body()).contains("href=\"/feeds/story/" + story + "." + ext + "\"");
        assertThat(parse("/feeds/story/" + story + "." + ext).entries())
                .anySatisfy(e -> assertThat(e.url().toString()).endsWith(articleId));
        tidings.hashtags.awaitQueued();
        String tag = tidings.tags.tagsOf(articleId).getFirst();
        String tagPath =
                "/feeds/tag/" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8) + "." + ext;
        assertThat(parse(tagPath).entries())
                .anySatisfy(e -> assertThat(e.url().toString()).endsWith(articleId));
        ParsedFeed search = parse("/feeds/search." + ext + "?q=ferry+OR+library");
        assertThat(search.entries()).hasSize(2);
        assertThat(search.title()).contains("ferry OR library");
        assertThat(get("/feeds/search." + ext + "?q=%22open").statusCode()).isEqualTo(400);
    }

    @Test
    void cursorsWalkThroughEveryArticleOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            assertThat(++pages).as("pages walked").isLessThanOrEqualTo(10);
            JsonNode page = json.readTree(get("/api/v1/articles?limit=1" + (cursor == null ? "" : "&cursor=" + cursor))
                    .body());
            page.path("items").forEach(i -> ids.add(i.path("id").asText()));
            cursor = page.path("next_cursor").isNull()
                    ? null
                    : page.path("next_cursor").asText();
        } while (cursor != null);
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        JsonNode courier =
                json.readTree(get("/api/v1/articles?outlet=lakeside-courier").body());
        assertThat(courier.path("items")).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/articles/0000000000000000, 404",
        "/api/v1/articles/nope, 404",
        "/api/v1/outlets/nope, 404",
        "/api/v1/nothing-here, 404",
        "/api/v1/articles?limit=0, 400",
        "/api/v1/articles?limit=abc, 400",
        "/api/v1/articles?since=yesterday, 400",
        "/api/v1/articles?cursor=%25%25%25, 400",
        "/api/v1/articles?outlet=nobody, 400",
    })
    void errorsAreProblemDocuments(String url, int status) throws Exception {
        HttpResponse<String> r = get(url);
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
    }

    @Test
    void anAddressWithNoPageAnswersTheSitesOwnNotFoundPage() throws Exception {
        for (String path : List.of("/article/0000000000000000", "/no/such/page")) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(r.body())
                    .contains("There is no page at this address", "href=\"/latest\"")
                    .doesNotContain("Endpoint");
        }
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(post.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void readsCarryAnETagAndAnswerIfNoneMatch() throws Exception {
        HttpResponse<String> first = get("/api/v1/outlets");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/outlets"))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"rss, RSS_2_0", "atom, ATOM_1_0", "json, JSON_FEED_1_1"})
    void feedsOutParseBackThroughOurOwnParser(String ext, FeedFormat format) throws Exception {
        ParsedFeed latest = parse("/feeds/latest." + ext);
        assertThat(latest.format()).isEqualTo(format);
        assertThat(latest.entries()).hasSize(3);
        assertThat(latest.entries().getFirst().url().toString()).startsWith(base + "/en/article/");
        assertThat(latest.entries()).allSatisfy(e -> assertThat(e.published()).isNotNull());

        String slug = tidings.sources.all().stream()
                .filter(s -> s.title().equals("Valley Signal"))
                .findFirst()
                .orElseThrow()
                .slug();
        ParsedFeed outlet = parse("/feeds/source/" + slug + "." + ext);
        assertThat(outlet.entries())
                .singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Orchard growers report record apple harvest"));
    }

    @Test
    void pagesLinkTheirFeedsAndTheSourcesExportAsOpml() throws Exception {
        assertThat(get("/").body())
                .contains("rel=\"alternate\" type=\"application/rss+xml\"", "href=\"/feeds/latest.atom\"");
        String slug = tidings.sources.all().getFirst().slug();
        assertThat(get("/source/" + slug).body()).contains("href=\"/feeds/source/" + slug + ".json\"");
        assertThat(Opml.parse(get("/feeds/sources.opml").body().getBytes())).hasSize(2);
        assertThat(get("/feeds/latest.xml").statusCode()).isEqualTo(404);
    }

    private ParsedFeed parse(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return new FeedParser()
                .parse(r.body(), r.headers().firstValue("Content-Type").orElse(null), URI.create(base + path));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        return ref == null ? schema : doc.at(ref.substring(1));
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
