package dev.tidings.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * {@code tidings batch summarize}: lines {@code {id, title?, text}} in, lines {@code {id, summary,
 * points}} out, the summary one sentence per line. Streams; reports progress on stderr.
 */
public final class SummaryBatch {
    private final ObjectMapper json = new ObjectMapper();
    private final BiFunction<String, String, Summary> method;

    /** {@code method} maps (title, text) to a summary: the built-in one, or the language model's. */
    public SummaryBatch(BiFunction<String, String, Summary> method) {
        this.method = method;
    }

    /** Runs the batch and returns articles per second. */
    public double run(Path in, Path out, PrintStream progress) throws IOException {
        long t0 = System.nanoTime();
        int n = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                if (!row.hasNonNull("id") || !row.hasNonNull("text")) {
                    throw new IllegalArgumentException(in + " line " + lineNo + ": needs \"id\" and \"text\"");
                }
                Summary s = method.apply(
                        row.path("title").asText(null), row.get("text").asText());
                ObjectNode o = json.createObjectNode();
                o.set("id", row.get("id"));
                o.put("summary", s.tldrText());
                var points = o.putArray("points");
                s.points().forEach(points::add);
                writer.write(json.writeValueAsString(o));
                writer.newLine();
                n++;
                if (progress != null && n % 100 == 0) {
                    progress.printf("\rsummarized %d articles", n);
                }
            }
        }
        if (progress != null) {
            progress.printf("\rsummarized %d articles%n", n);
        }
        return n / Math.max((System.nanoTime() - t0) / 1e9, 1e-9);
    }
}
