package dev.tidings.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.nlp.Vectors;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anIndexAnotherWriterHoldsIsRefusedWithWhatToDo() {
        try (SearchIndex held = SearchIndex.open(dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SearchIndex.open(dir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another Tidings process")
                    .hasMessageContaining("stop it first");
        }
        try (SearchIndex free = SearchIndex.open(dir)) {
            assertThat(free.rebuilt()).isFalse(); // once the holder closed, it opens as before
        }
    }

    @Test
    void findsNearestArticlesWithinATimeWindowAndKeepsThemAcrossRestarts() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.upsert(new IndexedArticle("a", T0, 1, 10, vector(1, 0, 0)));
            index.upsert(new IndexedArticle("b", T0.plusSeconds(3600), 2, 10, vector(0.9f, 0.1f, 0)));
            index.upsert(new IndexedArticle("c", T0.minusSeconds(30 * 86400), 3, 11, vector(0.95f, 0, 0.05f)));
            index.upsert(new IndexedArticle("d", T0, 3, 12, vector(0, 0, 1)));
            index.refresh();
            var hits = index.nearest(vector(1, 0, 0), 3, null, null);
            assertThat(hits).extracting(VectorHit::articleId).containsExactly("a", "c", "b");
            assertThat(hits.getFirst().similarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
            assertThat(hits.getFirst().storyId()).isEqualTo(10);
            assertThat(hits.getFirst().published()).isEqualTo(T0);
            assertThat(index.nearest(vector(1, 0, 0), 3, T0.minusSeconds(86400), T0.plusSeconds(86400)))
                    .extracting(VectorHit::articleId)
                    .containsExactly("a", "b", "d");

            index.setStory("b", 42);
            index.upsert(new IndexedArticle("a", T0, 1, 10, vector(0, 1, 0))); // replaced, not added
            index.delete("d");
            index.refresh();
            assertThat(index.count()).isEqualTo(3);
            assertThat(index.nearest(vector(0.9f, 0.1f, 0), 1, null, null)
                            .getFirst()
                            .storyId())
                    .isEqualTo(42);
        }
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertThat(reopened.ids()).containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    private static float[] vector(float x, float y, float z) {
        float[] v = new float[8];
        v[0] = x;
        v[1] = y;
        v[2] = z;
        return Vectors.normalize(v);
    }
}
