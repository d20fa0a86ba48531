package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBenchTest {

    @TempDir
    Path dir;

    @Test
    void runsEveryPassOverEveryPageAndPrintsTheWarmFigures() throws Exception {
        Files.write(dir.resolve("a.html"), Fixtures.bytes("plain-article.html"));
        Files.createDirectories(dir.resolve("b"));
        Files.write(dir.resolve("b").resolve("source.html"), Fixtures.bytes("jsonld-article.html"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        var result = new ExtractionBench(new Extractor())
                .run(dir, 3, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(result.pages()).isEqualTo(2);
        assertThat(result.pagesPerCpuSecond()).isPositive();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("pass=1 ", "pass=3 ")
                .contains("pages=2 ");
    }

    @Test
    void theWarmFigureIsTheMedianOfTheSecondHalf() {
        assertThat(ExtractionBench.warmMedian(new double[] {1, 2, 30, 10, 20})).isEqualTo(20);
        assertThat(ExtractionBench.warmMedian(new double[] {1, 2, 10, 20})).isEqualTo(15);
        assertThat(ExtractionBench.warmMedian(new double[] {7})).isEqualTo(7);
    }
}
