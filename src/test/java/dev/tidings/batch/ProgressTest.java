package dev.tidings.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void printsWholeLinesNotEveryItemAndAClosingLine() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buffer, true, StandardCharsets.UTF_8), "clustered", 500);

        for (int done = 1; done <= 500; done++) {
            p.update(done);
        }
        p.finish(500);

        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\r").endsWith(System.lineSeparator());
        assertThat(out.lines().toList().getLast()).matches("clustered 500/500 articles, \\d+/s");
    }

    @Test
    void anUnknownTotalIsLeftOutAndNoStreamMeansSilence() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new Progress(new PrintStream(buffer, true, StandardCharsets.UTF_8), "tagged", 0).finish(7);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).startsWith("tagged 7 articles, ");

        new Progress(null, "tagged", 0).finish(7);
    }
}
