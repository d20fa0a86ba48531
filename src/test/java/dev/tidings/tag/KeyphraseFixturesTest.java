package dev.tidings.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Our own small articles with keyphrases we assigned by hand, scored as the evaluation scores. */
class KeyphraseFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/dev/tidings/tag/keyphrase-fixtures.jsonl");

    @Test
    void findsTheHandAssignedKeyphrasesOfTheFixtures() throws Exception {
        var summary = HashtagEval.standard().evaluate(FIXTURES, null);
        assertThat(summary.documents()).isEqualTo(3);
        assertThat(summary.f1At10()).isGreaterThan(0.35);
    }

    @Test
    void keyphrasesAreRankedPlainLowercaseWordsWithoutDuplicates() {
        var result = Hashtagger.standard()
                .tagAlone(
                        "Tanker runs aground off Kelby Point, spilling crude oil into the bay",
                        "A tanker carrying crude oil ran aground on a reef off Kelby Point on Tuesday. The oil spill spread"
                                + " across the bay. Crews fought the oil spill all night; the crude oil reached the"
                                + " wetlands. Halden Shipping owns the tanker. The oil spill is the worst in years.");
        assertThat(result.keyphrases()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(result.keyphrases().subList(0, 5)).contains("oil spill", "crude oil", "kelby point");
        assertThat(result.keyphrases()).allMatch(k -> k.matches("[\\p{Ll}\\p{N} ]+"));
        assertThat(result.keyphrases().stream().map(Texts::stemmedKey).distinct())
                .hasSameSizeAs(result.keyphrases());
    }

    @Test
    void aHeadlineVerbAfterANounIsNotPartOfAPhrase() {
        var result = Hashtagger.standard()
                .tagAlone(
                        "Dredgers uncover 3,000-year-old boat in the bed of the Vell",
                        "Dredgers working on the river Vell near Tollen have raised a dugout canoe carved from a single"
                                + " oak. The dredgers stopped work when the bucket brought up wood. Archaeologists say"
                                + " the dugout canoe is the oldest boat found in the country. The dredgers will resume"
                                + " next week, and the canoe goes to Tollen for conservation.");
        assertThat(result.keyphrases()).contains("dredgers", "dugout canoe");
        assertThat(result.keyphrases()).noneMatch(k -> k.contains("uncover"));
        assertThat(result.hashtags()).doesNotContain("DredgersUncover");
    }

    @Test
    void scoresByExactMatchAfterStemming() {
        var gold = java.util.Set.of(Texts.stemmedKey("Oil Spills"), Texts.stemmedKey("Exxon Valdez"));
        double[] prf = HashtagEval.score(java.util.List.of("oil spill", "exxon-valdez", "tanker", "oil"), gold);
        assertThat(prf[0]).isEqualTo(0.5);
        assertThat(prf[1]).isEqualTo(1.0);
        assertThat(prf[2]).isCloseTo(2 * 0.5 / 1.5, org.assertj.core.data.Offset.offset(1e-9));
    }
}
