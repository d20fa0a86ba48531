package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tidings.nlp.Embedder;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentArticlesTest {
    private static final Instant T0 = Instant.parse("2026-11-29T06:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(4);

    @Test
    void findsArticlesEnrichedMomentsAgoWithinTheWindowButNotItselfOrOldOnes() {
        RecentArticles recent = new RecentArticles();
        var a = member("a", T0, 0);
        var b = member("b", T0.plus(Duration.ofHours(3)), 0);
        var far = member("far", T0.minus(Duration.ofDays(6)), 0);
        var other = member("other", T0, 1);
        recent.add(a, T0);
        recent.add(far, T0);
        recent.add(other, T0);
        var near = recent.near(b, WINDOW, T0.plusSeconds(1));
        assertThat(near).containsOnlyKeys("a", "other");
        assertThat(near.get("a")).isCloseTo(1.0, within(1e-6));
        assertThat(near.get("other")).isCloseTo(0.0, within(1e-6));
        recent.add(b, T0.plusSeconds(1));
        assertThat(recent.near(b, WINDOW, T0.plusSeconds(2))).as("never itself").doesNotContainKey("b");
        assertThat(recent.near(b, WINDOW, T0.plusSeconds(60)))
                .as("by then the index shows them")
                .isEmpty();
    }

    private static StoryRepository.Member member(String id, Instant published, int axis) {
        float[] v = new float[Embedder.DIMENSIONS];
        v[axis] = 1;
        return new StoryRepository.Member(id, 1, published, v, new TermBag(java.util.Map.of()));
    }
}
