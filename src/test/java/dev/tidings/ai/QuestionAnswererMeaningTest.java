package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.WordNet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Answers weighed by meaning too, with the real embedding model. */
class QuestionAnswererMeaningTest {
    private static Embedder embedder;
    private static QuestionAnswerer qa;

    private final List<Passage> outage = List.of(new Passage(
            "Circuit & Signal",
            "Outage",
            "At 07:42 this morning, engineers at Nimbus Cloud pushed a routine configuration update to the"
                    + " system that decides how traffic moves between servers inside its Vesper-1 region, the"
                    + " data centres that host a large share of Ardenia's online banking and payments."
                    + " Within four minutes, customers' applications began failing. Full"
                    + " service did not return until 13:51. Card terminals declined payments across the"
                    + " country. The company said affected customers would receive service credits under"
                    + " their contracts. Engineers restored access through a separate emergency network."
                    + " Nimbus chief executive Lukas Rennick apologised in a short video statement."));

    @BeforeAll
    static void loadModel() {
        embedder = Embedder.load(1);
        qa = new QuestionAnswerer(embedder::embedAll);
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    @Test
    void aQuestionInOtherWordsIsAnsweredByTheSentenceClosestInMeaning() {
        assertThat(new QuestionAnswerer()
                        .answer("Will customers be compensated?", outage)
                        .supported())
                .isFalse();
        Answer a = qa.answer("Will customers be compensated?", outage);
        assertThat(a.supported()).isTrue();
        assertThat(a.evidence())
                .extracting(Answer.Evidence::sentence)
                .singleElement()
                .asString()
                .contains("service credits");
        assertThat(a.evidence().getFirst().spans())
                .filteredOn(Answer.Span::match)
                .extracting(Answer.Span::text)
                .containsExactly("customers"); // the one word it shares with the question
    }

    @Test
    void aFigureBesideTwoOfTheQuestionsWordsSideBySideAnswersItHoweverLongTheSentence() {
        // "strike" is "stoppage" here, and the long sentence sits far from the short question in
        // meaning; "cost the economy" and a sum of money answer it all the same
        List<Passage> strike = List.of(new Passage(
                "Northwind Post",
                "Rail workers call nationwide strike",
                "Rail workers across Ardenia will strike for 48 hours from next Tuesday. The Ardenian Chamber of"
                        + " Industry said a two-day stoppage could cost the economy up to 150 million crowns in lost"
                        + " output and delayed deliveries. It would be the first national rail strike since 2016."));
        Answer a = qa.answer("How much could the strike cost the economy?", strike);
        assertThat(a.supported()).isTrue();
        assertThat(a.evidence())
                .extracting(Answer.Evidence::sentence)
                .singleElement()
                .asString()
                .contains("150 million crowns");
    }

    @Test
    void aTimeOrFigureGivenForTheOneWordAQuestionLooksForAnswersItHoweverLongTheSentence() {
        List<Passage> strike = List.of(new Passage(
                "Harbour Times",
                "Rail workers to strike next week",
                "Rail workers across Ardenia will strike for 48 hours from next Tuesday, their union said on Monday,"
                        + " after talks with the state operator Ardenian Railways broke down over pay and staffing on"
                        + " regional lines. The union represents around 21,000 drivers and signallers."));
        Answer a = new QuestionAnswerer(embedder::embedAll, 1, WordNet::shared)
                .answer("how long will the walkout last?", strike);
        assertThat(a.supported())
                .as("a walkout is a strike (WordNet), and 48 hours is how long")
                .isTrue();
        assertThat(a.evidence())
                .extracting(Answer.Evidence::sentence)
                .singleElement()
                .asString()
                .contains("for 48 hours");
    }

    @Test
    void someoneNamedBesideTheOneWordAWhoQuestionLooksForAnswersItHoweverLongTheSentence() {
        List<Passage> sacking = List.of(new Passage(
                "Field Gazette",
                "Vesper Ravens sack coach Larsen",
                "Vesper Ravens have sacked head coach Håkon Larsen after a 78-91 home defeat to Grenby Harbourmen on"
                        + " Sunday. Assistant coach Ruben Aydın will take charge on an interim basis, starting with"
                        + " Wednesday's trip to Northmark Wolves, the club said in a statement on Monday evening."));
        assertThat(quoted(qa.answer("who's taking over?", sacking)))
                .containsExactly(sacking.getFirst()
                        .text()
                        .substring(sacking.getFirst().text().indexOf("Assistant")));
    }

    @Test
    void whenTheTextDoesNotAnswerItsSentencesNearestTheQuestionAreShownAsSuch() {
        Answer a = qa.answer("Who said sorry?", outage);
        assertThat(a.supported())
                .as("no sentence shares a word with the question")
                .isFalse();
        assertThat(a.evidence()).isEmpty();
        assertThat(a.nearby())
                .extracting(Answer.Evidence::sentence)
                .containsExactly("Nimbus chief executive Lukas Rennick apologised in a short video statement.");
        assertThat(a.nearby().getFirst().outlet()).isEqualTo("Circuit & Signal");
        assertThat(qa.answer("What is the weather forecast for Vell?", outage).nearby())
                .as("nothing near a question on another subject")
                .isEmpty();
        assertThat(new QuestionAnswerer().answer("Who said sorry?", outage).nearby())
                .as("without a meaning function")
                .isEmpty();
        assertThat(qa.answer("Who is the chief executive?", outage).nearby())
                .as("an answer has no nearest sentences beside it")
                .isEmpty();
    }

    @Test
    void aQuestionOnlyItsKindAnswersIsShownTheNearestSentencesOfThatKind() {
        Answer a = qa.answer("How long did it last?", outage);
        assertThat(a.supported()).as("nothing of its own to look for").isFalse();
        assertThat(a.nearby())
                .extracting(Answer.Evidence::sentence)
                .containsExactly("Within four minutes, customers' applications began failing.");
    }

    @Test
    void aWhyQuestionIsShownWhatItAsksAboutAndTheSentenceAfterIt() {
        var breach = List.of(new Passage(
                "Circuit & Signal",
                "Hollis & Grant breach",
                "Attackers got in through a contractor's login. Once inside, the intruders ran a large number"
                        + " of small, unremarkable queries over eleven days, each pulling a few thousand records."
                        + " Individually the requests looked like the routine lookups a call centre makes all"
                        + " day. The retailer has reset every password and hired an outside firm."));
        Answer a = qa.answer("why didn't anyone notice them pulling data for eleven days", breach);
        assertThat(a.supported())
                .as("no sentence gives the reason in words a rule finds")
                .isFalse();
        assertThat(a.nearby())
                .extracting(Answer.Evidence::sentence)
                .containsExactly(
                        "Once inside, the intruders ran a large number of small, unremarkable queries over"
                                + " eleven days, each pulling a few thousand records.",
                        "Individually the requests looked like the routine lookups a call centre makes all day.");
    }

    @Test
    void aWhoQuestionIsAnsweredBySomeoneNamedWithEveryWordItAsksAboutHoweverFarInMeaning() {
        var results = List.of(new Passage(
                "Daily Ledger",
                "Halvorsen profit slides",
                "Halvorsen Markets reported a 14 per cent fall in operating profit on Tuesday. \"We made a"
                        + " deliberate choice to invest in lower prices, and we are seeing it work: customer"
                        + " numbers are up and our market share has stabilised,\" chief executive Annika"
                        + " Rosendahl told analysts on a conference call. Halvorsen will pay its dividend in May."));
        Answer a = qa.answer("who's in charge at Halvorsen?", results);
        assertThat(a.evidence())
                .extracting(Answer.Evidence::sentence)
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("chief executive Annika Rosendahl");
    }

    @Test
    void sentencesThatShareTheWordsButNotTheMeaningAreNoAnswer() {
        String asked = "Was the engineer who pushed the update fired?";
        assertThat(new QuestionAnswerer().answer(asked, outage).supported())
                .as("words alone")
                .isTrue();
        Answer a = qa.answer(asked, outage);
        assertThat(a.supported()).as("with meaning: %s", a.evidence()).isFalse();
    }

    @Test
    void aSentenceWithEveryWordOfAShortQuestionAnswersHoweverFarInMeaning() {
        Answer a = qa.answer("Who is the chief executive?", outage);
        assertThat(a.supported()).isTrue();
        assertThat(a.evidence().getFirst().sentence()).contains("Lukas Rennick");
    }

    @Test
    @Timeout(60) // without the slots the second question would wait for the first for ever
    void whileEverySlotForMeaningIsTakenQuestionsAreAnsweredByWordsAlone() throws Exception {
        var inside = new java.util.concurrent.CountDownLatch(1);
        var leave = new java.util.concurrent.CountDownLatch(1);
        QuestionAnswerer oneSlot = new QuestionAnswerer(
                texts -> {
                    inside.countDown();
                    try {
                        leave.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return embedder.embedAll(texts);
                },
                1);
        Thread first = Thread.ofPlatform().start(() -> oneSlot.answer("Will customers be compensated?", outage));
        inside.await();
        String asked = "Was the engineer who pushed the update fired?";
        assertThat(oneSlot.answer(asked, outage).supported())
                .as("answered by words, as without meaning")
                .isTrue();
        assertThat(oneSlot.answer("Will customers be compensated?", outage).supported())
                .isFalse();
        leave.countDown();
        first.join();
        assertThat(oneSlot.answer(asked, outage).supported())
                .as("the slot is free again")
                .isFalse();
    }

    @Test
    void aQuestionNothingIsCloseToStillGetsNoAnswer() {
        assertThat(qa.answer("What shoes did the chief executive wear?", outage).supported())
                .isFalse();
    }

    @Test
    void answersFoundByTheirWordsStand() {
        Answer a = qa.answer("When did full service return?", outage);
        assertThat(a.supported()).isTrue();
        assertThat(a.evidence().getFirst().sentence()).contains("13:51");
    }

    @Test
    void aCountOfWhatWasAskedStandsHoweverFarInMeaningWhenTheRestIsSaidOrIsTheHeadlines() {
        var results = List.of(new Passage(
                "Daily Ledger",
                "Halvorsen Markets profit slides 14% as price war with discounters bites",
                "Halvorsen Markets, Ardenia's largest grocery retailer, reported a 14 per cent fall in quarterly"
                        + " operating profit on Tuesday as price cuts ate into its margins. Revenue rose 3.1 per"
                        + " cent to 4.8 billion crowns. The group is also cutting around 300 head-office jobs as"
                        + " part of a plan to save 400 million crowns a year by 2026. Shares fell 6.2 per cent."));
        assertThat(quoted(qa.answer("how many jobs is halvorsen cutting", results)))
                .as("'the group' is the headline's Halvorsen")
                .containsExactly("The group is also cutting around 300 head-office jobs as part of a plan to save"
                        + " 400 million crowns a year by 2026.");
        var chamber = List.of(new Passage(
                "Civic Voice",
                "Votes at sixteen: say it like you mean it",
                "The government wants to lower the voting age to 16. The voting age is written into Article 31 of"
                        + " the constitution, and changing it requires a two-thirds majority of the Chamber: 150 of"
                        + " its 225 members. The opposition has not said how it will vote."));
        assertThat(quoted(qa.answer("how many MPs would have to back the change?", chamber)))
                .as("the members counted are the MPs asked about")
                .containsExactly("The voting age is written into Article 31 of the constitution, and changing it"
                        + " requires a two-thirds majority of the Chamber: 150 of its 225 members.");
    }

    @Test
    void aWordOfLikeMeaningForWhatIsCountedAnswersOnlyWithAFigureCountingIt() {
        var rates = List.of(new Passage(
                "Northwind Post",
                "Rate rise squeezes Northmark",
                "The central bank raised its rate to 4.75 per cent. For households in Northmark, where house"
                        + " prices are lower and loans smaller, the monthly increase is modest, with incomes 12 per"
                        + " cent below the national average. Lenders will pass the rise on next month."));
        Answer a = new QuestionAnswerer(embedder::embedAll, 1, WordNet::shared)
                .answer("how many northmark homeowners have variable mortgages?", rates);
        assertThat(a.supported())
                .as("households are named, but no figure counts them: %s", a.evidence())
                .isFalse();
    }

    @Test
    void aShortSentenceHoldingWhatAYesOrNoQuestionAsksAboutAnswersItHoweverFarInMeaning() {
        var flood = List.of(new Passage(
                "Harbour Times",
                "Soldiers sent to Marrow Bay",
                "Soldiers were sent to Marrow Bay after the flood forced 4,000 people from their homes. The flood"
                        + " began before dawn, when the surge overtopped the sea wall. Two people were reported"
                        + " missing overnight, and a coastguard search was continuing in the harbour. There were no"
                        + " confirmed deaths by late morning. The flood water reached the first floor of houses on"
                        + " Tannery Lane, and the power was cut across the Lower Quay as a precaution."));
        var withWordNet = new QuestionAnswerer(embedder::embedAll, 1, WordNet::shared);
        assertThat(quoted(withWordNet.answer("has anyone died in the floods?", flood)))
                .as("'the floods' are the report's subject; 'deaths' is of the family of 'died'")
                .containsExactly("There were no confirmed deaths by late morning.");
        assertThat(withWordNet
                        .answer("has anyone been arrested over the floods?", flood)
                        .supported())
                .isFalse();
        var plant = List.of(new Passage(
                "Daily Ledger",
                "Battery factory for Haldor",
                "Kestrel Cells, the battery start-up, said on Monday it would build a cell factory in Haldor."
                        + " The plant is due to employ 1,800 people. Construction is expected to begin next"
                        + " spring, subject to environmental approval."));
        assertThat(quoted(withWordNet.answer("have they started building it yet", plant)))
                .as("a start-up is not a start")
                .doesNotContain("Kestrel Cells, the battery start-up, said on Monday it would build a cell factory in"
                        + " Haldor.");
    }

    @Test
    void aSubheadingThatAsksTheQuestionInOtherWordsIsAnsweredFromItsSection() {
        var explainer = List.of(new Passage(
                "Circuit & Signal",
                "How the digital ID will work",
                "The app will let residents store a verified copy of their identity card on a phone.\n\n"
                        + "What exactly is stored on the phone?\n\n"
                        + "A set of signed statements about you: your name, your date of birth, your photo.\n\n"
                        + "Can the government see where I use it?\n\n"
                        + "According to the agency, no. Verification happens between your phone and the"
                        + " verifier's device, and the agency is not contacted each time you show it. Lost"
                        + " phones are handled through a published list.\n\n"
                        + "What happens next?\n\n"
                        + "Enrolment opens to everyone on 15 January."));
        assertThat(quoted(qa.answer("will the state be able to track where i show my digital id?", explainer)))
                .first()
                .asString()
                .startsWith("According to the agency, no.")
                .contains("the agency is not contacted each time you show it");
        assertThat(new QuestionAnswerer()
                        .answer("will the state be able to track where i show my digital id?", explainer)
                        .supported())
                .as("by words alone, the subheading does not ask it")
                .isFalse();
    }

    @Test
    void aYesOrNoQuestionIsAnsweredByMeaningAloneOnlyWhenTheNearestSentenceStandsWellApart() {
        var startUp = List.of(new Passage(
                "Metro Wire",
                "Lumen Route raises 40 million",
                "Vesper start-up Lumen Route has raised 40 million crowns to grow its software that plans routes"
                        + " for delivery vans. The round was led by the venture firm Halcyon North. Lumen Route's"
                        + " software recalculates delivery routes every few minutes using live traffic, parking"
                        + " availability and promised delivery windows. The company, founded in 2021, has 45 staff."
                        + " The company did not disclose its valuation."));
        assertThat(qa.answer("Is Lumen Route profitable?", startUp).supported())
                .as("near in meaning by its name, but it does not say")
                .isFalse();
    }

    private static List<String> quoted(Answer a) {
        return a.evidence().stream().map(Answer.Evidence::sentence).toList();
    }
}
