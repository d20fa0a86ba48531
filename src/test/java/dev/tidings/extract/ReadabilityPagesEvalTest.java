package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the shared Readability test pages when they are present (they live
 * outside the repository) and guards against regressions. Skipped when the folder is absent.
 */
class ReadabilityPagesEvalTest {

    private static final Path PAGES =
            Path.of(System.getProperty("tidings.readability.pages", "../shared/datasets/readability-test-pages"));

    @Test
    void f1StaysAboveTheMeasuredLevel() throws IOException {
        assumeTrue(Files.isDirectory(PAGES), "dataset not present at " + PAGES.toAbsolutePath());

        ExtractionEval.Summary summary =
                new ExtractionEval(new Extractor()).evaluate(PAGES, new PrintStream(OutputStream.nullOutputStream()));
        System.out.printf(
                Locale.ROOT,
                "readability-test-pages: f1=%.4f precision=%.4f recall=%.4f%n",
                summary.f1(),
                summary.precision(),
                summary.recall());

        assertThat(summary.f1()).isGreaterThanOrEqualTo(0.97);
    }
}
