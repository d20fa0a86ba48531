package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBatchTest {

    @Test
    void writesTextAndMetadataForEveryPage(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Files.write(in.resolve("bridge.html"), Fixtures.bytes("jsonld-article.html"));
        Files.write(in.resolve("index.html"), Fixtures.bytes("index-page.html"));
        Files.writeString(in.resolve("notes.txt"), "not a page");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        double perSecond = new ExtractionBatch(new Extractor())
                .run(in, out, new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(perSecond).isPositive();
        assertThat(Files.readString(out.resolve("bridge.txt"))).startsWith("The old swing bridge");
        assertThat(Files.readString(out.resolve("index.txt"))).isEmpty();
        assertThat(out.resolve("notes.json")).doesNotExist();
        JsonNode meta = new ObjectMapper().readTree(out.resolve("bridge.json").toFile());
        assertThat(meta.get("title").asText()).isEqualTo("Harbour bridge reopens after repairs");
        assertThat(meta.get("authors")).hasSize(2);
        assertThat(meta.get("published").asText()).isEqualTo("2024-05-14T08:30+02:00");
        assertThat(meta.get("language").asText()).isEqualTo("en-GB");
        assertThat(meta.get("siteName").asText()).isEqualTo("The Harbour Times");
        assertThat(meta.get("canonicalUrl").asText()).isEqualTo("https://news.example.org/2024/05/bridge-reopens");
        assertThat(meta.has("imageUrl")).isTrue();
        assertThat(meta.get("description").asText()).startsWith("The old swing bridge");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("pages=2 with_body=1");
    }
}
