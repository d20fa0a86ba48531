package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An address the server cannot read gets the site's own "bad request" page, not the server's bare one. */
class MalformedPathTest extends OneArticleSiteTest {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/tag/Ceasefire%00", "/%2e%2e/etc/passwd"})
    void aMalformedPathGetsTheBrandedBadRequestPage(String path) throws Exception {
        var r = http.send(
                HttpRequest.newBuilder(URI.create(site.base() + path)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/html")
                .containsIgnoringCase("charset=utf-8");
        assertThat(r.body())
                .contains("<title>Bad request — Tidings</title>", "<a class=\"brand\" href=\"/\">Tidings</a>")
                .contains("Back to the front page")
                .doesNotContain("HTTP ERROR", "Ceasefire", "passwd");
    }
}
