package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompressionTest {
    @Test
    void keepsWhoSaidIt() {
        assertThat(Compression.compress("Two men were arrested at the scene on Friday night, police said."))
                .isEqualTo("Two men were arrested at the scene on Friday night, police said.");
        assertThat(Compression.compress("The ferry will run four nights a week, according to the harbour council."))
                .isEqualTo("The ferry will run four nights a week, according to the harbour council.");
        assertThat(Compression.compress("'We will be back next season, stronger than ever,' the manager said."))
                .isEqualTo("'We will be back next season, stronger than ever,' the manager said.");
        assertThat(Compression.compress("'It was a great goal', the manager told reporters."))
                .isEqualTo("'It was a great goal', the manager told reporters.");
    }

    @Test
    void dropsAnAsideBetweenDashesAndALeadingSceneSettingClause() {
        assertThat(Compression.compress("The dress - a jacket and full skirt - was sold for $137,000 at auction."))
                .isEqualTo("The dress was sold for $137,000 at auction.");
        assertThat(Compression.compress("Speaking to Sports Nippon, the club president confirmed the offer."))
                .isEqualTo("The club president confirmed the offer.");
        assertThat(Compression.compress("After the vote on Tuesday, the council agreed to restore the ferry."))
                .isEqualTo("The council agreed to restore the ferry.");
    }

    @Test
    void dropsANonRestrictiveRelativeClauseButNotARestrictiveOneOrAQuotation() {
        assertThat(Compression.compress(
                        "The forward, who has played for the club since 2013, will join on loan next season."))
                .isEqualTo("The forward will join on loan next season.");
        assertThat(Compression.compress("The ferry, which was built in 1970, will be repaired this winter."))
                .isEqualTo("The ferry will be repaired this winter.");
        assertThat(Compression.compress("The man who was arrested on Friday has been released on bail."))
                .isEqualTo("The man who was arrested on Friday has been released on bail.");
        assertThat(Compression.compress("The coach, who said 'we were robbed', will appeal the result."))
                .isEqualTo("The coach, who said 'we were robbed', will appeal the result.");
    }

    @Test
    void aClauseThatOpensAListGoesWithTheWholeListOrStays() {
        assertThat(Compression.compress("Northmark's seafood exporters, who sell most of their herring, cod and farmed"
                        + " salmon abroad, have watched the crown climb steadily this year."))
                .isEqualTo("Northmark's seafood exporters have watched the crown climb steadily this year.");
        assertThat(Compression.compress(
                        "The minister, who visited Paris, Rome, and Berlin last week, said the talks would resume."))
                .isEqualTo("The minister said the talks would resume.");
        assertThat(Compression.compress(
                        "Most of the catch goes to the fishermen, who sell their herring, cod and salmon abroad."))
                .isEqualTo("Most of the catch goes to the fishermen, who sell their herring, cod and salmon abroad.");
        assertThat(Compression.compress("The new ferry app, which works on every phone, costs two crowns."))
                .isEqualTo("The new ferry app costs two crowns.");
        assertThat(Compression.compress("The forward, who joined in 2013, scored twice and set up a third."))
                .isEqualTo("The forward scored twice and set up a third.");
        assertThat(Compression.compress("The young keeper, who has broken into the first team, and into the national"
                        + " side during a remarkable season, is nominated for both awards."))
                .isEqualTo("The young keeper is nominated for both awards.");
        assertThat(Compression.compress("United moved up to fifth, ahead of Rovers, who lost to Vell, and Athletic,"
                        + " who play on Monday."))
                .isEqualTo("United moved up to fifth, ahead of Rovers, who lost to Vell, and Athletic, who play on"
                        + " Monday.");
        assertThat(Compression.compress("While Anna, who lives in Grenby, learns her recipes from books and"
                        + " television shows, she tries them out on her three sons."))
                .isEqualTo("While Anna learns her recipes from books and television shows, she tries them out on"
                        + " her three sons.");
        assertThat(Compression.compress(
                        "The proud owner Marta, who built the boat herself, with her dog Rufus," + " last summer."))
                .isEqualTo("The proud owner Marta, with her dog Rufus, last summer.");
        assertThat(Compression.compress("The rescued sailors were met by coastguards, who drove them to the main"
                        + " town of the island, Vell, said Erik Lund, a harbour official."))
                .isEqualTo("The rescued sailors were met by coastguards, said Erik Lund, a harbour official.");
    }

    @Test
    void theCommaASentenceNeedsStaysWhereTheAsideWas() {
        assertThat(Compression.compress("Anna Berg, 28, who now lives in Vell, has a degree in history and music."))
                .isEqualTo("Anna Berg, 28, has a degree in history and music.");
        assertThat(Compression.compress(
                        "His mother, Joy, who never spends money on herself, is amazed by the bill for the repairs."))
                .isEqualTo("His mother, Joy, is amazed by the bill for the repairs.");
        assertThat(Compression.compress("One banknote carried a soil bacterium, which is common in gardens, suggesting"
                        + " that its owner had been gardening."))
                .isEqualTo("One banknote carried a soil bacterium, suggesting that its owner had been gardening.");
        assertThat(Compression.compress("When she learned that his name was missing from the ballot, which elects"
                        + " the prom court, she went to the school office."))
                .isEqualTo(
                        "When she learned that his name was missing from the ballot, she went to the school office.");
        assertThat(Compression.compress("When the test showed that Jamie, who lives with Dawn, had taken the money,"
                        + " she burst into tears."))
                .isEqualTo("When the test showed that Jamie had taken the money, she burst into tears.");
        assertThat(Compression.compress("On Tuesday, Lund, who joined in 2013, said he would stay at the club."))
                .isEqualTo("On Tuesday, Lund said he would stay at the club.");
    }

    @Test
    void aClauseOnAWholeStatementGoesButTheCommaBeforeItsAttributionStays() {
        assertThat(Compression.compress(
                        "The rate rose to 5%, which means mortgages will cost more, the bank said on Tuesday."))
                .isEqualTo("The rate rose to 5%, the bank said on Tuesday.");
        assertThat(Compression.compress(
                        "Prices fell sharply in March, which analysts blamed on the weather, according to the report."))
                .isEqualTo("Prices fell sharply in March, according to the report.");
        assertThat(Compression.compress("The company, which denied any wrongdoing, said it would appeal the ruling."))
                .isEqualTo("The company said it would appeal the ruling.");
    }

    @Test
    void dropsACaptionsLabelButNotWhoSpoke() {
        assertThat(Compression.compress("Horrifying: the little girl's body was found in the woods an hour later."))
                .isEqualTo("The little girl's body was found in the woods an hour later.");
        assertThat(Compression.compress("New venture: Chipotle will deliver burritos in 67 cities."))
                .isEqualTo("Chipotle will deliver burritos in 67 cities.");
        assertThat(Compression.compress("He said: every day people tell us they are disgusted."))
                .isEqualTo("He said: every day people tell us they are disgusted.");
        assertThat(Compression.compress("Warning: stay indoors.")).isEqualTo("Warning: stay indoors.");
        // a statement before the colon is the sentence's own subject matter, not a label
        assertThat(Compression.compress("Two people are missing: a fisherman and a woman who lives near the quay."))
                .isEqualTo("Two people are missing: a fisherman and a woman who lives near the quay.");
    }

    @Test
    void neverLeavesAFragmentAndLeavesOrdinarySentencesAlone() {
        List<String> untouched = List.of(
                "Prices rose, officials said.",
                "In 2012, he won.",
                "The score was 4-6 7-6 6-3 in the final.",
                "He said the ferry - which was built in 1970 - would be repaired.",
                "Police said the man, 50, was arrested.",
                "");
        for (String s : untouched.subList(0, 3)) {
            assertThat(Compression.compress(s)).isEqualTo(s);
        }
        assertThat(Compression.compress("")).isEmpty();
        for (String s : List.of(
                "When asked, police said.",
                "As expected, he said.",
                "Yes - no - maybe, officials said.",
                "Asked about it on Monday, the spokesman said.")) {
            String out = Compression.compress(s);
            assertThat(Words.count(out)).isGreaterThanOrEqualTo(Math.min(Words.count(s), Compression.MIN_WORDS));
            assertThat(out).isNotBlank().endsWith(".");
            assertThat(Character.isUpperCase(out.charAt(0))).isTrue();
        }
    }
}
