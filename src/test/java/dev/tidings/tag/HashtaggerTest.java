package dev.tidings.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HashtaggerTest {
    private final Hashtagger hashtagger = Hashtagger.standard();

    @Test
    void oneTagForEveryWayOfWritingAName() {
        var result = hashtagger.tagAlone(
                "Putin meets envoys as talks on Crimea resume",
                "Russian President Vladimir Putin met envoys from Kyiv in Moscow on Monday. Putin said the talks on"
                        + " Crimea could resume next week. Vladimir Putin also spoke with Volodymyr Zelensky by"
                        + " phone, and Zelensky told reporters that Putin had offered nothing new on Crimea."
                        + " Zelensky said security guarantees for Ukraine must come first.");
        assertThat(result.hashtags()).contains("Putin", "Zelensky", "Crimea");
        assertThat(result.hashtags())
                .doesNotContain("VladimirPutin", "RussianPresidentVladimirPutin", "PresidentVladimirPutin");
        assertThat(result.hashtags()).filteredOn(t -> t.contains("Putin")).hasSize(1);
        assertThat(result.hashtags().size()).isBetween(3, 8);
    }

    @Test
    void aReviewsOneWordSubheadingIsNoTag() {
        String review =
                "Wireless headphones have promised studio sound without the cable for a decade, and most have delivered a muffled compromise. Halden's first pair, sold three years ago, was no different, and we said as much.\n"
                        + "\n"
                        + "The Aria 4, on sale from Friday at 1,890 crowns, is the first pair I have worn for a whole working day without wanting to take them off.\n"
                        + "\n"
                        + "Design\n"
                        + "\n"
                        + "The Tollen-based company has kept the folding frame of the old model but trimmed the band, and the pads are softer and cooler than before. The pair weighs 240 grams, 30 fewer than its predecessor. The case is smaller too, and the charging port is USB-C at last.\n"
                        + "\n"
                        + "Sound\n"
                        + "\n"
                        + "The sound is the reason to buy them. Bass is tight rather than boomy, voices sit clearly in the middle, and the noise cancelling takes the roar out of a tram without the pressure some rivals put on the ears.\n"
                        + "\n"
                        + "Battery life was impressive. With the cancelling on, I charged them twice in a fortnight of commuting.\n"
                        + "\n"
                        + "Verdict\n"
                        + "\n"
                        + "At 1,890 crowns, the Aria 4 costs about 400 crowns more than the best budget pairs. If you listen mostly to podcasts, you will not notice the difference. But if music matters to you, this is the first Halden pair I would recommend without a list of caveats.\n"
                        + "\n"
                        + "Halden is a small company competing against giants, and it shows in the app. In the hardware, it is now their equal.\n"
                        + "\n"
                        + "Rating: 4 out of 5.";
        var tags = hashtagger
                .tagAlone("Halden Aria 4 review: the wireless headphones that finally sound right", review)
                .hashtags();
        assertThat(tags).contains("Halden").doesNotContain("Verdict", "Design", "Sound");
        assertThat(Keyphrases.withoutOneWordHeadings("Lead line\nVerdict\nIt works.\nTwo words\n"))
                .isEqualTo("Lead line\n\nIt works.\nTwo words\n");
    }

    @Test
    void theCorpusDecidesHowANameIsWritten() {
        // The corpus mostly writes the full name.
        assertThat(
                        taggedAmong(
                                java.util.Map.of("Helena Marsh", 3, "Marsh", 1),
                                null,
                                "Prime Minister Helena Marsh won the vote. Marsh said the housing bill would pass. Marsh smiled."))
                .contains("HelenaMarsh")
                .doesNotContain("Marsh");
    }

    @Test
    void aStreetIsNeverShortenedToTheWordThatEndsItsName() {
        // Other articles write other lanes: the corpus writes "Lane" more often than "Tannery Lane".
        assertThat(
                        taggedAmong(
                                java.util.Map.of("Lane", 3, "Tannery Lane", 1),
                                "Flood reaches Tannery Lane",
                                "Water poured into Tannery Lane overnight. Residents of Tannery Lane were moved to the sports"
                                        + " hall, and sandbags went up on Chandlers' Lane. Tannery Lane was still under water at noon."))
                .contains("TanneryLane")
                .doesNotContain("Lane");
    }

    @Test
    void aBodyIsNeverShortenedToTheWordThatSaysWhatKindOfBodyItIs() {
        // Other articles write other federations: the corpus writes "Federation" more often.
        assertThat(taggedAmong(
                        java.util.Map.of("Federation", 3, "Retail Federation", 1),
                        "Outage cost shops millions, Retail Federation says",
                        "The Retail Federation put the cost of the outage at 340 million crowns. The Retail Federation"
                                + " said shops lost sales all morning, and the Retail Federation wants a review."))
                .contains("RetailFederation")
                .doesNotContain("Federation");
    }

    @Test
    void aPlaceWhoseNameStartsWithATitleKeepsItsWholeName() {
        // "Crown" heads "Crown Prince Erik", but "Crown Park" is a stadium, not a park with a title.
        var result = hashtagger.tagAlone(
                "Riverton win the cup at Crown Park",
                "Riverton beat Castlegate 2-1 after extra time at Crown Park on Saturday. The 61,000 inside Crown"
                        + " Park saw a late winner, and Crown Park will host the final again next year.");
        assertThat(result.hashtags()).contains("CrownPark").doesNotContain("Park");
    }

    @Test
    void aNameTheTaggerTookForAPrepositionIsStillAName() {
        // The tagger reads "Halcyon" as a preposition; the text never writes it in lower case.
        var result = hashtagger.tagAlone(
                "LumenRoute raises 40 million crowns",
                "The round was led by the venture firm Halcyon North, with existing backers Brightwater Capital"
                        + " joining. Halcyon North partner Erik Vennstrom said the start-up had real revenue.");
        assertThat(result.hashtags()).contains("HalcyonNorth").doesNotContain("North");
    }

    @Test
    void aCommonWordThatIsPartOfAChosenNameIsNoTagOfItsOwn() {
        var result = hashtagger.tagAlone(
                "Painting stolen from the National Gallery",
                "Thieves took a painting from the National Gallery in Vesper overnight. The gallery said the"
                        + " alarm did not sound. Police searched the gallery for hours, and the gallery will stay"
                        + " closed on Monday. The National Gallery bought the painting in 1911, and the gallery"
                        + " has asked visitors for photographs.");
        assertThat(result.hashtags()).contains("NationalGallery").doesNotContain("Gallery");
    }

    @Test
    void aCommonWordRecursOnlyWhereItIsNotPartOfAName() {
        var tokens = new Analyzer(Hashtagger.tagger())
                .analyze(
                        "A floor, not a house",
                        "\"We have built a floor, not a house,\" the minister told reporters at the Customs House."
                                + " Delegations met in separate wings of the Customs House.");
        Candidate house = new NounPhrases(4)
                .of(tokens).values().stream()
                        .filter(c -> c.plain().equals("house"))
                        .findFirst()
                        .orElseThrow();
        assertThat(house.count + house.contained)
                .as("four times in all, twice inside the name")
                .isEqualTo(4);
        assertThat(Hashtagger.substantial(house))
                .as("twice on its own: 'a floor, not a house' is no topic for the Customs House")
                .isFalse();
    }

    @Test
    void aCommonWordOfTheLongerNameATagStandsForIsNoTagOfItsOwn() {
        // Other articles mostly write the firm's short name.
        // #Kestrel stands for Kestrel Cells, so "cells" is the firm's name, not a topic of its own
        assertThat(taggedAmong(
                        java.util.Map.of("Kestrel", 3, "Kestrel Cells", 1),
                        "Kestrel Cells to build a battery factory in Haldor",
                        "Kestrel Cells said on Monday it would build a cell factory in Haldor. Kestrel will make"
                                + " cheaper cells for lorries, and Kestrel expects the cells to reach buyers in 2029."
                                + " Kestrel employs 300 people today; Kestrel plans to hire more, and its cells will"
                                + " also go into grid storage, Kestrel said."))
                .contains("Kestrel")
                .doesNotContain("Cells");
    }

    @Test
    void atMostTwoSingleCommonWordsBecomeTags() {
        var result = hashtagger.tagAlone(
                "Wallet, app, agency, verifier, credentials",
                "The wallet, the app, the agency, the verifier and the credentials. The wallet, the app,"
                        + " the agency, the verifier and the credentials again. Then the wallet, the app, the"
                        + " agency, the verifier and the credentials. Last, the wallet, the app, the agency,"
                        + " the verifier and the credentials.");
        List<String> single = result.hashtags().stream()
                .filter(t -> t.chars().filter(Character::isUpperCase).count() == 1)
                .toList();
        assertThat(single).hasSize(2);
    }

    @Test
    void aBestAfterANounIsTheHeadOfItsPhrase() {
        var result = hashtagger.tagAlone(
                "Oduya takes the marathon world record in Vesper",
                "Amara Oduya became the first Ardenian to hold a marathon world best. She ran 2:09:41, a marathon"
                        + " world best by 37 seconds, and her coach said the marathon world record had been her aim"
                        + " for years. The runner-up, Tsige Marew, set a personal best.");
        assertThat(result.keyphrases()).doesNotContain("marathon world");
        assertThat(result.hashtags()).doesNotContain("MarathonWorld");
    }

    @Test
    void noEmptyTags() {
        var result = hashtagger.tagAlone(
                "News: what happened on Monday",
                "On Monday, officials said the year had been difficult. News of the report came on Monday. People"
                        + " said the news was bad this year. The Velmora ceasefire held on Monday, officials said,"
                        + " and the ceasefire monitors from Lusmark said the year ahead looked calmer. The ceasefire"
                        + " in Velmora was agreed in Port Caldera.");
        assertThat(result.hashtags())
                .isNotEmpty()
                .doesNotContain("News", "Monday", "Said", "Year", "Officials", "People", "Report");
        assertThat(result.hashtags()).contains("Velmora", "Ceasefire");
    }

    @Test
    void aPlaceAndTheAdjectiveOfItsPeopleAreOneTag() {
        var result = hashtagger.tagAlone(
                "Velmoran troops pull back from the border",
                "Velmoran troops withdrew from the border on Friday. Velmora had massed artillery there for weeks,"
                        + " and Velmoran officers said the guns would return to barracks. Ardenia welcomed the move;"
                        + " Velmora said it expected talks in Port Caldera to resume. Velmoran villages near the"
                        + " border were quiet.");
        assertThat(result.hashtags()).contains("Velmora").doesNotContain("Velmoran");
        assertThat(TagNames.placeAndAdjective("Ukraine", "Ukrainian")).isTrue();
        assertThat(TagNames.placeAndAdjective("Chinese", "China")).isTrue();
        assertThat(TagNames.placeAndAdjective("Israel", "Israeli")).isTrue();
        assertThat(TagNames.placeAndAdjective("Marsh", "Marshall")).isFalse();
        assertThat(TagNames.placeAndAdjective("Iran", "Iraq")).isFalse();
    }

    @Test
    void camelCaseKeepsAccentsAndShortAcronyms() {
        assertThat(TagNames.camelCase("oil spill")).isEqualTo("OilSpill");
        assertThat(TagNames.camelCase("São Paulo")).isEqualTo("SãoPaulo");
        assertThat(TagNames.camelCase("NATO")).isEqualTo("Nato");
        assertThat(TagNames.camelCase("U.S. Senate")).isEqualTo("USSenate");
        assertThat(TagNames.camelCase("Hollis & Grant")).isEqualTo("HollisGrant");
        assertThat(TagNames.camelCase("high-speed rail")).isEqualTo("HighSpeedRail");
    }

    @Test
    void titlesBeforeNamesAreNotPartOfTheName() {
        var result = hashtagger.tagAlone(
                null,
                "Prime Minister Rodrigo Saltari conceded defeat. Saltari said his party would regroup. The"
                        + " election left Saltari weakened, and Saltari resigned as party leader.");
        assertThat(result.hashtags()).contains("Saltari");
        assertThat(result.hashtags()).noneMatch(t -> t.startsWith("PrimeMinister"));
    }

    @Test
    void anEmptyTextHasNoTags() {
        var result = hashtagger.tagAlone(null, "");
        assertThat(result.hashtags()).isEmpty();
        assertThat(result.keyphrases()).isEmpty();
    }

    @Test
    void aNameWithACommonWordAfterItIsNotASecondTag() {
        var result = hashtagger.tagAlone(
                "Saltmarsh truce holds as guns fall silent",
                "The Saltmarsh truce held through its first night. Monitors in the Saltmarsh reported no"
                        + " shelling, and families began returning to the Saltmarsh villages. Velmora and Ardenia"
                        + " agreed the Saltmarsh ceasefire after weeks of talks in Lusmark.");
        assertThat(result.hashtags()).contains("Saltmarsh").doesNotContain("SaltmarshTruce", "SaltmarshCeasefire");
    }

    @Test
    void aNationalityBeforeANameIsPartOfItButNotBeforeATitle() {
        var result = hashtagger.tagAlone(
                "Rail strike called for Tuesday",
                "Ardenian Railways said the strike was unnecessary. Members of the Ardenian Rail and Transport"
                        + " Union rejected a pay offer from Ardenian Railways, and Ardenian Railways will run a"
                        + " reduced timetable. Ardenian Prime Minister Helena Marsh urged both sides to talk.");
        assertThat(result.hashtags())
                .contains("ArdenianRailways", "ArdenianRailAndTransportUnion")
                .doesNotContain("Railways", "Rail");
        assertThat(result.keyphrases()).contains("helena marsh").noneMatch(k -> k.contains("prime minister"));
    }

    @Test
    void aNationalityAndACommonNounIsNoTag() {
        var result = hashtagger.tagAlone(
                "Ardenian astronomers report signs of water vapour on a planet beyond the solar system",
                "Astronomers at the Kessel Observatory have found water vapour on Tessaly-4b. The Ardenian"
                        + " astronomers watched the planet pass its star seven times, using the observatory's new"
                        + " spectrograph. The planet is twice the size of Earth, and the Kessel Observatory will"
                        + " publish its data.");
        assertThat(result.hashtags()).contains("KesselObservatory").doesNotContain("ArdenianAstronomers");
    }

    @Test
    void aHeadlineInSentenceCaseSaysHowItsWordsAreWritten() {
        // "Astronomers" opens a sentence and the body writes it nowhere else; the headline, written
        // as a sentence, has it in lower case, so it is no name.
        var doc = hashtagger.parse(
                "Ardenian astronomers report water vapour on a distant planet",
                "Astronomers at the Kessel Observatory have found water vapour on Tessaly-4b. The planet"
                        + " circles a faint red dwarf, and the Kessel Observatory will publish its data.");
        assertThat(doc.candidates().get("astronom").proper).isFalse();
        var titleCase = hashtagger.parse(
                "Ardenian Astronomers Report Water Vapour on a Distant Planet",
                "Astronomers at the Kessel Observatory have found water vapour on Tessaly-4b. The planet"
                        + " circles a faint red dwarf, and the Kessel Observatory will publish its data.");
        assertThat(titleCase.candidates().get("kessel observatori").proper).isTrue();
    }

    @Test
    void aClubIsNotShortenedToTheWordThatEndsItsName() {
        assertThat(taggedAmong(
                        java.util.Map.of("Athletic", 3, "Vesper Athletic", 1),
                        "Vesper Athletic break transfer record",
                        "Vesper Athletic have signed Milo Ferreira-Lund for 38 million crowns. Athletic beat two other"
                                + " clubs to the striker, and Athletic fans greeted him at the ground."))
                .contains("VesperAthletic")
                .doesNotContain("Athletic");
    }

    @Test
    void aWordThatOpensAQuotationIsNotANameForItsCapital() {
        var doc = hashtagger.parse(
                null,
                "Ingrid Falk called the concessions a win with an asterisk. \"Rent in a small town hurts as much"
                        + " as rent in the city,\" she said. The cap on rent rises will apply from the start.");
        assertThat(doc.candidates().values())
                .filteredOn(c -> c.key.startsWith("rent"))
                .isNotEmpty()
                .noneMatch(c -> c.proper);
    }

    /**
     * The tags of one article counted into a corpus of five others that each write the names
     * {@code names} so many times.
     */
    private List<String> taggedAmong(java.util.Map<String, Integer> names, String title, String text) {
        var corpus = new MemoryCorpusStats();
        for (int i = 0; i < 5; i++) {
            corpus.count(new DocumentCounts(List.of(), names));
        }
        var doc = hashtagger.parse(title, text);
        corpus.count(doc.counts());
        return hashtagger.tag(doc, corpus).hashtags();
    }
}
