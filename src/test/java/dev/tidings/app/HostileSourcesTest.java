package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleCard;
import dev.tidings.fetch.HostileServer;
import dev.tidings.source.NewSource;
import dev.tidings.source.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tidings refresh} over a set of hostile publishers beside a good one, each on its own
 * loopback port: every hostile source ends with a clear error stored on it (shown by {@code
 * tidings source list}, {@code /sources} and its own page) while the good source and the quirky
 * but valid one are stored. The whole refresh runs once, through the real command line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 3, unit = TimeUnit.MINUTES) // a hang guard, not a measurement
class HostileSourcesTest {
    private static final Map<String, String> SETTINGS = Map.of(
            "TIDINGS_FETCH_READ_TIMEOUT", "700ms",
            "TIDINGS_FETCH_TOTAL_TIMEOUT", "2s",
            "TIDINGS_FETCH_MAX_BODY", "8m",
            "TIDINGS_FETCH_MAX_DECODED", "8m",
            "TIDINGS_FEED_MAX_ENTRIES", "50");

    @TempDir
    static Path dataDir;

    private final List<HostileServer> servers = new ArrayList<>();
    private final Map<String, URI> feeds = new LinkedHashMap<>();
    private HostileServer good;
    private HostileServer quirky;
    private HostileServer big;
    private String refreshOutput;
    private String listOutput;

    @BeforeAll
    void refreshEverythingOnce() throws Exception {
        good = server();
        good.ok("/feed.xml", "application/rss+xml", fixture("good.xml", good));
        good.ok("/news/bridge", "text/html; charset=utf-8", fixture("bridge.html", good));
        quirky = server();
        quirky.ok("/feed.xml", "application/rss+xml", fixture("quirky.xml", quirky));
        quirky.ok("/quirky/cafe", "text/html; charset=utf-8", fixture("cafe.html", quirky));
        quirky.ok("/robots.txt", "text/plain", ascii("User-agent: *\nDisallow: /private/\n"));
        quirky.ok("/private/robots-only", "should never be fetched");
        feeds.put("good", good.url("/feed.xml"));
        feeds.put("quirky", quirky.url("/feed.xml"));

        hostile("xxe", s -> s.ok("/feed.xml", "application/rss+xml", fixture("xxe.xml", s)));
        hostile("laughs", s -> s.ok("/feed.xml", "application/rss+xml", fixture("billion-laughs.xml", s)));
        hostile("empty", s -> s.ok("/feed.xml", "application/rss+xml", new byte[0]));
        hostile("html", s -> s.ok("/feed.xml", "application/rss+xml", fixture("html-page.html", s)));
        hostile("drip", s -> s.route("/feed.xml", HostileSourcesTest::oneBytePerSecond));
        hostile("bomb", s -> s.ok("/feed.xml", "application/rss+xml", gzipBomb(), "Content-Encoding: gzip"));
        hostile("endless", s -> s.route("/feed.xml", HostileSourcesTest::endless));
        hostile("loop", s -> s.status("/feed.xml", 302, "Location: /loop").status("/loop", 302, "Location: /feed.xml"));
        hostile("busy", s -> s.status("/feed.xml", 429, "Retry-After: 3600"));
        hostile("garbage", s -> s.route("/feed.xml", (head, out) -> out.write(ascii("SSH-2.0-OpenSSH_9.2\r\n"))));
        big = hostile("big", s -> s.ok("/feed.xml", "application/rss+xml", bigFeed(s, 20_000)));
        HostileServer deferring =
                hostile("deferring", s -> s.ok("/feed.xml", "application/rss+xml", fixture("good.xml", s)));
        deferring.status("/news/bridge", 503, "Retry-After: 600");
        HostileServer lan = hostile("lan", s -> s.ok("/feed.xml", "application/rss+xml", fixture("good.xml", s)));

        try (Tidings tidings = new Tidings(Settings.from(dataDir, SETTINGS), Clock.systemUTC())) {
            for (var feed : feeds.entrySet()) {
                boolean allowed = !feed.getKey().equals("lan"); // the one source not allowed the private network
                tidings.sources.add(new NewSource(feed.getValue(), null, feed.getKey(), null, allowed, 900));
            }
        }
        assertThat(lan).isNotNull();
        List<String> refresh = new ArrayList<>(List.of("refresh", "--data", dataDir.toString()));
        SETTINGS.forEach((k, v) -> refresh.addAll(List.of("--set", k + "=" + v)));
        refreshOutput = run(refresh.toArray(String[]::new));
        listOutput = run("source", "list", "--data", dataDir.toString());
    }

