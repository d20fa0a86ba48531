package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A HEAD request says what a GET of the same address would send (status, type, ETag), without the body. */
class HeadRequestTest extends OneArticleSiteTest {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void headReportsTheTypeAGetSends() throws Exception {
        for (String path : List.of(
                "/", articlePath, "/feeds/latest.rss", "/feeds/latest.json", "/api/v1/articles", "/api/v1/outlets")) {
            var get = send(path, "GET");
            var head = send(path, "HEAD");

            assertThat(get.statusCode()).as("GET " + path).isEqualTo(200);
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Type"))
                    .as("HEAD " + path)
                    .isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.headers().firstValue("ETag"))
                    .as("HEAD " + path)
                    .isEqualTo(get.headers().firstValue("ETag"));
            assertThat(head.body()).as("HEAD " + path).isEmpty();
        }
    }

    @Test
    void headOfAMissingPageSaysItIsMissing() throws Exception {
        var head = send("/en/article/0000000000000000", "HEAD");

        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(send("/api/v1/articles/0000000000000000", "HEAD").statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> send(String path, String method) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(site.base() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
