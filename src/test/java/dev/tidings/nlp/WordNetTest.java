package dev.tidings.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words of like meaning, read from WordNet's own files. */
class WordNetTest {
    private final WordNet wn = WordNet.shared();

    @Test
    void aWordIsFoundByItsBaseFormAndGivesTheOtherWordsOfItsFirstSenses() {
        assertThat(wn.alike("children", 2))
                .as("an irregular plural, by the exception list")
                .contains("child", "kid", "youngster");
        assertThat(wn.alike("stolen", 2)).as("an irregular past participle").contains("steal");
        assertThat(wn.alike("asking", 2)).as("a suffix rule").contains("ask", "request");
        assertThat(wn.alike("compensated", 2)).contains("recompense", "indemnify");
    }

    @Test
    void aWordsIrregularFormsAreFoundFromAnyOfItsForms() {
        assertThat(wn.forms("buy")).contains("bought").doesNotContain("buy");
        assertThat(wn.forms("bought")).contains("buy");
        assertThat(wn.forms("fall")).contains("fell", "fallen");
        assertThat(wn.forms("child")).contains("children");
        assertThat(wn.forms("walked")).containsExactly("walk");
        assertThat(wn.forms("qwzx")).isEmpty();
    }

    @Test
    void aNounAlsoGivesWhatItsFirstSenseIsAKindOf() {
        assertThat(wn.alike("walkout", 2)).containsExactly("walkout", "strike");
        assertThat(wn.alike("houses", 2)).contains("home", "dwelling");
    }

    @Test
    void wordsOfSeveralWordsAreLeftOutAndAnUnknownWordHasNone() {
        assertThat(wn.alike("discount", 2)).contains("deduction").noneMatch(w -> w.contains("_") || w.contains(" "));
        assertThat(wn.alike("skynorth", 2)).isEmpty();
        assertThat(wn.alike("", 2)).isEmpty();
        assertThat(wn.alike("zzzz'", 2)).isEmpty();
    }

    @Test
    void aWordsFamilyIsFoundByTheDerivationalLinksFromThatVeryWord() {
        assertThat(wn.family("react", 2)).contains("reaction");
        assertThat(wn.family("reaction", 2)).contains("react");
        assertThat(wn.family("decisions", 2)).contains("decide");
        assertThat(wn.family("compensated", 2)).contains("compensation");
        assertThat(wn.family("react", 2))
                .as("only the linked words, not every word of their senses")
                .doesNotContain("response", "respond");
        assertThat(wn.family("skynorth", 2)).isEmpty();
        assertThat(wn.family("", 2)).isEmpty();
    }

    @Test
    void aNounWhoseFirstSenseIsAPersonOrAGroupNamesPeople() {
        assertThat(List.of("volunteers", "champion", "council", "police", "Architect"))
                .allMatch(wn::namesPeople);
        assertThat(List.of("festival", "days", "roof", "ran", "he", "skynorth", ""))
                .noneMatch(wn::namesPeople);
    }

    @Test
    void aVerbGivesThePeopleNamedForDoingIt() {
        assertThat(wn.doers("leads", 2)).contains("leader");
        assertThat(wn.doers("founded", 2)).contains("founder");
        assertThat(wn.doers("painted", 2)).containsExactly("painter");
        assertThat(wn.doers("festival", 2)).isEmpty();
        assertThat(wn.doers("", 2)).isEmpty();
    }

    @Test
    void anyStringAtAllIsLookedUpWithoutFailing() {
        var random = new java.util.Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyz'-_ .(0é\u00a0\n";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(wn.alike(w.toString(), 3)).isNotNull();
            wn.namesPeople(w.toString());
            wn.doers(w.toString(), 2);
        }
        assertThat(wn.alike("a".repeat(100_000), 2)).isEmpty();
    }
}
