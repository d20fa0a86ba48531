package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {
    private final Summarizer summarizer = new Summarizer();

    @Test
    void tldrHasAtMostThreeOfTheArticlesOwnSentencesAndThreeToFivePoints() {
        String text = AiFixtures.text("ferry-article.txt");
        Summary s = summarizer.summarize("Night ferry to Vell restored", text);
        assertThat(s.tldr()).hasSizeBetween(1, 3);
        assertThat(s.points()).hasSizeBetween(3, 5);
        List<String> all = new ArrayList<>(s.tldr());
        all.addAll(s.points());
        for (String sentence : all) {
            assertThat(text).contains(sentence);
        }
        assertThat(s.tldr().getFirst()).startsWith("The Harbour Council voted");
        assertThat(s.points()).doesNotContainAnyElementsOf(s.tldr());
    }

    @Test
    void leavesOutBylinesCaptionsAdvertisementsAndReadMoreLinks() {
        Summary s = summarizer.summarize(null, AiFixtures.text("ferry-article.txt"));
        List<String> all = new ArrayList<>(s.tldr());
        all.addAll(s.points());
        assertThat(String.join("\n", all))
                .doesNotContain("By Marta")
                .doesNotContain("Published")
                .doesNotContain("Advertisement")
                .doesNotContain("Read more")
                .doesNotContain("Getty")
                .doesNotContain("pictured")
                .doesNotContain("Share this");
    }

    @Test
    void cleaningCutsWirePrefixesAndPhotoMarkers() {
        assertThat(CleanText.clean("LONDON (Reuters) - Prices rose.")).isEqualTo("Prices rose.");
        assertThat(CleanText.clean("(CNN) -- The vote passed.")).isEqualTo("The vote passed.");
        assertThat(CleanText.clean("The mayor (pictured) spoke to crowds.")).isEqualTo("The mayor spoke to crowds.");
        assertThat(CleanText.keep("Advertisement")).isFalse();
        assertThat(CleanText.keep("Read more: the whole story of the ferry")).isFalse();
        assertThat(CleanText.keep("By Jane Doe")).isFalse();
    }

    @Test
    void keyPointsSkipFragmentsOfAQuotationCutAtAFullStop() {
        assertThat(Summarizer.balanced("\"This is the club I supported as a boy."))
                .isFalse();
        assertThat(Summarizer.balanced("\"We listened,\" she said.")).isTrue();
    }

    @Test
    void aShortArticleRestatesItsTldrAsPointsAndAnEmptyOneHasNothing() {
        Summary s =
                summarizer.summarize(null, "The bridge reopened on Monday after repairs. Traffic returned at once.");
        assertThat(s.tldr()).hasSize(2);
        assertThat(s.points()).hasSize(2);
        assertThat(summarizer.summarize(null, "").isEmpty()).isTrue();
    }
}
