package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalTest {

    @Test
    void shinglesAreCountedAsMultisets() {
        // "a b c d e" has shingles abcd, bcde; "a b c d x" has abcd, bcdx: one match of two.
        ExtractionEval.PageScore s = ExtractionEval.score("p", "a b c d e", "a b c d x");
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
        ExtractionEval.PageScore repeated = ExtractionEval.score("p", "a b c d a b c d", "a b c d");
        assertThat(repeated.predicted()).isEqualTo(5);
        assertThat(repeated.recall()).isEqualTo(1.0);
        assertThat(repeated.precision()).isEqualTo(0.2);
    }

    @Test
    void shortTextsAreOneShingleAndCaseAndUnicodeCount() {
        assertThat(ExtractionEval.score("p", "Ab c", "Ab, c!").f1()).isEqualTo(1.0);
        assertThat(ExtractionEval.score("p", "ab c", "Ab c").f1()).isEqualTo(0.0);
        assertThat(ExtractionEval.score("p", "Zürich ist schön heute", "Zürich ist schön heute")
                        .f1())
                .isEqualTo(1.0);
    }

    @Test
    void emptyPredictionsFollowTheDocumentedRules() {
        assertThat(ExtractionEval.score("p", "", ""))
                .extracting("precision", "recall")
                .containsExactly(1.0, 1.0);
        assertThat(ExtractionEval.score("p", "", "some text here now"))
                .extracting("precision", "recall")
                .containsExactly(0.0, 0.0);
        assertThat(ExtractionEval.score("p", "some text here now", ""))
                .extracting("precision", "recall")
                .containsExactly(0.0, 1.0);
    }

    @Test
    void expectedTextSeparatesBlocks() {
        assertThat(ExtractionEval.expectedText("<div><p>one</p><p>two</p>three<br>four</div>"))
                .isEqualTo("one\n\ntwo\n\nthree\nfour");
    }

    @Test
    void evaluatesAFolderAndAveragesPrecisionAndRecallOverPages(@TempDir Path dir) throws IOException {
        String prose = "<p>The lighthouse keeper wrote down the weather every hour for forty years, and his"
                + " notebooks are now kept in the town museum for anyone to read.</p>";
        page(dir.resolve("good"), "<html><body><article>" + prose + "</article></body></html>", prose);
        page(
                dir.resolve("wrong"),
                "<html><body><article>" + prose + "</article></body></html>",
                "<p>nothing alike at all</p>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ExtractionEval.Summary summary =
                new ExtractionEval(new Extractor()).evaluate(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(summary.pages()).hasSize(2);
        assertThat(summary.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(summary.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(summary.f1()).isCloseTo(0.5, within(1e-9));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("good", "wrong", "pages=2 precision=0.5000 recall=0.5000 f1=0.5000");
    }

    private static void page(Path dir, String source, String expected) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("source.html"), source);
        Files.writeString(dir.resolve("expected.html"), "<div>" + expected + "</div>");
    }
}
