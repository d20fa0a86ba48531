package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {
    private final Rouge rouge = new Rouge();

    @Test
    void countsUnigramsAndBigramsWithClippedCounts() {
        // ref: the cat sat on the mat (6 words, 5 bigrams); candidate: the cat sat.
        Rouge.Scores s = rouge.score("The cat sat on the mat.", "The cat sat");
        assertThat(s.rouge1().precision()).isEqualTo(1.0);
        assertThat(s.rouge1().recall()).isEqualTo(0.5);
        assertThat(s.rouge1().f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.rouge2().recall()).isCloseTo(0.4, within(1e-9));
        assertThat(s.rouge2().f1()).isCloseTo(2 * 0.4 / 1.4, within(1e-9));
        assertThat(s.rougeLsum().f1()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void lowerCasesSplitsOnNonAlphanumericsAndStemsLongWords() {
        assertThat(rouge.tokens("U.S. troops' running-dogs, 2024!"))
                .containsExactly("u", "s", "troop", "run", "dog", "2024");
        // "dogs" -> "dog" and "runs" -> "run"; "the" is not in the reference.
        Rouge.Scores s = rouge.score("Running dogs", "the dog runs");
        assertThat(s.rouge1().precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.rouge1().recall()).isEqualTo(1.0);
        assertThat(s.rouge1().f1()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void lsumTakesTheUnionOfEachReferenceSentencesLcsOverCandidateSentences() {
        // One candidate line holds both reference sentences in swapped order: a plain LCS finds 2 of 4,
        // the summary-level LCS finds all four.
        assertThat(rouge.score("a b\nc d", "c d a b").rougeLsum().f1()).isEqualTo(1.0);
        // ref a b c / d e; candidate a c / d x e: hits a, c and d, e -> 4 of 5 both ways.
        assertThat(rouge.score("a b c\nd e", "a c\nd x e").rougeLsum().f1()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void lsumCountsEachTokenNoMoreOftenThanItOccursInTheCandidate() {
        // ref [a a] [a], candidate [a]: the second reference sentence finds no "a" left: P 1, R 1/3.
        Rouge.Score s = rouge.score("a a\na", "a").rougeLsum();
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void anEmptyCandidateScoresZero() {
        Rouge.Scores s = rouge.score("Something happened.", "");
        assertThat(s.rouge1().f1()).isZero();
        assertThat(s.rouge2().f1()).isZero();
        assertThat(s.rougeLsum().f1()).isZero();
    }
}
