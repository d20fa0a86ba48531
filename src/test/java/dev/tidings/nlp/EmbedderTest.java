package dev.tidings.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model from the classpath: vectors are unit length and closer for sentences that mean the same. */
class EmbedderTest {
    static Embedder embedder;

    @BeforeAll
    static void load() {
        embedder = Embedder.load(1);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        List<float[]> v = embedder.embedAll(List.of(
                "Rail workers call a nationwide strike after pay talks collapse",
                "Train staff to walk out across the country as wage negotiations fail",
                "Astronomers find water vapour on a distant planet"));
        assertThat(v).allSatisfy(x -> assertThat(x).hasSize(Embedder.DIMENSIONS));
        assertThat(Vectors.dot(v.get(0), v.get(0))).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(0.4f);
        assertThat(Vectors.dot(v.get(0), v.get(2))).isLessThan(0.2f);
        assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(1), v.get(2)) + 0.3f);
    }

    @Test
    void batchingBarelyChangesAVector() {
        float[] alone = embedder.embed("Café owners in Zürich welcome the ruling");
        float[] inBatch = embedder.embedAll(List.of(
                        "A much longer sentence that forces padding in the batch, and more words",
                        "Café owners in Zürich welcome the ruling"))
                .get(1);
        // Dynamic quantization scales activations per batch, so padding moves values a little.
        assertThat(Vectors.dot(alone, inBatch)).isGreaterThan(0.99f);
    }

    @Test
    void wordPiecesFollowTheUncasedBertRules() {
        assertThat(WordPiece.basicTokens("Zürich's café, 4.75%!"))
                .containsExactly("zurich", "'", "s", "cafe", ",", "4", ".", "75", "%", "!");
    }
}
