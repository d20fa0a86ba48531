package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.nlp.Embedder;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySummarizerTest {
    private static final Passage HARBOUR = new Passage(
            "Harbour Times",
            "Truce agreed",
            "The two governments have signed a 30-day ceasefire in the Saltmarsh, with a withdrawal of heavy"
                    + " weapons and an international monitoring team. "
                    + "Monitors from Lusmark will watch the line of contact. "
                    + "Refugees in the border camps said they would wait before going home.");
    private static final Passage METRO = new Passage(
            "Metro Wire",
            "Guns fall silent",
            "The 30-day ceasefire signed tonight by the two foreign ministers is the first good news from the"
                    + " Saltmarsh since the spring. "
                    + "Here's how it works. "
                    + "What happens after a month? "
                    + "Tanks and artillery must be pulled back within ten days.");

    @Test
    void sentencesThatSayTheSameInOtherWordsAreOnePointWhenMeaningIsCompared() {
        StorySummary byWords = new StorySummarizer().summarize(List.of(HARBOUR, METRO));
        assertThat(byWords.allReport()).isEmpty();

        StorySummary byMeaning;
        try (Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            byMeaning = new StorySummarizer(embedder::embedAll).summarize(List.of(HARBOUR, METRO));
        }
        assertThat(byMeaning.allReport()).hasSize(1);
        StorySummary.Point common = byMeaning.allReport().getFirst();
        assertThat(common.outlets()).containsExactly("Harbour Times", "Metro Wire");
        assertThat(common.versions())
                .extracting(StorySummary.Version::sentence)
                .allSatisfy(sentence -> assertThat(sentence).contains("Saltmarsh"));
        assertThat(byMeaning.someReport())
                .extracting(StorySummary.Point::sentence)
                .anySatisfy(sentence -> assertThat(sentence).contains("Monitors from Lusmark"))
                .anySatisfy(sentence -> assertThat(sentence).contains("pulled back"));
    }

    @Test
    void aPointIsShownInASentenceThatReadsAloneThoughAnotherOutletsSitsClosestToAll() {
        var observer = new Passage(
                "Global Observer",
                "A floor, not a house",
                "When Anneliese Voss invited the two foreign ministers to Port Caldera, few expected more than a"
                        + " photograph. Three days later the two governments have signed a 30-day ceasefire in the"
                        + " Saltmarsh, with a withdrawal of heavy weapons and an international monitoring team.");
        var wire = new Passage(
                "Metro Wire",
                "Guns fall silent",
                "Ardenia and Velmora have signed a 30-day ceasefire in the Saltmarsh after three days of talks in Port"
                        + " Caldera.");
        StorySummary summary;
        try (Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            summary = new StorySummarizer(embedder::embedAll).summarize(List.of(HARBOUR, observer, wire));
        }
        assertThat(summary.allReport())
                .as("the truce is what all three report")
                .isNotEmpty()
                .extracting(StorySummary.Point::sentence)
                .noneMatch(sentence -> sentence.startsWith("Three days later"));
    }

    @Test
    void aFactToldInLongerSentencesIsStillReportedByAllWhenTheyGiveItsFigure() {
        var wire = new Passage(
                "Metro Wire",
                "Town under water",
                "The river Tarn burst its banks at Edholm overnight. "
                        + "About 2,300 people have been evacuated from the old town and the harbour streets. "
                        + "Schools will stay shut until Monday.");
        var post = new Passage(
                "Northwind Post",
                "A night on the stairs",
                "Mara Lind woke at three to water on the stairs of her cottage on Mill Lane. "
                        + "She was one of more than 2,300 people moved out of Edholm as the Tarn rose through the night,"
                        + " many of them carried to boats from upstairs windows. "
                        + "Her neighbour's dog was rescued from a shed roof.");
        var times = new Passage(
                "Harbour Times",
                "Army sent to Edholm",
                "Soldiers were sent to Edholm this morning after the flooding Tarn forced around 2,300 people from"
                        + " their homes, in what the county council called the worst flood in the valley for eighty"
                        + " years. "
                        + "The council has opened two rest centres. "
                        + "Insurers said claims could run into the tens of millions.");

        StorySummary s;
        try (Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            s = new StorySummarizer(embedder::embedAll).summarize(List.of(wire, post, times));
        }

        assertThat(s.allReport()).anySatisfy(p -> {
            assertThat(p.sentence()).contains("2,300");
            assertThat(p.outlets()).containsExactly("Harbour Times", "Metro Wire", "Northwind Post");
            assertThat(p.versions())
                    .extracting(StorySummary.Version::sentence)
                    .allSatisfy(sentence -> assertThat(sentence).contains("2,300"));
        });
        // told once: no other point retells the evacuation
        assertThat(s.someReport())
                .extracting(StorySummary.Point::sentence)
                .noneSatisfy(sentence -> assertThat(sentence).contains("2,300"));
    }

    @Test
    void theEventAllOutletsReportIsFoundInTheirHeadlinesAndShownInTheWordsTheyShare() {
        var wire = new Passage(
                "Metro Wire",
                "Tarnwick has water again after nine-hour cut",
                "Tarnwick Water says supply is back to normal after an outage of around nine hours that left"
                        + " schools, cafes and the county hospital without tap water. "
                        + "Bottled water was handed out at the station car park. "
                        + "Schools will reopen tomorrow.");
        var ledger = new Passage(
                "The Daily Ledger",
                "Water cut cost Tarnwick traders 2m crowns",
                "A nine-hour failure at Tarnwick Water cost the town's cafes and shops an estimated 2 million"
                        + " crowns in lost trade, according to the chamber of commerce, after a burst main cut"
                        + " supply this morning. "
                        + "Shares in the utility's owner fell 3.1%. "
                        + "The regulator has asked for a report within a month.");
        var times = new Passage(
                "The Harbour Times",
                "Operations postponed as Tarnwick runs dry",
                "More than 300 operations were postponed and every school closed during an outage of over nine"
                        + " hours, prompting councillors to ask why the town relies on a single main. "
                        + "Nurses carried water to the wards in buckets. "
                        + "The council will debate a second supply line next week.");
        var signal = new Passage(
                "Circuit & Signal",
                "How one burst main left Tarnwick dry for nine hours",
                "The main that failed was laid in 1962 and carries all of the town's water from the reservoir. "
                        + "Its pressure sensors had been reporting faults since the spring. "
                        + "Engineers had to drain a length of the pipe before they could reach the split.");

        StorySummary s;
        try (Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            s = new StorySummarizer(embedder::embedAll).summarize(List.of(wire, ledger, times, signal));
        }

        // the outage of nine hours: the one outlet that gives it only in its headline is counted, and
        // the sentence shown is the wire's plain report, not the Ledger's with its cost
        assertThat(s.allReport()).anySatisfy(p -> {
            assertThat(p.outlets())
                    .containsExactly("Circuit & Signal", "Metro Wire", "The Daily Ledger", "The Harbour Times");
            assertThat(p.sentence()).startsWith("Tarnwick Water says supply is back");
            assertThat(p.versions()).extracting(StorySummary.Version::sentence).contains(signal.title());
        });
        // a headline is a version of a point, never a point of its own
        assertThat(concat(s.allReport(), s.someReport()))
                .extracting(StorySummary.Point::sentence)
                .doesNotContain(wire.title(), ledger.title(), times.title(), signal.title());
    }

    @Test
    void whenSentenceVectorsFailTheSummaryComesFromWordsAlone() {
        StorySummarizer failing = new StorySummarizer(sentences -> {
            throw new IllegalStateException("embedding failed for a batch of " + sentences.size());
        });

        assertThat(failing.summarize(List.of(HARBOUR, METRO)))
                .isEqualTo(new StorySummarizer().summarize(List.of(HARBOUR, METRO)));
    }

    @Test
    void aFigureInWordsAndInDigitsIsTheSameFigure() {
        var one = new Passage(
                "A", "Strike", "The dock strike in Grenby will last thirty days from Monday, the union said.");
        var other =
                new Passage("B", "Strike", "The union said the dock strike in Grenby will last 30 days from Monday.");

        assertOneAgreedPoint(one, other);
    }

    @Test
    void numbersAboutDifferentThingsInOneClaimAreNotADisagreement() {
        var one = new Passage(
                "A",
                "Record",
                "Oduya broke the marathon world record in Vesper, finishing in 2 hours 9 minutes and 41 seconds.");
        var other = new Passage(
                "B", "Record", "Oduya broke the marathon world record in Vesper and took 37 seconds off the old mark.");

        assertOneAgreedPoint(one, other);
    }

    @Test
    void aScoreAndAHedgedFigureOfSomethingElseAreNotADisagreement() {
        var metro = new Passage("Metro Wire", "Final", "Riverton Rovers 2–1 Castlegate United after extra time.");
        var field = new Passage("Field Gazette", "Final", "Riverton Rovers 2 Castlegate United 1 (after extra time).");
        var northwind = new Passage(
                "Northwind Post",
                "Final",
                "Hundreds of kilometres from the final, a town on the Vell watched its club beat Castlegate United"
                        + " 2–1 after extra time and then refused to go to bed.");
        assertOneAgreedPoint(metro, field, northwind);

        var shares = new Passage(
                "A",
                "Breach",
                "Shares fell after the retailer said data on about 3 million customers had been stolen, wiping"
                        + " roughly 400 million crowns off its value.");
        var records = new Passage(
                "B", "Breach", "The retailer said data on roughly 3 million of its customers had been stolen.");
        assertOneAgreedPoint(shares, records);
    }

    @Test
    void percentagesOfDifferentThingsAreNotADisagreement() {
        var ledger = new Passage(
                "The Daily Ledger",
                "Rates",
                "The bank's new forecasts show inflation averaging 3.8 per cent this year and returning to target"
                        + " only in the final quarter of 2027, around six months later than it projected before.");
        var harbour = new Passage(
                "The Harbour Times",
                "Rates",
                "The bank now expects inflation to return to its 2 per cent target only towards the end of 2027.");

        assertOneAgreedPoint(ledger, harbour);
    }

    /** The outlets' sentences make one point that all of them report, and they agree on it. */
    private static void assertOneAgreedPoint(Passage... coverage) {
        assertThat(new StorySummarizer().summarize(List.of(coverage)).allReport())
                .singleElement()
                .satisfies(p -> assertThat(p.differs()).isFalse());
    }

    @Test
    void questionsAndFragmentsAreNotClaims() {
        StorySummary s = new StorySummarizer().summarize(List.of(HARBOUR, METRO));
        assertThat(s.someReport())
                .extracting(StorySummary.Point::sentence)
                .noneSatisfy(sentence -> assertThat(sentence).contains("how it works"))
                .noneSatisfy(sentence -> assertThat(sentence).endsWith("?"));
    }

    @Test
    void theReplyToATeaserQuestionIsNotAClaim() {
        var wire = new Passage(
                "Metro Wire",
                "Cloud back",
                "Couldn't pay for your coffee this morning? "
                        + "Blame a bad settings update at Nimbus Cloud. "
                        + "The outage lasted about six hours and stopped card payments across the country.");
        var ledger = new Passage(
                "The Daily Ledger",
                "Outage cost",
                "A six-hour outage at Nimbus Cloud stopped card payments across the country this morning. "
                        + "Retailers lost an estimated 340 million crowns.");

        StorySummary s = new StorySummarizer().summarize(List.of(wire, ledger));

        assertThat(s.allReport()).isNotEmpty();
        assertThat(concat(s.allReport(), s.someReport()))
                .extracting(StorySummary.Point::sentence)
                .noneSatisfy(sentence -> assertThat(sentence).startsWith("Blame"));
    }

    private static List<StorySummary.Point> concat(List<StorySummary.Point> a, List<StorySummary.Point> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void anOpinionPieceSupportsWhatTheOutletsReportButNeverHeadsAPointWithItsArgument() {
        var harbour = new Passage(
                "Harbour Times",
                "Bridge shut again",
                "The council has closed the old swing bridge for a second winter after engineers found cracks in"
                        + " its main span. "
                        + "Ferries will run every twenty minutes until the repairs are finished.");
        var metro = new Passage(
                "Metro Wire",
                "Swing bridge closed",
                "Engineers found cracks in the main span of the old swing bridge, and the council has closed it"
                        + " for a second winter. "
                        + "Shopkeepers on the east quay say trade has halved since the spring.");
        var column = new Passage(
                "Civic Voice",
                "The bridge deserves better",
                "The council closed the old swing bridge for a second winter after engineers found cracks in its"
                        + " main span. "
                        + "A town hall that cannot keep a bridge open has failed every family on the harbour. "
                        + "Its leaders owe the east quay an apology and a date.",
                true);

        StorySummary s = new StorySummarizer().summarize(List.of(harbour, metro, column));

        assertThat(s.allReport())
                .as("the column's version of the closure counts: all three report it")
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.outlets()).containsExactly("Civic Voice", "Harbour Times", "Metro Wire");
                    assertThat(p.sentence()).as("shown in a report's words").doesNotStartWith("The council closed");
                });
        assertThat(concat(s.allReport(), s.someReport()))
                .extracting(StorySummary.Point::sentence)
                .as("the column's arguments are not what the outlets report")
                .noneSatisfy(sentence -> assertThat(sentence).containsAnyOf("has failed", "owe the east quay"));
    }

    @Test
    void separatesWhatAllOutletsReportFromWhatOnlySomeReportOrReportDifferently() {
        var harbour = new Passage(
                "Harbour Times",
                "Ferry restored",
                "The Harbour Council voted on Tuesday to restore the night ferry between Grenby and Vell. "
                        + "The ferry will run four times a week from June. "
                        + "Island shopkeepers had complained that visitors left before evening trade began.");
        var metro = new Passage(
                "Metro Wire",
                "Night ferry returns",
                "Grenby's Harbour Council voted Tuesday to restore the night ferry to Vell. "
                        + "The ferry will run five times a week from June. "
                        + "Critics argued that the money should go to road repairs instead.");
        var northwind = new Passage(
                "Northwind Post",
                "Vell gets its night boat back",
                "The night ferry between Grenby and Vell will be restored after the Harbour Council voted on Tuesday. "
                        + "Children under twelve will travel free on the ferry.");

        StorySummary s = new StorySummarizer().summarize(List.of(harbour, metro, northwind));

        assertThat(s.allReport()).isNotEmpty();
        StorySummary.Point common = s.allReport().getFirst();
        assertThat(common.sentence()).contains("night ferry").contains("voted");
        assertThat(common.outlets()).containsExactly("Harbour Times", "Metro Wire", "Northwind Post");

        assertThat(s.someReport())
                .anySatisfy(p -> {
                    assertThat(p.sentence()).contains("times a week");
                    assertThat(p.outlets()).containsExactly("Harbour Times", "Metro Wire");
                    assertThat(p.differs()).isTrue();
                })
                .anySatisfy(p -> {
                    assertThat(p.sentence()).contains("road repairs");
                    assertThat(p.outlets()).containsExactly("Metro Wire");
                });
    }
}
