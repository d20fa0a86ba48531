package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
    private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");

    @Test
    void bcubedOfAPerfectClusteringIsOne() {
        var s = ClusterScores.bcubed(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"), GOLD);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void bcubedPenalisesSplitsInRecallAndMergesInPrecision() {
        // a,b together, c alone; d,e together: precision 1, recall (2/3+2/3+1/3+1+1)/5
        var split = ClusterScores.bcubed(Map.of("a", "1", "b", "1", "c", "2", "d", "3", "e", "3"), GOLD);
        assertThat(split.precision()).isEqualTo(1.0);
        assertThat(split.recall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 2) / 5, within(1e-9));
        // everything in one cluster: recall 1, precision (3 * 3/5 + 2 * 2/5) / 5
        var merged = ClusterScores.bcubed(Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"), GOLD);
        assertThat(merged.recall()).isEqualTo(1.0);
        assertThat(merged.precision()).isCloseTo((3 * 0.6 + 2 * 0.4) / 5, within(1e-9));
        assertThat(merged.f1()).isLessThan(1.0);
    }

    @Test
    void rankingScoresPrecisionAtFiveAndNdcgAtTen() {
        // a has two relevant (b, c): found at ranks 1 and 3.
        var r = ClusterScores.ranking(
                Map.of("a", List.of("b", "d", "c")), Map.of("a", "x", "b", "x", "c", "x", "d", "y"));
        // queries: a, b, c (d's story has no other member); b and c have empty lists.
        assertThat(r.queries()).isEqualTo(3);
        double dcg = 1 / log2(2) + 1 / log2(4);
        double ideal = 1 / log2(2) + 1 / log2(3);
        assertThat(r.ndcgAt10()).isCloseTo(dcg / ideal / 3, within(1e-9));
        assertThat(r.precisionAt5()).isCloseTo(2 / 5.0 / 3, within(1e-9));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
