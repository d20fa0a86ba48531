package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.source.NewSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} on a node that has ingested a feed: what it counts, and who may read it. */
class MetricsEndpointTest {
    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private FixturePublisher publisher;
    private Tidings tidings;

    private String start(Map<String, String> env) {
        publisher = new FixturePublisher(Instant.now())
                .route("/rss.xml", "rss.xml", "application/rss+xml")
                .route("/news/ferry-resumes", "ferry.html", "text/html")
                .route("/news/library-wing", "library.html", "text/html");
        tidings = new Tidings(Settings.from(dataDir, env), Clock.systemUTC());
        tidings.sources.add(new NewSource(publisher.url("/rss.xml"), null, "Lakeside Courier", null, true, 900));
        tidings.sources.add(new NewSource(publisher.url("/missing.xml"), null, "Gone Gazette", null, true, 900));
        tidings.ingestion.refreshAllOnce();
        tidings.serve("127.0.0.1", 0);
        return "http://127.0.0.1:" + tidings.port();
    }

    @AfterEach
    void stop() {
        if (tidings != null) {
            tidings.close();
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    private HttpResponse<String> get(String url, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thisMachineReadsWhatTheNodeStoredAndAnsweredByRoutePattern() throws Exception {
        String base = start(Map.of());
        long stored = tidings.articles.count();
        assertThat(stored).isPositive();
        String articleId = tidings.articles.latest(1).getFirst().id();
        assertThat(get(base + "/en/article/" + articleId).statusCode()).isEqualTo(200);
        assertThat(get(base + "/en/article/" + articleId).statusCode()).isEqualTo(200);
        assertThat(get(base + "/story/999999").statusCode()).isEqualTo(404);

        HttpResponse<String> r = get(base + "/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
        String text = r.body();
        assertThat(text)
                .contains("tidings_article_pages_total{outcome=\"stored\"} " + stored + "\n")
                .contains("tidings_articles " + stored + "\n")
                .contains("tidings_sources{status=\"error\"} 1\n")
                .contains("tidings_sources{status=\"ok\"} 1\n")
                .contains("tidings_entries_pending 0\n")
                .contains("tidings_feed_refreshes_total{status=\"error\"} 1\n")
                .contains("tidings_feed_refreshes_total{status=\"ok\"} 1\n")
                .contains("tidings_related_lookups_total{outcome=\"worked_out\"} 1\n")
                .contains("tidings_related_lookups_total{outcome=\"kept\"} 1\n")
                .contains("# TYPE process_cpu_seconds_total counter\n")
                .contains("jvm_memory_heap_used_bytes ");
        // a route's pattern, never the path a reader asked for
        assertThat(text)
                .contains("tidings_http_requests_total{route=\"/{lang}/article/{id}\",status=\"2xx\"} 2\n")
                .contains("tidings_http_requests_total{route=\"/story/{id}\",status=\"4xx\"} 1\n")
                .contains("tidings_http_request_duration_seconds_count{route=\"/{lang}/article/{id}\"} 2\n")
                // (the paths themselves: a duration's sum may well hold the digits "999999")
                .doesNotContain("/en/article/" + articleId)
                .doesNotContain("/story/999999");

        // through a proxy, the request is not from this machine
        HttpResponse<String> proxied = get(base + "/metrics", "X-Forwarded-For", "203.0.113.9");
        assertThat(proxied.statusCode()).isEqualTo(403);
        assertThat(proxied.body()).contains("TIDINGS_METRICS_TOKEN");
        assertThat(get(base + "/metrics", "Forwarded", "for=203.0.113.9").statusCode())
                .isEqualTo(403);
    }

    @Test
    void withATokenOnlyARequestBearingItReads() throws Exception {
        String base = start(Map.of("TIDINGS_METRICS_TOKEN", "harbour-lights-7"));
        HttpResponse<String> none = get(base + "/metrics");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(get(base + "/metrics", "Authorization", "Bearer harbour-lights-8")
                        .statusCode())
                .isEqualTo(401);
        assertThat(get(base + "/metrics", "Authorization", "Basic aGFyYm91cg==").statusCode())
                .isEqualTo(401);
        HttpResponse<String> ok =
                get(base + "/metrics", "Authorization", "Bearer harbour-lights-7", "X-Forwarded-For", "203.0.113.9");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("tidings_articles ");
    }
}
