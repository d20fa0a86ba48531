package dev.tidings.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.batch.InputLines;
import dev.tidings.batch.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * {@code tidings batch summarize}: lines {@code {id, title?, text}} in, lines {@code {id, summary,
 * points}} out, the summary one sentence per line. Streams; reports progress and lines it had to
 * skip on stderr.
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
        Progress shown = new Progress(progress, "summarized", 0);
        try (InputLines reader = InputLines.open(in, progress);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (InputLines.Line row = reader.next(); row != null; row = reader.next()) {
                // "article" is how CNN/DailyMail-style sets name the text
                String text = row.text("text") != null ? row.text("text") : row.text("article");
                if (text == null) {
                    reader.warn(row, "no \"text\": summary left empty");
                    text = "";
                }
                Summary s = method.apply(row.text("title"), text);
                ObjectNode o = json.createObjectNode();
                o.set("id", row.id());
                o.put("summary", s.tldrText());
                var points = o.putArray("points");
                s.points().forEach(points::add);
                writer.write(json.writeValueAsString(o));
                writer.newLine();
                n++;
                shown.update(n);
            }
        }
        shown.finish(n);
        return n / Math.max((System.nanoTime() - t0) / 1e9, 1e-9);
    }
}
