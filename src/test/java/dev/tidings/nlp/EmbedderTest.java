package dev.tidings.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void callsFromSeveralThreadsGiveTheVectorsOfOneThread() throws Exception {
        List<String> texts = List.of(
                "Rail workers call a nationwide strike after pay talks collapse",
                "Astronomers find water vapour on a distant planet",
                "Central bank holds interest rates steady for a third month");
        List<float[]> expected = embedder.embedAll(texts);
        try (Embedder shared = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL);
                var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<List<float[]>>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> shared.embedAll(texts)));
            }
            for (var call : calls) {
                List<float[]> got = call.get();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(got.get(i)).containsExactly(expected.get(i));
                }
            }
        }
    }

    @Test
    void threadSettingsDoNotChangeTheNumbers() {
        List<String> texts = List.of("Café owners in Zürich welcome the ruling", "Floods close the valley road again");
        List<float[]> one = embedder.embedAll(texts);
        try (Embedder spread = Embedder.load(new Embedder.Settings(2, true, Embedder.DEFAULT_MAX_TOKENS))) {
            List<float[]> two = spread.embedAll(texts);
            assertThat(two.get(0)).containsExactly(one.get(0));
            assertThat(two.get(1)).containsExactly(one.get(1));
        }
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> new Embedder.Settings(-1, false, 48)).hasMessageContaining("threads");
        assertThatThrownBy(() -> new Embedder.Settings(1, false, 4)).hasMessageContaining("maxTokens");
    }

    @Test
    void wordPiecesFollowTheUncasedBertRules() {
        assertThat(WordPiece.basicTokens("Zürich's café, 4.75%!"))
                .containsExactly("zurich", "'", "s", "cafe", ",", "4", ".", "75", "%", "!");
    }
}
