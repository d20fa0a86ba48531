package dev.tidings.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Scores the extractor against a folder of reference pages: {@code <dir>/<name>/source.html}
 * with the expected body in {@code <dir>/<name>/expected.html}.
 *
 * <p>Both texts become multisets of 4-token shingles ({@link Shingles}). Per page, precision is
 * matched/predicted and recall matched/expected. Precision and recall are averaged over pages
 * and F1 is taken from the two averages. When both texts are empty the page scores 1 and 1.
 * An empty prediction for a page with an expected body scores precision 0 and recall 0: giving
 * up claims nothing correct, and scoring it as precise would reward giving up. A non-empty
 * prediction for a page whose expected body is empty scores precision 0 and recall 1.
 */
public final class ExtractionEval {

    /** One page's figures. */
    public record PageScore(String page, double precision, double recall, int predicted, int expected) {
        public double f1() {
            return ExtractionEval.f1(precision, recall);
        }
    }

    /**
     * The figures over all pages. Speed counts extraction only: {@code pagesPerSecond} by the
     * wall clock, {@code pagesPerCpuSecond} by the CPU time of the extracting thread, which
     * stays meaningful on a busy machine.
     */
    public record Summary(
            List<PageScore> pages,
            double precision,
            double recall,
            double f1,
            double pagesPerSecond,
            double pagesPerCpuSecond) {}

    private final Extractor extractor;

    public ExtractionEval(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Scores every page folder under {@code dir}, printing one line per page and a summary line. */
    public Summary evaluate(Path dir, PrintStream out) throws IOException {
        List<Path> pages;
        try (Stream<Path> list = Files.list(dir)) {
            pages = list.filter(p -> Files.isRegularFile(p.resolve("source.html"))
                            && Files.isRegularFile(p.resolve("expected.html")))
                    .sorted()
                    .toList();
        }
        List<PageScore> scores = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threads.isCurrentThreadCpuTimeSupported();
        long nanos = 0;
        long cpuNanos = 0;
        for (Path page : pages) {
            String name = page.getFileName().toString();
            String source = HtmlDecoder.decode(Files.readAllBytes(page.resolve("source.html")), null);
            String expectedHtml = HtmlDecoder.decode(Files.readAllBytes(page.resolve("expected.html")), null);
            long start = System.nanoTime();
            long cpuStart = cpuClock ? threads.getCurrentThreadCpuTime() : 0;
            ExtractedArticle article = extractor.extract(source, URI.create("http://localhost/" + name + "/"));
            nanos += System.nanoTime() - start;
            cpuNanos += cpuClock ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
            PageScore score = score(name, article.text(), expectedText(expectedHtml));
            scores.add(score);
            out.printf(
                    Locale.ROOT,
                    "%-45s P=%.3f R=%.3f F1=%.3f predicted=%d expected=%d%n",
                    name,
                    score.precision(),
                    score.recall(),
                    score.f1(),
                    score.predicted(),
                    score.expected());
        }
        double p = scores.stream().mapToDouble(PageScore::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(PageScore::recall).average().orElse(0);
        Summary summary = new Summary(
                List.copyOf(scores), p, r, f1(p, r), rate(scores.size(), nanos), rate(scores.size(), cpuNanos));
        out.printf(
                Locale.ROOT,
                "pages=%d precision=%.4f recall=%.4f f1=%.4f pages_per_second=%.1f pages_per_cpu_second=%.1f%n",
                scores.size(),
                summary.precision(),
                summary.recall(),
                summary.f1(),
                summary.pagesPerSecond(),
                summary.pagesPerCpuSecond());
        return summary;
    }

    /**
     * Scores another extractor's output the same way: {@code <predicted>/<page>.txt} against each
     * page's expected text (a missing file counts as an empty prediction). Speed is not measured.
     */
    public static Summary evaluatePredicted(Path dir, Path predicted, PrintStream out) throws IOException {
        List<PageScore> scores = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path page : list.filter(p -> Files.isRegularFile(p.resolve("expected.html")))
                    .sorted()
                    .toList()) {
                String name = page.getFileName().toString();
                Path file = predicted.resolve(name + ".txt");
                String text = Files.isRegularFile(file) ? Files.readString(file) : "";
                String expectedHtml = HtmlDecoder.decode(Files.readAllBytes(page.resolve("expected.html")), null);
                PageScore score = score(name, text, expectedText(expectedHtml));
                scores.add(score);
                out.printf(
                        Locale.ROOT,
                        "%-45s P=%.3f R=%.3f F1=%.3f%n",
                        name,
                        score.precision(),
                        score.recall(),
                        score.f1());
            }
        }
        double p = scores.stream().mapToDouble(PageScore::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(PageScore::recall).average().orElse(0);
        out.printf(Locale.ROOT, "pages=%d precision=%.4f recall=%.4f f1=%.4f%n", scores.size(), p, r, f1(p, r));
        return new Summary(List.copyOf(scores), p, r, f1(p, r), 0, 0);
    }

    /** The reference text of an expected page: its visible text with blocks separated. */
    static String expectedText(String expectedHtml) {
        return TextRenderer.render(Jsoup.parse(expectedHtml).body());
    }

    static PageScore score(String page, String predictedText, String expectedText) {
        Shingles predicted = Shingles.of(predictedText);
        Shingles expected = Shingles.of(expectedText);
        if (predicted.size() == 0 || expected.size() == 0) {
            boolean bothEmpty = predicted.size() == expected.size();
            double precision = bothEmpty ? 1 : 0;
            double recall = bothEmpty || expected.size() == 0 ? 1 : 0;
            return new PageScore(page, precision, recall, predicted.size(), expected.size());
        }
        int matched = predicted.overlap(expected);
        return new PageScore(
                page,
                (double) matched / predicted.size(),
                (double) matched / expected.size(),
                predicted.size(),
                expected.size());
    }

    private static double rate(int pages, long nanos) {
        return nanos == 0 ? 0 : pages / (nanos / 1e9);
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