    @AfterAll
    void stop() {
        servers.forEach(HostileServer::close);
    }

    @Test
    void eachHostileSourceEndsWithAClearStoredError() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("xxe", "feed could not be parsed: unsafe XML: refusing a DOCTYPE that declares entities");
        expected.put("laughs", "feed could not be parsed: unsafe XML: refusing a DOCTYPE that declares entities");
        expected.put("empty", "feed could not be parsed: empty body (0 bytes)");
        expected.put("html", "feed could not be parsed: not a feed: the document is an HTML page");
        expected.put("drip", "no data for 700 ms");
        expected.put("bomb", "body after decompression larger than 8388608 bytes");
        expected.put("endless", "body larger than 8388608 bytes");
        expected.put("loop", "redirect loop: " + feeds.get("loop") + " -> ");
        expected.put("busy", "HTTP 429, asked to come back in 3600 s");
        expected.put("garbage", "bad response: not an HTTP/1.x status line: \"SSH-2.0-OpenSSH_9.2\"");
        expected.put("lan", "address 127.0.0.1 of host 127.0.0.1 is not public");

        try (Tidings tidings = open()) {
            for (var e : expected.entrySet()) {
                Source s = source(tidings, e.getKey());
                assertThat(s.lastStatus()).as(e.getKey()).isEqualTo("error");
                assertThat(s.lastError()).as(e.getKey()).startsWith(e.getValue());
                assertThat(s.errorCount()).as(e.getKey()).isEqualTo(1);
                assertThat(refreshOutput)
                        .as("refresh names the failing source")
                        .contains("error  " + s.feedUrl() + "  " + e.getValue());
                assertThat(listOutput).contains(s.feedUrl().toString()).contains("error: " + e.getValue());
            }
            assertThat(source(tidings, "busy").nextFetchAt())
                    .as("Retry-After respected")
                    .isAfter(Instant.now().plus(Duration.ofMinutes(59)));
        }
    }

    @Test
    void theGoodAndTheQuirkySourcesAreStoredAsIfNothingHappened() {
        try (Tidings tidings = open()) {
            assertThat(source(tidings, "good").lastStatus()).isEqualTo("ok");
            assertThat(source(tidings, "quirky").lastStatus()).isEqualTo("ok");
            assertThat(source(tidings, "quirky").lastError()).isNull();
            List<ArticleCard> stored = tidings.articles.latest(100);
            assertThat(stored)
                    .extracting(ArticleCard::title)
                    .contains(
                            "Harbour bridge reopens after repairs",
                            "Bold & brave: café owners win award",
                            "Duplicate guid, first copy",
                            "From the far future",
                            "Behind robots.txt")
                    .doesNotContain("Duplicate guid, second copy");
            Article cafe = article(tidings, "Bold & brave: café owners win award");
            assertThat(cafe.url()).as("relative link resolved").isEqualTo(quirky.url("/quirky/cafe"));
            assertThat(cafe.publishedAt())
                    .as("unreadable date: time of storing")
                    .isAfter(Instant.now().minusSeconds(600));
            Article future = article(tidings, "From the far future");
            assertThat(future.publishedAt()).isBefore(Instant.now().plusSeconds(1));
            assertThat(future.bodyHtml()).doesNotContain("script", "alert");
            assertThat(quirky.hits("/private/robots-only"))
                    .as("robots.txt honoured")
                    .isZero();
            assertThat(quirky.hits("/robots.txt")).isEqualTo(1);
        }
    }

    @Test
    void anArticlePageAnswering503WithRetryAfterIsPutOffWithoutUsingAnAttempt() {
        try (Tidings tidings = open()) {
            Source s = source(tidings, "deferring");
            assertThat(s.lastStatus()).isEqualTo("ok");
            var entry = tidings.db
                    .read(h -> h.queryOne(
                            "SELECT state, attempts, next_attempt_at, last_error FROM entries WHERE source_id = ?",
                            rs -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4)},
                            s.id()))
                    .orElseThrow();
            assertThat(entry[0]).isEqualTo("pending");
            assertThat(entry[1]).isEqualTo(0);
            assertThat(Instant.ofEpochMilli((Long) entry[2]))
                    .isAfter(Instant.now().plusSeconds(500));
            assertThat((String) entry[3]).isEqualTo("article page: HTTP 503, asked to come back in 600 s");
        }
    }

    @Test
    void aFeedOfTwentyThousandEntriesIsTakenInPartWithANote() {
        try (Tidings tidings = open()) {
            Source s = source(tidings, "big");
            assertThat(s.lastStatus()).isEqualTo("ok");
            assertThat(s.lastError()).isEqualTo("the feed lists 20000 entries; only the first 50 were taken");
            long entries =
                    tidings.db.read(h -> h.queryLong("SELECT COUNT(*) FROM entries WHERE source_id = ?", s.id()));
            assertThat(entries).isEqualTo(50);
            assertThat(big.requests.stream()
                            .filter(r -> r.startsWith("GET /big/"))
                            .count())
                    .isLessThanOrEqualTo(50);
        }
    }

    @Test
    void theErrorsAreOnTheSourcesPageAndEachSourcePage() throws Exception {
        try (Tidings tidings = open()) {
            tidings.serve("127.0.0.1", 0);
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + tidings.port();
            String sources = get(http, base + "/sources");
            assertThat(sources)
                    .contains("refusing a DOCTYPE that declares entities")
                    .contains("empty body (0 bytes)")
                    .contains("body after decompression larger than 8388608 bytes")
                    .contains("asked to come back in 3600 s")
                    .contains("is not public");
            Source drip = source(tidings, "drip");
            assertThat(get(http, base + "/source/" + drip.slug()))
                    .contains(drip.feedUrl().toString())
                    .contains("no data for 700 ms");
            Source garbage = source(tidings, "garbage");
            assertThat(get(http, base + "/source/" + garbage.slug()))
                    .contains("not an HTTP/1.x status line: \"SSH-2.0-OpenSSH_9.2\"");
        }
    }

    private Tidings open() {
        return new Tidings(Settings.from(dataDir, SETTINGS), Clock.systemUTC());
    }

    private HostileServer server() {
        HostileServer s = new HostileServer();
        servers.add(s);
        return s;
    }

    private HostileServer hostile(String name, java.util.function.Consumer<HostileServer> setup) {
        HostileServer s = server();
        setup.accept(s);
        feeds.put(name, s.url("/feed.xml"));
        return s;
    }

    private Source source(Tidings tidings, String title) {
        URI url = feeds.get(title);
        return tidings.sources.all().stream()
                .filter(s -> s.feedUrl().equals(url))
                .findFirst()
                .orElseThrow();
    }

    private static Article article(Tidings tidings, String title) {
        String id = tidings.articles.latest(100).stream()
                .filter(c -> c.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
        return tidings.articles.byId(id).orElseThrow();
    }

    private static void oneBytePerSecond(String head, OutputStream out) throws IOException {
        out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n<rss>"));
        for (int i = 0; i < 60; i++) {
            out.write(' ');
            out.flush();
            HostileServer.sleep(1000);
        }
    }

    private static void endless(String head, OutputStream out) throws IOException {
        out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n<rss>"));
        byte[] chunk = ascii("<item><title>again</title></item>".repeat(256));
        for (int i = 0; i < 100_000; i++) {
            out.write(chunk);
        }
    }

    private static byte[] gzipBomb() {
        var buffer = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(ascii("<rss version=\"2.0\"><channel><title>"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 32; i++) {
                gz.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static byte[] bigFeed(HostileServer s, int entries) {
        StringBuilder xml = new StringBuilder(entries * 160).append("<rss version=\"2.0\"><channel><title>Big</title>");
        for (int i = 0; i < entries; i++) {
            xml.append("<item><title>Item ")
                    .append(i)
                    .append("</title><link>")
                    .append(s.url("/big/" + i))
                    .append("</link><guid>big-")
                    .append(i)
                    .append("</guid><description>Entry ")
                    .append(i)
                    .append("</description></item>");
        }
        return ascii(xml.append("</channel></rss>").toString());
    }

    private static byte[] fixture(String name, HostileServer s) {
        try (InputStream in = HostileSourcesTest.class.getResourceAsStream("/dev/tidings/app/hostile/" + name)) {
            String base = "http://127.0.0.1:" + s.port();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{base}}", base)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Runs the real command line in this JVM and returns what it printed. */
    private static String run(String... args) {
        CommandRun run = CommandRun.of("", args);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return run.out();
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
