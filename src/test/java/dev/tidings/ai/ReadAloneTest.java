package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences that read alone as a key point or a story's claim, and those that lean on the one before. */
class ReadAloneTest {
    @Test
    void aSentenceThatLeansOnTheOneBeforeOrSpeaksAsICannotBeReadAlone() {
        assertThat(ReadAlone.pointsBack("Some had to be lifted out of upstairs windows."))
                .isTrue();
        assertThat(ReadAlone.pointsBack("Like someone running a bath in the hall."))
                .isTrue();
        assertThat(ReadAlone.pointsBack("Vesper Air's chief executive moved quickly to address those fears."))
                .isTrue();
        assertThat(ReadAlone.pointsBack("I kept thinking about him the whole of extra time."))
                .isTrue();
        assertThat(ReadAlone.pointsBack(
                        "For most Ardenians, Mattias Holm's \"The Lantern Keeper\" is the second kind."))
                .isTrue();
        assertThat(ReadAlone.pointsBack("The latter has never been tried in a cloud region of this size."))
                .isTrue();

        assertThat(ReadAlone.pointsBack("Some 38,000 people have left their homes since the spring."))
                .isFalse();
        assertThat(ReadAlone.pointsBack("Interest rates rose for the first time this year."))
                .isFalse();
        assertThat(ReadAlone.pointsBack("VTM-7 is the first kind of malaria vaccine made in Ardenia."))
                .isFalse();
        assertThat(ReadAlone.pointsBack("The former finance minister said the latter half of the year would be hard."))
                .isFalse();
        assertThat(ReadAlone.pointsBack("\"We will rebuild,\" the mayor said on Tuesday."))
                .isFalse();
    }

    @Test
    void aSentenceThatNamesSomeoneOnlyByAgeOrPronounOrSaysItOrThatCannotBeReadAlone() {
        assertThat(ReadAlone.standsAlone(
                        "\"I am not a brave man and I am not a political man,\" the 68-year-old said."))
                .isFalse();
        assertThat(ReadAlone.standsAlone("The 28-year-old crossed the line on Crown Parade in 2:09:41 to win."))
                .isFalse();
        assertThat(ReadAlone.standsAlone("By the time he began to chase, the gap was 20 seconds and growing."))
                .isFalse();
        assertThat(ReadAlone.standsAlone(
                        "If it is granted, the first large-scale vaccination campaigns could begin in 2028."))
                .isFalse();
        assertThat(ReadAlone.standsAlone("It plans to build a demonstration unit capable of processing a tonne a day."))
                .isFalse();
        assertThat(ReadAlone.standsAlone("That last decision says a good deal about the position the country is in."))
                .isFalse();
        assertThat(ReadAlone.standsAlone(
                        "Among them is Ragnar Dahlqvist, 74, who worked as the Palladium's projectionist."))
                .isFalse();
        assertThat(ReadAlone.standsAlone("The new production at the Royal Vesper Playhouse throws all of that out."))
                .isFalse();

        assertThat(ReadAlone.standsAlone("A 28-year-old man was arrested at the scene on Tuesday night, police said."))
                .isTrue();
        assertThat(ReadAlone.standsAlone("The 150-year-old bridge will close for repairs from the first of March."))
                .isTrue();
        assertThat(ReadAlone.standsAlone("If the talks fail, the union will strike for 48 hours from next Tuesday."))
                .isTrue();
        assertThat(ReadAlone.standsAlone("Ardenia's Amara Oduya is the fastest woman ever over 42.195km."))
                .isTrue();
    }

    @Test
    void aSentenceWhoseTimeIsToldFromTheOneBeforeCannotBeReadAlone() {
        for (String s : List.of(
                "Three days later the two governments have signed a 30-day ceasefire in the Saltmarsh.",
                "A week later the council reversed its decision.",
                "Hours later, police made an arrest.",
                "Later, the minister apologised.",
                "The next morning the bridge was closed to traffic.",
                "Shortly after, the power came back.")) {
            assertThat(ReadAlone.standsAlone(s)).as(s).isFalse();
        }
        assertThat(ReadAlone.standsAlone("Two days after the storm, the army was sent to Marrow Bay."))
                .isTrue();
        assertThat(ReadAlone.standsAlone("Shortly after midnight, thieves cut the painting from its frame."))
                .isTrue();
        assertThat(ReadAlone.standsAlone("Laterra Foods will close its plant in Tollen."))
                .isTrue();
    }

    @Test
    void aSentenceThatTellsWhatHappenedAlongsideOrSinceTheOneBeforeCannotBeReadAlone() {
        assertThat(ReadAlone.standsAlone(
                        "At the same time the river Vell rose to a record level after heavy rain in the hills."))
                .isFalse();
        assertThat(ReadAlone.standsAlone(
                        "Now it employs about 2,000 people, most of them in Northmark, and flies 3.2 million passengers"
                                + " a year."))
                .isFalse();
        assertThat(ReadAlone.standsAlone("Now there are several, and the newest may be the most effective yet."))
                .isFalse();
        assertThat(ReadAlone.standsAlone(
                        "Whether it changes the map of the disease will depend on budgets, factories and health"
                                + " workers far from Vesper."))
                .isFalse();

        assertThat(ReadAlone.standsAlone(
                        "In a Chamber of 225, that is close enough to make every minister feel slightly foolish."))
                .isFalse();
        assertThat(ReadAlone.standsAlone(
                        "Adjusted for the different group sizes, that is a reduction of 69.8 per cent."))
                .isFalse();
        assertThat(ReadAlone.standsAlone(
                        "For a typical variable-rate borrower, that means paying roughly 450 crowns a month more."))
                .isTrue();
        assertThat(ReadAlone.standsAlone(
                        "For most of the fourteen months of the study, their two home countries were at war."))
                .isFalse();
        assertThat(ReadAlone.standsAlone("In March, the council voted to close the old bridge to lorries."))
                .isTrue();

        assertThat(ReadAlone.standsAlone("Now the council wants the scheme extended to every district by 2028."))
                .isTrue();
        assertThat(ReadAlone.standsAlone("Since 2015, the festival has opened with a foreign film every year."))
                .isTrue();
        assertThat(ReadAlone.standsAlone("Whether the truce holds depends on the monitors reaching the line."))
                .isTrue();
    }

    @Test
    void aQuotationLeftOpenDoesNotSwallowTheRestOfTheText() {
        List<String> sentences = List.of("\"One.", "Two.", "Three.", "Four.", "Five.", "Six.");
        assertThat(ReadAlone.quotationsWhole(sentences)).isEqualTo(sentences);
        assertThat(ReadAlone.quotationsWhole(List.of("A.", "\u201cB.", "C,\u201d she said.", "D.")))
                .containsExactly("A.", "\u201cB. C,\u201d she said.", "D.");
    }
}
