package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TldrChooserTest {
    private final SentenceScorer scorer = new SentenceScorer();

    @Test
    void choosesOneToThreeOfTheFirstEightSentences() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sentences.add("The harbour council said on day " + i + " that the night ferry to Vell would sail again.");
        }
        TreeSet<Integer> chosen = TldrChooser.choose(sentences, scorer.features(sentences, ""));
        assertThat(chosen).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(chosen.last()).isLessThan(TldrChooser.WINDOW);
    }

    @Test
    void aPieceOfAQuotationIsNeverChosenWhileAWholeSentenceIsLeft() {
        List<String> sentences = List.of(
                "\"The ferry is back, and the islanders have waited two years for this.",
                "The Harbour Council restored the night ferry to Vell on Tuesday after a two-year gap.",
                "Residents had signed a petition with more than 2,000 names asking for the service.");
        TreeSet<Integer> chosen = TldrChooser.choose(sentences, scorer.features(sentences, ""));
        assertThat(chosen).isNotEmpty().doesNotContain(0);

        List<String> onlyPieces = List.of("\"The ferry is back, and the islanders have waited two years for this.");
        assertThat(TldrChooser.choose(onlyPieces, scorer.features(onlyPieces, "")))
                .containsExactly(0);
    }

    @Test
    void candidateSetsAreAllSetsOfOneToThreeEligibleSentences() {
        assertThat(TldrChooser.subsets(new boolean[] {true, true, true, true})).hasSize(4 + 6 + 4);
        assertThat(TldrChooser.subsets(new boolean[] {true, false, true})).hasSize(2 + 1);
    }
}
