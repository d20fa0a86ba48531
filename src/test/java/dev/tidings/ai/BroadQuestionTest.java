package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BroadQuestionTest {
    private final QuestionAnswerer qa = new QuestionAnswerer();

    private static List<Passage> one(String text) {
        return List.of(new Passage("Field Gazette", "Rovers lift the cup", text));
    }

    private static List<String> quoted(Answer a) {
        return a.evidence().stream().map(Answer.Evidence::sentence).toList();
    }

    private static BroadQuestion kindOf(String question) {
        return BroadQuestion.of(QuestionKind.plain(question.toLowerCase(Locale.ROOT)))
                .map(BroadQuestion.Asked::kind)
                .orElse(null);
    }

    @Test
    void readersBroadQuestionsAreKnownByTheirKindAndSpecificOnesAreLeftToTheOtherRules() {
        assertThat(kindOf("so what happens next?")).isEqualTo(BroadQuestion.NEXT);
        assertThat(kindOf("whats next for the deal")).isEqualTo(BroadQuestion.NEXT);
        assertThat(kindOf("what now")).isEqualTo(BroadQuestion.NEXT);
        assertThat(kindOf("how did people react?")).isEqualTo(BroadQuestion.REACTION);
        assertThat(kindOf("what's the opposition saying")).isEqualTo(BroadQuestion.REACTION);
        assertThat(kindOf("is anyone against it?")).isEqualTo(BroadQuestion.AGAINST);
        assertThat(kindOf("did anyone object to the plan")).isEqualTo(BroadQuestion.AGAINST);
        assertThat(kindOf("whose fault was it")).isEqualTo(BroadQuestion.BLAME);
        assertThat(kindOf("why does it matter?")).isEqualTo(BroadQuestion.MATTERS);
        assertThat(kindOf("any downsides?")).isEqualTo(BroadQuestion.RISKS);
        assertThat(kindOf("has this happened before")).isEqualTo(BroadQuestion.BACKGROUND);
        assertThat(kindOf("who is she, what's her background?")).isEqualTo(BroadQuestion.BIOGRAPHY);
        assertThat(kindOf("what does it mean for renters?")).isEqualTo(BroadQuestion.AFFECTED);
        assertThat(kindOf("who was hit hardest?")).isEqualTo(BroadQuestion.HARDEST_HIT);
        assertThat(kindOf("how can I help?")).isEqualTo(BroadQuestion.HELP);
        assertThat(kindOf("what are the police doing?")).isEqualTo(BroadQuestion.ACTION);
        assertThat(kindOf("i live in marrow bay, what should i do")).isEqualTo(BroadQuestion.ADVICE);
        assertThat(kindOf("where does the deal go from here")).isEqualTo(BroadQuestion.NEXT);
        assertThat(kindOf("how did the fighting start in the first place")).isEqualTo(BroadQuestion.BACKGROUND);
        assertThat(kindOf("how did Castlegate react?")).isEqualTo(BroadQuestion.REACTION);
        // a thing of its own, or someone the question names, is for the specific rules
        assertThat(kindOf("what are the side effects?")).isNull();
        assertThat(kindOf("what did Marsh say after the vote?")).isNull();
        assertThat(kindOf("what is Halvorsen doing about it?")).isNull();
        assertThat(kindOf("when does the ban start?")).isNull();
    }

    @Test
    void howThePeopleOfAPlaceReactedIsTheSentenceOnThePlaceThatTellsIt() {
        var plant = List.of(new Passage(
                "Daily Ledger",
                "Kestrel picks Haldor",
                "Kestrel Cells will build a cell factory in the Northmark town of Haldor. Investors welcomed the"
                        + " plan and the shares rose. In Haldor, where unemployment is twice the national rate, the"
                        + " news was greeted with cautious relief."));
        assertThat(quoted(qa.answer("how did people in haldor react", plant)))
                .as("not the investors' reaction")
                .containsExactly("In Haldor, where unemployment is twice the national rate, the news was greeted with"
                        + " cautious relief.");
    }

    @Test
    void whatHappensNextIsAStepStillToComeNotTheFirstTrophyInYears() {
        var report = one("Riverton Rovers won the Continental Cup in extra time on Saturday. It is the club's"
                + " first major trophy in 41 years. Haugen scored the winner with four minutes left. The team"
                + " will parade the cup through the town on Tuesday afternoon, and the club's next match is at"
                + " home to Tollen on Saturday.");
        Answer a = qa.answer("what happens next?", report);
        assertThat(a.supported()).isTrue();
        assertThat(quoted(a))
                .containsExactly("The team will parade the cup through the town on Tuesday afternoon,"
                        + " and the club's next match is at home to Tollen on Saturday.");
        var none = one("Riverton Rovers won the Continental Cup in extra time on Saturday. It is the club's"
                + " first major trophy in 41 years. Haugen scored the winner with four minutes left.");
        assertThat(qa.answer("what's next for them?", none).supported())
                .as("a report that tells no step to come does not say what comes next")
                .isFalse();
    }

    @Test
    void aGroupReactsInItsOwnWordsNotInTheWordsOfSomeoneWhoThankedIt() {
        var thanked = one("The Vesper Ravens sacked their coach, Hakon Larsen, on Monday after a seventh straight"
                + " defeat. Larsen thanked the fans in a short statement. Assistant coach Ruben Aydin takes"
                + " charge for Friday's game.");
        assertThat(qa.answer("how have the fans reacted?", thanked).supported())
                .as("the fans were thanked; they did not react")
                .isFalse();
        var booed = one("The Vesper Ravens sacked their coach, Hakon Larsen, on Monday after a seventh straight"
                + " defeat. Fans had booed the team off the court on Saturday night. Assistant coach Ruben"
                + " Aydin takes charge for Friday's game.");
        assertThat(quoted(qa.answer("how have the fans reacted?", booed)))
                .containsExactly("Fans had booed the team off the court on Saturday night.");
    }

    @Test
    void aGroupNamedInOneSentenceSpeaksForItselfInTheNext() {
        var rates = one("The Bank of Ardenia raised its main rate to 4.75 per cent on Thursday. The opposition"
                + " was unconvinced. Its finance spokesman, Ivo Marr, said ministers had \"left the bank to do"
                + " all the heavy lifting\". Lenders are expected to pass the rise on within weeks.");
        Answer a = qa.answer("what's the opposition saying?", rates);
        assertThat(quoted(a))
                .containsExactly("Its finance spokesman, Ivo Marr, said ministers had \"left the bank to do all the"
                        + " heavy lifting\".");
    }

    @Test
    void aQuoteAfterASentenceNamingTheGroupIsNotItsReactionUnlessItGoesOnFromIt() {
        var ferry = one("Ingrid Aalund, a ferry mechanic, has qualified for the national open-water championships."
                + " Her colleagues on the ferry have started a collection for her travel. \"I have never swum in"
                + " a wetsuit in my life,\" she said.");
        assertThat(qa.answer("how did her workmates react?", ferry).supported())
                .as("her own words, after a sentence on her colleagues")
                .isFalse();
        var rates = one("The Bank of Ardenia raised its main rate to 4.75 per cent on Thursday. The opposition"
                + " was unconvinced. Greta Lindberg, National Renewal's economy spokeswoman, said the government"
                + " had left the bank to do the work.");
        assertThat(quoted(qa.answer("what's the opposition saying?", rates)))
                .containsExactly("Greta Lindberg, National Renewal's economy spokeswoman, said the government had left"
                        + " the bank to do the work.");
    }

    @Test
    void whatToDoIsAnsweredByTheAdviceTheReportGives() {
        var breach = one("Hollis & Grant said attackers had copied the names and addresses of 3.1 million"
                + " customers. The company's shares fell 8 per cent. Never give anyone a full card number or a"
                + " one-time passcode over the phone. Its stores stay open as usual.");
        assertThat(quoted(qa.answer("i shop there, what should i do?", breach)))
                .containsExactly("Never give anyone a full card number or a one-time passcode over the phone.");
        var shares = one("Hollis & Grant said attackers had copied the names and addresses of 3.1 million"
                + " customers. The company's shares fell 8 per cent.");
        assertThat(qa.answer("i shop there, what should i do?", shares).supported())
                .isFalse();
    }

    @Test
    void aBroadQuestionNoSentenceDoesTheJobOfIsNotAnsweredFromSentencesThatDoAnother() {
        var opening = one("The National Museum reopened in Vesper on Saturday after a five-year renovation."
                + " Its glass roof filters sunlight so that the objects around the hall come to no harm, and"
                + " the hall can be used for concerts. Entry is free"
                + " for the opening weekend.");
        assertThat(qa.answer("is anyone unhappy about it?", opening).supported())
                .isFalse();
        assertThat(qa.answer("any downsides?", opening).supported()).isFalse();
        assertThat(qa.answer("whose fault is it?", opening).supported()).isFalse();
    }

    @Test
    void aSectionHeadedWithTheQuestionIsReadForTheSentencesThatAnswerItNotOnlyItsOpening() {
        var ruling = one("The Constitutional Court struck down the data-retention law on Monday.\n\n"
                + "What happens next\n\n"
                + "The ruling cannot be appealed. Telecoms firms welcomed the clarity. The justice ministry's"
                + " draft of a narrower law is expected to reach parliament in the autumn.");
        assertThat(quoted(qa.answer("What happens next?", ruling)))
                .containsExactly("The justice ministry's draft of a narrower law is expected to reach parliament in"
                        + " the autumn.");
    }

    @Test
    void whenTheArticleTellsNoNextStepItsStorysOtherCoverageMay() {
        var article = new Passage(
                "Metro Wire",
                "Truce signed",
                "Ardenia and Velmora signed a 30-day truce at dawn. The guns fell silent across the Saltmarsh.");
        var other = new Passage(
                "Harbour Times",
                "Ceasefire agreed",
                "The two governments agreed a ceasefire after three days of talks. Negotiations on a longer"
                        + " arrangement are due to resume in Port Caldera in two weeks.");
        var analyst = new Passage(
                "Daily Ledger",
                "Shares slide",
                "The company's shares fell 8 per cent. \"The number matters because it sets the ceiling for"
                        + " negotiations,\" said an analyst.");
        assertThat(qa.answer("whose fault was it?", List.of(article, analyst)).supported())
                .as("another outlet's reason for something else is no fault")
                .isFalse();
        Answer a = qa.answer("what now?", List.of(article, other));
        assertThat(a.evidence())
                .extracting(Answer.Evidence::outlet, Answer.Evidence::sentence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Harbour Times",
                        "Negotiations on a longer arrangement are due to resume in Port Caldera in two weeks."));
    }
}
