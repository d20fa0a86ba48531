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
    void anAnswerIsNeverChosenWithoutTheQuestionBeforeIt() {
        List<String> sentences = List.of(
                "Couldn't pay for your coffee this morning?",
                "Blame a bad settings update at Nimbus Cloud.",
                "Nimbus Cloud says everything is working again after an outage of around six hours.",
                "The problems started just before 8am, when card machines began declining payments.");
        TldrChooser.Head head = TldrChooser.head(sentences, sentences.size());
        assertThat(TldrChooser.answersAnAbsentQuestion(head, new int[] {1, 2})).isTrue();
        assertThat(TldrChooser.answersAnAbsentQuestion(head, new int[] {0, 1, 2}))
                .isFalse();
        assertThat(TldrChooser.answersAnAbsentQuestion(head, new int[] {2, 3})).isFalse();

        TreeSet<Integer> chosen = TldrChooser.choose(sentences, scorer.features(sentences, ""));
        assertThat(chosen.contains(1)).as("the answer only with its question").isEqualTo(chosen.contains(0));
    }

    @Test
    void candidateSetsAreAllSetsOfOneToThreeEligibleSentences() {
        assertThat(TldrChooser.subsets(new boolean[] {true, true, true, true})).hasSize(4 + 6 + 4);
        assertThat(TldrChooser.subsets(new boolean[] {true, false, true})).hasSize(2 + 1);
    }

    @Test
    void aSentenceThatRestatesAnotherIsNotChosenWithIt() {
        // the demo's transfer story: its standfirst, then the opening sentence saying it again
        List<String> sentences = List.of(
                "Northmark United's 22-year-old striker joins for 38 million crowns, the biggest fee ever paid"
                        + " between two Ardenian clubs.",
                "Vesper Athletic have signed striker Milo Ferreira-Lund from Northmark United for 38 million"
                        + " crowns, a record fee between two Ardenian clubs.",
                "The 22-year-old has signed a five-year contract and will wear the number nine shirt.",
                "He scored 19 league goals last season, second only to Athletic's own departing captain.",
                "\"This is the club I supported as a boy. I'm not here to fill a gap, I'm here to win titles,\""
                        + " Ferreira-Lund said at the unveiling.",
                "The previous domestic record was 29 million crowns, paid by Athletic for a midfielder in 2021.");
        TldrChooser.Head head = TldrChooser.head(sentences, sentences.size());
        assertThat(head.overlap()[0][1]).isGreaterThanOrEqualTo(TldrChooser.RESTATES);
        assertThat(TldrChooser.restates(head, new int[] {0, 1, 2}, TldrChooser.RESTATES))
                .isTrue();
        assertThat(TldrChooser.restates(head, new int[] {0, 2, 5}, TldrChooser.RESTATES))
                .isFalse();
        TreeSet<Integer> chosen = TldrChooser.choose(sentences, scorer.features(sentences, ""));
        assertThat(chosen).isNotEmpty();
        assertThat(chosen.contains(0) && chosen.contains(1))
                .as("the opening and its restatement together: %s", chosen)
                .isFalse();
    }
}
