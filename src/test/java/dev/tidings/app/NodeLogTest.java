package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node's log is one line per event in one format, the libraries' lines included: Lucene speaks
 * through java.util.logging, whose own format takes two lines and another clock ("Dec 03, 2026
 * 9:33:51 PM org.apache.lucene…" then "INFO: …"), which a log shipper reading lines cannot parse.
 */
class NodeLogTest {
    private static final Pattern LOG_LINE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z \\[[^]]+] (INFO|WARN|ERROR) \\w+ - .+");

    @TempDir
    Path dir;

    @Test
    void everyLineANodeWritesIsAnEventInTheOneFormat() throws Exception {
        try (var node = new NodeProcess("logs", dir.resolve("data"), Map.of())) {
            // The search index, and with it Lucene's vector support, is opened before the site serves.
            var home = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(node.baseUrl() + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            assertThat(home.statusCode()).isEqualTo(200);
            String[] lines = node.output().split("\n");
            assertThat(lines)
                    .as("a line from Lucene, which this process starts without the vector module")
                    .anyMatch(l -> l.contains("WARN VectorizationProvider - "));
            assertThat(Arrays.stream(lines).filter(l -> !l.startsWith("Tidings is serving ")))
                    .allMatch(l -> LOG_LINE.matcher(l).matches(), "a log line");
        }
    }
}
