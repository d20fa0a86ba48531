package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A small run of {@code bench corpus} + {@code bench search}: checks the output's shape, never its times. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute(args)).as(String.join(" ", args)).isZero();
        return out.toString();
    }

    @Test
    void corpusThenSearchPrintsBothSidesAndTheSpeedupLast() {
        String data = dir.toString();
        assertThat(run("bench", "corpus", "--articles", "2000", "--data", data)).contains("articles/second");
        List<String> lines = run("bench", "search", "--passes", "1", "--jit-warmup", "0", "--data", data)
                .lines()
                .toList();
        assertThat(lines)
                .anyMatch(l -> l.matches("build lucene articles 2000 seconds [\\d.]+ articles/second \\d+ .*"));
        assertThat(lines).anyMatch(l -> l.matches("build fts5 articles 2000 seconds [\\d.]+ articles/second \\d+ .*"));
        for (String kind : List.of("single", "two-word", "phrase", "or", "exclusion", "all")) {
            assertThat(lines).as(kind).anyMatch(l -> l.startsWith(kind + " "));
        }
        assertThat(lines).anyMatch(l -> l.matches("heap_used_mb \\d+ heap_peak_mb \\d+ heap_max_mb \\d+"));
        assertThat(lines).anyMatch(l -> l.matches("top10_overlap_with_fts5 [\\d.]+"));
        assertThat(lines.getLast()).matches("speedup_p50_vs_fts5 [\\d.]+");
    }
}
