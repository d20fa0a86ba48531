package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.tidings.ai.AiSettings;
import dev.tidings.ai.ArticleAi;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import dev.tidings.search.SearchIndex;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article page shows pictures through Tidings: a local server stands in for the publisher, and
 * the reader's page never names it as a picture's address.
 */
class ArticleImagesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final String SVG = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\""
            + " height=\"3\"><script>alert(1)</script><rect width=\"4\" height=\"3\"/></svg>";

    @TempDir
    Path dir;

    private HttpServer publisher;
    private Database db;
    private SearchIndex index;
    private WebServer web;
    private byte[] png;
    private byte[] jpeg;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        png = picture("png");
        jpeg = picture("jpeg");
        publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, byte[]> files = Map.of(
                "/lead.png",
                png,
                "/inline.jpg",
                jpeg,
                "/not-a-picture.png",
                "<html><script>alert(1)</script></html>".getBytes(),
                "/huge.png",
                huge(),
                "/drawing.svg",
                SVG.getBytes(),
                "/poster.png",
                png);
        publisher.createContext("/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                // the server's claimed type is not trusted either way
                exchange.getResponseHeaders().set("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        publisher.start();
        String base = "http://127.0.0.1:" + publisher.getAddress().getPort();

        db = Database.openSqlite(dir);
        long allowed = source("local", true);
        long refused = source("elsewhere", false);
        article(
                "aaaaaaaaaaaaaaa1",
                allowed,
                base + "/lead.png",
                "<p>Text.</p><img src=\"" + base
                        + "/inline.jpg\" srcset=\"" + base + "/inline-2x.jpg 2x\" alt=\"Quay\"><img src=\"" + base
                        + "/not-a-picture.png\"><img src=\"" + base + "/huge.png\"><img src=\"" + base
                        + "/drawing.svg\"><video src=\"https://video.example/clip.mp4\" poster=\"" + base
                        + "/poster.png\" controls></video>");
        article("aaaaaaaaaaaaaaa2", refused, base + "/lead.png", "<p>Text.</p>");
        article(
                "aaaaaaaaaaaaaaa3",
                allowed,
                base + "/inline.jpg",
                "<figure><img src=\"" + base + "/inline.jpg\"></figure><p>Text.</p><p>More.</p><img src=\"" + base
                        + "/lead.png\">");
        var clock = new TestClock(NOW);
        index = SearchIndex.open(dir.resolve("index"));
        var ai = new ArticleAi(db, new ArticleRepository(db), AiSettings.none(), clock);
        web = TestSite.serve(db, clock, ai, index, dir.resolve("media"));
    }

    @AfterEach
    void stop() {
        web.close();
        index.close();
        db.close();
        if (publisher != null) {
            publisher.stop(0);
        }
    }

    @Test
    void thePageNamesNoPublisherAsAPicturesAddress() throws Exception {
        String page = get("/en/article/aaaaaaaaaaaaaaa1").body();
        assertThat(page)
                .contains(
                        "src=\"/media/aaaaaaaaaaaaaaa1/0\"",
                        "src=\"/media/aaaaaaaaaaaaaaa1/1\"",
                        "src=\"/media/aaaaaaaaaaaaaaa1/2\"",
                        "alt=\"Quay\"",
                        "poster=\"/media/aaaaaaaaaaaaaaa1/5\"")
                .doesNotContain("src=\"http://127.0.0.1", "poster=\"http", "srcset");
        // the lead keeps its place before it arrives and is not deferred; the body's pictures are
        assertThat(page)
                .containsPattern(
                        "<img class=\"lead-image\" src=\"/media/aaaaaaaaaaaaaaa1/0\"[^>]*width=\"\\d+\" height=\"\\d+\"");
        assertThat(page).doesNotContainPattern("<img class=\"lead-image\"[^>]*loading=");
        assertThat(page).containsPattern("<img src=\"/media/aaaaaaaaaaaaaaa1/1\"[^>]*loading=\"lazy\"");
    }

    @Test
    void aLeadPictureTheBodyOpensWithIsNotDeferredButThoseBelowItAre() throws Exception {
        String page = get("/en/article/aaaaaaaaaaaaaaa3").body();
        assertThat(page).doesNotContain("class=\"lead-image\"");
        assertThat(page).containsPattern("<img src=\"/media/aaaaaaaaaaaaaaa3/1\">");
        assertThat(page).containsPattern("<img src=\"/media/aaaaaaaaaaaaaaa3/2\"[^>]*loading=\"lazy\"");
    }

    @Test
    void aVideosPosterIsAPictureOfTheArticleToo() throws Exception {
        var poster = getBytes("/media/aaaaaaaaaaaaaaa1/5");
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.body()).isEqualTo(png);
    }

    @Test
    void picturesAreFetchedCheckedAndKeptSoTheyOutliveThePublisher() throws Exception {
        var lead = getBytes("/media/aaaaaaaaaaaaaaa1/0");
        assertThat(lead.statusCode()).isEqualTo(200);
        assertThat(lead.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(lead.body()).isEqualTo(png);
        var inline = getBytes("/media/aaaaaaaaaaaaaaa1/1");
        assertThat(inline.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(inline.body()).isEqualTo(jpeg);

        publisher.stop(0);
        publisher = null;
        assertThat(getBytes("/media/aaaaaaaaaaaaaaa1/0").body()).isEqualTo(png);
    }

    @Test
    void anSvgIsServedUnderAPolicyThatRunsNoScriptEvenOpenedAlone() throws Exception {
        var svg = get("/media/aaaaaaaaaaaaaaa1/4");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(svg.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'", "sandbox"));
        assertThat(svg.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void whatIsNotASmallPictureOrNotTheArticlesIsRefused() throws Exception {
        assertThat(get("/media/aaaaaaaaaaaaaaa1/2").statusCode())
                .as("HTML sent as a PNG")
                .isEqualTo(404);
        assertThat(get("/media/aaaaaaaaaaaaaaa1/3").statusCode())
                .as("over 5 MB")
                .isEqualTo(404);
        assertThat(get("/media/aaaaaaaaaaaaaaa1/6").statusCode())
                .as("no such picture")
                .isEqualTo(404);
        assertThat(get("/media/aaaaaaaaaaaaaaa1/x").statusCode()).isEqualTo(404);
        assertThat(get("/media/nosucharticle0000/0").statusCode()).isEqualTo(404);
        // the picture is on a loopback address its source was not allowed to reach
        assertThat(get("/media/aaaaaaaaaaaaaaa2/0").statusCode()).isEqualTo(404);
    }

    private long source(String slug, boolean allowPrivate) {
        return db.transaction(h -> h.insert(
                        "INSERT INTO sources (feed_url, title, slug, created_at, allow_private_network)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        "https://" + slug + ".example/feed",
                        "Outlet " + slug,
                        slug,
                        0L,
                        allowPrivate ? 1 : 0)
                .orElseThrow());
    }

    private void article(String id, long source, String image, String html) {
        db.transaction(h -> h.update(
                "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at, lead,"
                        + " body_html, body_text, word_count, content_hash, image_url)"
                        + " VALUES (?, ?, ?, ?, 'en', ?, ?, ?, ?, ?, 1, ?, ?)",
                id,
                source,
                "https://outlet.example/" + id,
                "Quay reopens " + id,
                NOW,
                NOW,
                "Lead.",
                html,
                "Text.",
                "hash" + id,
                image));
    }

    private static byte[] picture(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private byte[] huge() {
        byte[] b = Arrays.copyOf(png, ArticleImages.MAX_BYTES + 1024);
        return b;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(path, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return send(path, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                        .build(),
                body);
    }
}
