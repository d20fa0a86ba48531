package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PolarQuestionTest {
    private final QuestionAnswerer qa = new QuestionAnswerer();

    private static PolarQuestion kindOf(String question) {
        return PolarQuestion.of(QuestionKind.plain(question.toLowerCase(Locale.ROOT)))
                .map(PolarQuestion.Asked::kind)
                .orElse(null);
    }

    private static List<String> quoted(Answer a) {
        return a.evidence().stream().map(Answer.Evidence::sentence).toList();
    }

    @Test
    void yesOrNoQuestionsAnsweredInAFormOfTheirOwnAreKnownByTheirKind() {
        assertThat(kindOf("are there cheap seats for young people?")).isEqualTo(PolarQuestion.PRICE);
        assertThat(kindOf("is it free to get in")).isEqualTo(PolarQuestion.PRICE);
        assertThat(kindOf("Is the app free or do you have to pay for it?")).isEqualTo(PolarQuestion.PRICE);
        assertThat(kindOf("is there a discount for students")).isEqualTo(PolarQuestion.PRICE);
        assertThat(kindOf("was the council vote close?")).isEqualTo(PolarQuestion.TALLY);
        assertThat(kindOf("was it unanimous")).isEqualTo(PolarQuestion.TALLY);
        assertThat(kindOf("did all the judges agree?")).isEqualTo(PolarQuestion.TALLY);
        assertThat(kindOf("is anyone losing their job?")).isEqualTo(PolarQuestion.JOBS_CUT);
        assertThat(kindOf("are they laying people off?")).isEqualTo(PolarQuestion.JOBS_CUT);

        assertThat(kindOf("will oranges get pricier?")).as("a change in price").isNull();
        assertThat(kindOf("will fares go up")).isNull();
        assertThat(kindOf("was the race close?")).as("no vote to tally").isNull();
        assertThat(kindOf("has the court agreed to hear the appeal?"))
                .as("agreeing to something")
                .isNull();
        assertThat(kindOf("was it Ardenia that got both sides to agree?")).isNull();
        assertThat(kindOf("how much are the tickets?"))
                .as("not a yes-or-no question")
                .isNull();
        assertThat(kindOf("is the museum open on Sundays?")).isNull();
    }

    @Test
    void aSentenceShowsTheKindsAnswerOnlyInItsForm() {
        assertThat(PolarQuestion.PRICE.shows("Tickets from 180 crowns, with 40-crown seats for under-26s."))
                .isTrue();
        assertThat(PolarQuestion.PRICE.shows("Entry to the courtyard will be free permanently."))
                .isTrue();
        assertThat(PolarQuestion.PRICE.shows("It has step-free access to every gallery."))
                .isFalse();
        assertThat(PolarQuestion.PRICE.shows("The reopening has not been free of controversy."))
                .isFalse();

        assertThat(PolarQuestion.TALLY.shows("In a 7–2 decision, the judges struck the law down."))
                .isTrue();
        assertThat(PolarQuestion.TALLY.shows("The confidence vote, after a nine-hour debate, went 114 to 109."))
                .isTrue();
        assertThat(PolarQuestion.TALLY.shows("Six of the nine members of the committee voted for the increase."))
                .isTrue();
        assertThat(PolarQuestion.TALLY.shows("The Chamber divided 114 to 109, with two abstentions."))
                .isTrue();
        assertThat(PolarQuestion.TALLY.shows("Shares rose 29 to 46 crowns."))
                .as("no vote")
                .isFalse();

        assertThat(PolarQuestion.JOBS_CUT.shows("The group is also cutting around 300 head-office jobs."))
                .isTrue();
        assertThat(PolarQuestion.JOBS_CUT.shows("The move puts 230 jobs at risk."))
                .isTrue();
        assertThat(PolarQuestion.JOBS_CUT.shows("The plant will create 1,800 jobs."))
                .isFalse();
    }

    @Test
    void peopleOfAnAgeAreNamedByTheirAgeLimit() {
        var young = AgeGroup.in("are there cheap seats for young people?").orElseThrow();
        assertThat(young.words()).isEqualTo("young people");
        assertThat(young.namedIn("Tickets from 180 crowns, with 40-crown seats for under-26s."))
                .isTrue();
        assertThat(young.namedIn("Tickets from 180 crowns for adults.")).isFalse();
        var old = AgeGroup.in("is it free for pensioners?").orElseThrow();
        assertThat(old.namedIn("Admission is free for over-65s on Mondays.")).isTrue();
        assertThat(AgeGroup.in("is it free to get in?")).isEmpty();
    }

    @Test
    void aPriceAnswersWhetherItIsCheapAndNamesTheYoungByTheirAgeLimit() {
        var review = List.of(new Passage(
                "Civic Voice",
                "The Winter Orchard",
                "The Royal Playhouse has staged the play with a cast of eleven. The seats in the upper circle"
                        + " are hard and the view is poor. The Winter Orchard runs until 14 March. Tickets from 180"
                        + " crowns, with 40-crown seats for under-26s at every performance."));
        assertThat(quoted(qa.answer("are there cheap seats for young people?", review)))
                .containsExactly("Tickets from 180 crowns, with 40-crown seats for under-26s at every performance.");
        assertThat(quoted(qa.answer("is there a discount for pensioners?", review)))
                .as("no sentence names the old, and a price for the young is none for them")
                .isEmpty();
    }

    @Test
    void whetherItIsFreeIsAnsweredByWhatEntryCostsNotByOtherFreedoms() {
        var museum = List.of(new Passage(
                "Harbour Times",
                "National Museum reopens",
                "The museum reopens with step-free access to every gallery. The reopening has not been free of"
                        + " controversy. Entry to the permanent collection is free for the opening weekend and will"
                        + " then cost 120 crowns for adults. The director thanked the builders."));
        assertThat(quoted(qa.answer("is it free to get in", museum)))
                .containsExactly("Entry to the permanent collection is free for the opening weekend and will"
                        + " then cost 120 crowns for adults.");
    }

    @Test
    void aTallyAnswersWhetherAVoteWasCloseOrUnanimous() {
        var council = List.of(new Passage(
                "Metro Wire",
                "Old town car ban",
                "Private cars will be banned from the old town from April after the city council voted 31 to 22"
                        + " to approve the plan. The vote followed two years of consultation. Traders say the"
                        + " council did not listen to them."));
        assertThat(quoted(qa.answer("was the council vote close?", council)))
                .containsExactly("Private cars will be banned from the old town from April after the city council"
                        + " voted 31 to 22 to approve the plan.");
        var bank = List.of(new Passage(
                "Daily Ledger",
                "Rate rise",
                "The Bank of Ardenia raised its main rate to 4.75 per cent. Six of the nine members of the"
                        + " monetary policy committee voted for the increase. The next decision is due in six"
                        + " weeks."));
        assertThat(quoted(qa.answer("was it unanimous?", bank)))
                .containsExactly("Six of the nine members of the monetary policy committee voted for the increase.");
    }

    @Test
    void jobsCutAnswerWhetherAnyoneIsLosingTheirJob() {
        var grocer = List.of(new Passage(
                "Daily Ledger",
                "Halvorsen profit falls",
                "Halvorsen Markets reported a 14 per cent fall in profit. The group is also cutting around 300"
                        + " head-office jobs as part of a plan to save money. Its shares fell 4 per cent."));
        assertThat(quoted(qa.answer("is anyone losing their job?", grocer)))
                .containsExactly(
                        "The group is also cutting around 300 head-office jobs as part of a plan to save" + " money.");
    }

    @Test
    void theJobsAQuestionAsksAboutMustBeNamedOnlyLosingThemMayBeToldOtherwise() {
        var brewery = List.of(new Passage(
                "Daily Ledger",
                "Oldmere to close Vesper brewery",
                "Oldmere will close its Vesper brewery next year. The move puts 230 jobs at risk, although Oldmere"
                        + " said it expected to offer around 90 positions at Tollen. The Food and Allied Workers'"
                        + " Union said it would seek talks on redundancy terms."));
        assertThat(quoted(qa.answer("will all the workers lose their jobs?", brewery)))
                .contains("The move puts 230 jobs at risk, although Oldmere said it expected to offer around 90"
                        + " positions at Tollen.");
    }
}
