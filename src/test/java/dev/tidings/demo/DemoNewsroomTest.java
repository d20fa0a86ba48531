package dev.tidings.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The newsroom on 127.0.0.1 with the fixture articles, as a feed reader and a browser see it. */
class DemoNewsroomTest {

    private static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Entries each outlet's feed must hold with the fixtures, and its Content-Type. */
    private static final Map<String, Integer> ENTRIES = Map.of(
            "The Harbour Times", 1,
            "The Daily Ledger", 0,
            "Northwind Post", 2,
            "Metro Wire", 1,
            "Circuit & Signal", 0,
            "The Field Gazette", 1,
            "Global Observer", 1,
            "Civic Voice", 0);

    private static final Map<FeedStyle.Format, String> CONTENT_TYPES = Map.of(
            FeedStyle.Format.RSS_2_0, "application/rss+xml; charset=utf-8",
            FeedStyle.Format.ATOM_1_0, "application/atom+xml; charset=utf-8",
            FeedStyle.Format.JSON_FEED_1_1, "application/feed+json; charset=utf-8");

    private static DemoNewsroom newsroom;

    @BeforeAll
    static void start() throws IOException {
        newsroom = DemoNewsroom.start("127.0.0.1", NOW, ArticleLoaderTest.FIXTURE);
    }

    @AfterAll
    static void stop() {
        newsroom.close();
    }

    static List<DemoFeed> feeds() {
        return newsroom.feeds();
    }

