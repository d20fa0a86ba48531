package dev.tidings.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * {@code tidings eval summarize}: the built-in summary and Lead-3 side by side on lines
 * {@code {id, article, highlights}}, scored with {@link Rouge}, averaged over articles.
 */
public final class SummaryEval {
    private final ObjectMapper json = new ObjectMapper();

    /** Averages in percent, and the built-in summarizer's own speed. */
    public record Result(int articles, Rouge.Scores builtin, Rouge.Scores lead3, double builtinArticlesPerSecond) {}

    public Result evaluate(Path file, PrintStream perArticle) throws IOException {
        Summarizer summarizer = new Summarizer();
        Rouge rouge = new Rouge();
        Sums ours = new Sums();
        Sums lead = new Sums();
        long nanos = 0;
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String article = row.path("article").asText();
                String reference = row.path("highlights").asText();
                long t0 = System.nanoTime();
                Summary summary = summarizer.summarize(null, article);
                nanos += System.nanoTime() - t0;
                Rouge.Scores s = rouge.score(reference, summary.tldrText());
                ours.add(s);
                lead.add(rouge.score(reference, String.join("\n", Summarizer.lead(article, 3))));
                n++;
                if (perArticle != null) {
                    perArticle.printf(
                            "%s rouge1 %.2f rouge2 %.2f rougeLsum %.2f%n",
                            row.path("id").asText(),
                            100 * s.rouge1().f1(),
                            100 * s.rouge2().f1(),
                            100 * s.rougeLsum().f1());
                }
            }
        }
        return new Result(n, ours.mean(n), lead.mean(n), n / Math.max(nanos / 1e9, 1e-9));
    }

    private static final class Sums {
        double r1;
        double r2;
        double rl;

        void add(Rouge.Scores s) {
            r1 += s.rouge1().f1();
            r2 += s.rouge2().f1();
            rl += s.rougeLsum().f1();
        }

        Rouge.Scores mean(int n) {
            Function<Double, Rouge.Score> f = v -> new Rouge.Score(0, 0, n == 0 ? 0 : 100 * v / n);
            return new Rouge.Scores(f.apply(r1), f.apply(r2), f.apply(rl));
        }
    }
}