    @Test
    void eightOutletsEachOnItsOwnOrigin() {
        assertThat(newsroom.feeds())
                .extracting(DemoFeed::outletName)
                .containsExactly(
                        "The Harbour Times",
                        "The Daily Ledger",
                        "Northwind Post",
                        "Metro Wire",
                        "Circuit & Signal",
                        "The Field Gazette",
                        "Global Observer",
                        "Civic Voice");
        assertThat(newsroom.feeds())
                .extracting(feed -> feed.siteUrl().getAuthority())
                .doesNotHaveDuplicates();
        assertThat(newsroom.feeds()).allSatisfy(feed -> {
            assertThat(feed.siteUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(feed.feedUrl().getAuthority()).isEqualTo(feed.siteUrl().getAuthority());
        });
    }

    @Test
    void countsOriginalsAndPublishedCopiesOnly() {
        // Five fixture articles, one copy already out, one copy (field-gazette to civic-voice) still due.
        assertThat(newsroom.articleCount()).isEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource("feeds")
    void feedAnswersInItsFormatWithValidators(DemoFeed demoFeed) throws Exception {
        var response = get(demoFeed.feedUrl());

        assertThat(response.statusCode()).isEqualTo(200);
        var feed = FeedDocuments.parse(response.body());
        assertThat(response.headers().firstValue("Content-Type")).hasValue(CONTENT_TYPES.get(feed.format()));
        assertThat(feed.title()).isEqualTo(demoFeed.outletName());
        assertThat(feed.entries()).hasSize(ENTRIES.get(demoFeed.outletName()));
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        for (var entry : feed.entries()) {
            assertThat(get(URI.create(entry.link())).statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @MethodSource("feeds")
    void conditionalGetAnswers304(DemoFeed feed) throws Exception {
        var first = get(feed.feedUrl());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        String hourEarlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .minusHours(1));

        var byEtag = get(feed.feedUrl(), "If-None-Match", etag);
        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(byEtag.headers().firstValue("ETag")).hasValue(etag);
        assertThat(get(feed.feedUrl(), "If-None-Match", "\"other\", W/" + etag).statusCode())
                .isEqualTo(304);
        assertThat(get(feed.feedUrl(), "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(get(feed.feedUrl(), "If-Modified-Since", hourEarlier).statusCode())
                .isEqualTo(200);
        assertThat(get(feed.feedUrl(), "If-None-Match", "\"stale\"", "If-Modified-Since", lastModified)
                        .statusCode())
                .as("If-None-Match decides when both are sent")
                .isEqualTo(200);
    }

    @Test
    void articlePageFromAFeedLinkCarriesBodyClutterAndItsCanonical() throws Exception {
        var entry = entries("Metro Wire").getFirst();
        assertThat(entry.link()).contains("?utm_source=");
        var response = get(URI.create(entry.link()));
        String html = response.bodyText();
        Document page = Jsoup.parse(html);

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo(entry.link().replaceAll("\\?.*", ""));
        assertThat(OutletTemplatesTest.bodyTexts(page))
                .containsSubsequence(
                        "Six traders on Mill Lane have asked the council to close the street to cars every Saturday.",
                        "Their plan would put stalls down the middle of the road from eight until dusk.",
                        "Shops at the top of the lane, <near the bridge>, have not signed up yet.");
        assertThat(page.select(".mw-body > .inline-ad")).isNotEmpty();
        assertThat(html).contains("Advertisement", "cookies", "Most read", "newsletter", "comments", "Privacy");
    }

    @Test
    void titleWithMarkupIsEscapedOnThePageAndInTheFeed() throws Exception {
        var entry = entries("Metro Wire").getFirst();
        String raw = "Bakers <b>&</b> brewers: the \"bold\" plan for Mill Lane";
        assertThat(entry.title()).isEqualTo(raw);

        String html = get(URI.create(entry.link())).bodyText();
        assertThat(html).contains("Bakers &lt;b&gt;&amp;&lt;/b&gt; brewers").doesNotContain("<b>&");
        assertThat(Jsoup.parse(html).selectFirst("h1").text()).isEqualTo(raw);
        assertThat(Jsoup.parse(html).select("meta[property=og:title]").attr("content"))
                .isEqualTo(raw);
    }

    @Test
    void timesCountBackFromNow() throws Exception {
        var harbour = entries("The Harbour Times").getFirst();
        assertThat(harbour.published()).isEqualTo(NOW.minus(Duration.ofHours(10)));
        assertThat(pageTimes(harbour.link())).contains(NOW.minus(Duration.ofHours(10)));

        assertThat(entries("Metro Wire").getFirst().published()).isEqualTo(NOW.minus(Duration.ofMinutes(135)));
        assertThat(entries("The Field Gazette").getFirst().published()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
        assertThat(entries("Global Observer").getFirst().published()).isEqualTo(NOW.minus(Duration.ofHours(48)));
        assertThat(entries("Northwind Post"))
                .extracting(FeedDocuments.Entry::published)
                .containsExactly(NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofMinutes(510)));
    }

    @Test
    void syndicatedCopyRepeatsTheTextWordForWordUnderTheAgencyByline() throws Exception {
        var original = entries("The Harbour Times").getFirst();
        var copy = entries("Northwind Post").get(1);
        assertThat(copy.title()).isEqualTo(original.title());
        assertThat(copy.author()).isEqualTo("Continental Press");
        assertThat(copy.link()).isNotEqualTo(original.link());

        Document originalPage = Jsoup.parse(get(URI.create(original.link())).bodyText());
        Document copyPage = Jsoup.parse(get(URI.create(copy.link())).bodyText());
        List<String> body = OutletTemplatesTest.bodyTexts(originalPage.selectFirst(".article-body"));
        assertThat(body)
                .startsWith(
                        "The wheel of the Selbrook tide mill turned under its own power this morning for the first time since 1946.")
                .contains("Six winters of work", "We did it one plank at a time, and most of the planks twice.");
        assertThat(OutletTemplatesTest.bodyTexts(copyPage.selectFirst(".entry-content")))
                .startsWith(body.toArray(String[]::new));
        assertThat(copyPage.select(".entry-meta").text()).contains("Continental Press");
        assertThat(pageTimes(copy.link())).contains(NOW.minus(Duration.ofMinutes(510)));
    }

    @Test
    void leadImageIsServed() throws Exception {
        var entry = entries("Global Observer").getFirst();
        Document page = Jsoup.parse(get(URI.create(entry.link())).bodyText());
        var image = get(
                URI.create(entry.link()).resolve(page.selectFirst("figure img").attr("src")));

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
        assertThat(page.select("figure figcaption").text()).contains("Photograph");
    }

    @ParameterizedTest
    @MethodSource("feeds")
    void frontPageRobotsAndUnknownPaths(DemoFeed feed) throws Exception {
        var front = get(feed.siteUrl());
        assertThat(front.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(front.bodyText());
        for (var entry : FeedDocuments.parse(get(feed.feedUrl()).body()).entries()) {
            String path = URI.create(entry.link()).getPath();
            assertThat(doc.select("a[href=" + path + "]").eachText()).contains(entry.title());
        }

        var robots = get(feed.siteUrl().resolve("/robots.txt"));
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(robots.bodyText()).contains("User-agent: *").contains("Allow: /");

        assertThat(get(feed.siteUrl().resolve("/no/such/page")).statusCode()).isEqualTo(404);
        assertThat(get(feed.siteUrl().resolve("/rss.xml/")).statusCode()).isEqualTo(404);
    }

    @Test
    void headHasNoBodyAndOtherMethodsAreRefused() throws Exception {
        URI feed = newsroom.feeds().getFirst().feedUrl();
        var head = HTTP.send(
                HttpRequest.newBuilder(feed)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        var post = HTTP.send(
                HttpRequest.newBuilder(feed)
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isPresent();
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void bundledArticlesLoadFromTheDefaultClasspathFolder() throws Exception {
        try (var bundled = DemoNewsroom.start("127.0.0.1", NOW)) {
            assertThat(bundled.articleCount()).isPositive();
            int entries = 0;
            for (DemoFeed feed : bundled.feeds()) {
                var response = get(feed.feedUrl());
                assertThat(response.statusCode()).isEqualTo(200);
                entries += FeedDocuments.parse(response.body()).entries().size();
            }
            assertThat(entries).isEqualTo(bundled.articleCount());
        }
    }

    @Test
    void closeStopsEveryOutlet() throws Exception {
        var temporary = DemoNewsroom.start("127.0.0.1", NOW, ArticleLoaderTest.FIXTURE);
        URI site = temporary.feeds().getFirst().siteUrl();
        assertThat(get(site).statusCode()).isEqualTo(200);

        temporary.close();
        temporary.close();

        assertThatThrownBy(() -> get(site)).isInstanceOf(IOException.class);
    }

    private static List<FeedDocuments.Entry> entries(String outletName) throws Exception {
        DemoFeed feed = newsroom.feeds().stream()
                .filter(f -> f.outletName().equals(outletName))
                .findFirst()
                .orElseThrow();
        return FeedDocuments.parse(get(feed.feedUrl()).body()).entries();
    }

    private static List<Instant> pageTimes(String url) throws Exception {
        return Jsoup.parse(get(URI.create(url)).bodyText()).select("time[datetime]").eachAttr("datetime").stream()
                .map(datetime -> OffsetDateTime.parse(datetime).toInstant())
                .toList();
    }

    record Response(int statusCode, HttpHeaders headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static Response get(URI uri, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), response.headers(), response.body());
    }
}
