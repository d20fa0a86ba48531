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
            assertThat(wordsInOrder(text, sentence))
                    .as("%s is the article's own words", sentence)
                    .isTrue();
        }
        assertThat(s.tldr().getFirst()).startsWith("The Harbour Council voted");
        assertThat(s.points()).doesNotContainAnyElementsOf(s.tldr());
    }

    @Test
    void aSentenceTooLongForAPointGivesItsFirstStatement() {
        assertThat(Summarizer.firstClause("Both armies are to pull heavy weapons back at least 15 kilometres from the"
                        + " line within ten days, and a humanitarian corridor through the town of Ossel is to open"
                        + " within 48 hours so that aid convoys can reach villages that have been cut off for weeks."))
                .isEqualTo("Both armies are to pull heavy weapons back at least 15 kilometres from the line within"
                        + " ten days.");
        // a list's last item is no second statement, and a short head is no point
        assertThat(Summarizer.firstClause("He thanked the police, the firefighters, the volunteers who filled sandbags"
                        + " through the night in the rain and the wind, and the families who took in their neighbours"
                        + " when the water reached the upper floors of the terraces by the river."))
                .isNull();
    }

    @Test
    void keyPointsPreferAFactAboutTheHeadlineToTheNextSentenceInLine() {
        String text = "The Harbour Council voted on Tuesday to restore the night ferry between Grenby and Vell. "
                + "The service was cut three years ago to save money. "
                + "Councillors spent most of the evening on other business before the vote came up. "
                + "The meeting ran late and several members left before the end of the session. "
                + "Residents in the public gallery applauded politely when the result was read out. "
                + "The mayor thanked the clerks for their patience during the long session. "
                + "A spokesman said the council would publish its minutes within the week as usual. "
                + "Members then discussed the state of the park benches along the promenade at length. "
                + "A proposal to repaint the town hall railings was deferred to the spring meeting. "
                + "Several councillors raised the question of parking outside the library once more. "
                + "The session closed with a vote of thanks to the retiring treasurer for her long service. "
                + "The restored night ferry will carry up to 240 passengers and run four times a week from June. "
                + "Tickets for the night ferry will cost 12 crowns, the same as the day service.";

        String title = "Night ferry between Grenby and Vell restored";

        Summarizer.Choice byPosition = summarizer.choose(title, text, new double[] {0, 0});
        assertThat(byPosition.points())
                .map(byPosition::shown)
                .noneSatisfy(p -> assertThat(p).contains("240 passengers"));
        assertThat(summarizer.summarize(title, text).points())
                .anySatisfy(p -> assertThat(p).contains("240 passengers"));
    }

    /** Whether every word of {@code sentence} occurs in {@code text}, in order (compression only deletes). */
    static boolean wordsInOrder(String text, String sentence) {
        String[] words = sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String haystack =
                " " + String.join(" ", text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) + " ";
        int at = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            int found = haystack.indexOf(" " + w + " ", at);
            if (found < 0) {
                return false;
            }
            at = found + w.length() + 1;
        }
        return true;
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
        assertThat(CleanText.clean("(cnn) on the surface, the vote passed."))
                .isEqualTo("On the surface, the vote passed.");
        assertThat(CleanText.clean("Rome (CNN) Italy voted.")).isEqualTo("Italy voted.");
        assertThat(CleanText.clean("rome (ap) -- italy voted.")).isEqualTo("Italy voted.");
        assertThat(CleanText.clean("The deal (and the vote) passed.")).isEqualTo("The deal (and the vote) passed.");
        assertThat(CleanText.clean("Prince Harry, pictured above in Las Vegas in 2012, was said to have left."))
                .isEqualTo("Prince Harry was said to have left.");
        assertThat(CleanText.clean("A rifle (similar to the one pictured) was stolen."))
                .isEqualTo("A rifle was stolen.");
        assertThat(CleanText.clean("She was pictured, smiling, at the gala."))
                .isEqualTo("She was pictured, smiling, at the gala.");
        assertThat(CleanText.clean("The mayor (pictured) spoke to crowds.")).isEqualTo("The mayor spoke to crowds.");
        assertThat(CleanText.keep("Advertisement")).isFalse();
        assertThat(CleanText.keep("Read more: the whole story of the ferry")).isFalse();
        assertThat(CleanText.keep("By Jane Doe")).isFalse();
        assertThat(CleanText.keep("File picture used to illustrate this report."))
                .isFalse();
        assertThat(CleanText.keep("Stock image of a ferry at dusk")).isFalse();
        assertThat(CleanText.keep("The file picture shows the quay.")).isTrue();
    }

    @Test
    void aCaptionRunIntoTheNextSentenceIsCutOffAndLabelledCaptionsAreDropped() {
        assertThat(CleanText.uncaption("Crowds gather on the quay at Vell as the restored ferry arrives for the first"
                        + " time in years The council said the service would run four nights a week."))
                .isEqualTo("The council said the service would run four nights a week.");
        assertThat(CleanText.uncaption("The ferry sailed at nine and reached Vell by midnight."))
                .isEqualTo("The ferry sailed at nine and reached Vell by midnight.");
        assertThat(CleanText.labelled("Back in service: the night ferry leaves the harbour at dusk on its first run"))
                .isTrue();
        assertThat(CleanText.labelled("The mayor said: the ferry is back for good."))
                .isFalse();
        assertThat(CleanText.keep("Back in service: the night ferry leaves the harbour at dusk on its first run"))
                .isFalse();

        String text = "The Harbour Council restored the night ferry to Vell on Tuesday after a two-year gap.\n"
                + "Back in service: the night ferry leaves the harbour at dusk on its first run in two years\n"
                + "Islanders waved from the pier as the ferry left the harbour at dusk The boat will sail four nights"
                + " a week from June.\n"
                + "Residents had signed a petition with more than 2,000 names asking for the service.\n"
                + "The council said the crossings would cost 1.4 million crowns a year.\n"
                + "Fares are expected to cover about a third of that cost, officials said.";
        Summary s = summarizer.summarize(null, text);
        List<String> all = new ArrayList<>(s.tldr());
        all.addAll(s.points());
        assertThat(String.join("\n", all)).doesNotContain("Back in service").doesNotContain("Islanders waved");
        assertThat(all).contains("The boat will sail four nights a week from June.");
    }

    @Test
    void keyPointsStandAloneWithoutTheSentenceBeforeThem() {
        String text = "The council voted on Tuesday to restore the night ferry between Grenby and Vell from June. "
                + "The service will run four nights a week and cost 1.4 million crowns a year. "
                + "Island shopkeepers had asked for the ferry for a decade after visitors left before evening trade. "
                + "That is the whole point of the plan. "
                + "But the harbour master warned that the old pier needs repairs before winter storms arrive. "
                + "Tickets go on sale in May at the Vell terminal and online through the council website. "
                + "Those are not small things. "
                + "It's not the end of the world for the island. "
                + "Their mortgage is on a variable rate and rises with the bank's. "
                + "However, the council said the timetable could still change before the summer. "
                + "Ferry captain Ola Berg: two decades on the crossing. "
                + "Children under twelve will travel free on every crossing of the restored night ferry. "
                + "The first crossing is planned for the evening of the first Friday in June this year.";

        Summary s = summarizer.summarize("Night ferry restored", text);

        assertThat(s.points())
                .isNotEmpty()
                .noneMatch(p -> p.startsWith("That is") || p.startsWith("Those are") || p.startsWith("But "))
                .noneMatch(p -> p.startsWith("It's") || p.startsWith("Their") || p.startsWith("However"))
                .noneMatch(p -> p.startsWith("Two decades"));
    }

    @Test
    void keyPointsSkipAQuotationWhoseSpeakerIsOnlyAPronoun() {
        String text = "The Bank of Vell raised its main rate by a quarter point to 4.75 per cent on Thursday. "
                + "Families with variable mortgages in Grenby will feel the rise first, the governor said. "
                + "\"About forty crowns a month,\" she said, standing outside the nursery where she had left her son. "
                + "Exporters of herring and salmon warned that a stronger crown makes their catch dearer abroad. "
                + "The bank's next decision on rates is due in six weeks, after new figures on prices. "
                + "Economists had expected the rise after prices grew faster than wages for a third month. "
                + "Shares in the largest home builders fell sharply in early trading after the announcement.";

        Summary s = summarizer.summarize("Bank of Vell raises rates", text);

        assertThat(s.points()).hasSizeGreaterThanOrEqualTo(3).noneMatch(p -> p.contains("she said"));
    }

    @Test
    void keyPointsSkipASentenceWhoseSubjectIsOnlyAPronounAndQuestions() {
        String text =
                "Riverton Rovers won the Continental Cup on Saturday, beating Castlegate United 2-1 after extra time. "
                        + "Who could have seen a teenager deciding the biggest final of the season in extra time? "
                        + "Elias Haugen, 19, came off the bench late in normal time at a packed Crown Park. "
                        + "In the 114th minute, he curled one in off the far post to win the final. "
                        + "They had trailed to a first-half header by Castlegate's Mateo Ferrin for most of the game. "
                        + "Riverton skipper Danny Orrell levelled with a volley midway through the second half. "
                        + "Castlegate's Jonah Prieto was sent off early in extra time for a second yellow card. "
                        + "It is Riverton's first major trophy in 41 years, and the club's fans filled the square.";

        Summary s = summarizer.summarize("Haugen wins it late", text);

        assertThat(s.points())
                .hasSizeGreaterThanOrEqualTo(3)
                .noneMatch(p -> p.startsWith("He ") || p.startsWith("They ") || p.startsWith("She "))
                .noneMatch(p -> p.endsWith("?"));
    }

    @Test
    void theTldrDoesNotTellTheStandfirstAgainInTheOpeningSentence() {
        String standfirst = "Members of the Ardenian Rail and Transport Union will walk out for 48 hours from Tuesday,"
                + " halting most passenger and freight services, after rejecting a 3.2 per cent pay offer from"
                + " Ardenian Railways.";
        String opening = "Rail workers across Ardenia will strike for 48 hours from next Tuesday, their union said on"
                + " Monday, after talks with the state operator Ardenian Railways broke down over pay and staffing.";
        String rest = "The walkout is the first national rail strike in eleven years. Commuter lines around Vesper and"
                + " Grenby will run no trains at all, the operator warned. Freight customers, including the ports"
                + " of Marrow Bay and Tollen, have been told to expect delays into the following weekend. The union"
                + " wants a rise of at least 6 per cent and a freeze on cuts to station staff.";

        Summary paragraphs = summarizer.summarize("Rail strike", standfirst + "\n\n" + opening + "\n\n" + rest);
        Summary runOn = summarizer.summarize("Rail strike", standfirst + " " + opening + " " + rest);

        assertThat(paragraphs.tldr()).hasSizeBetween(1, 3).doesNotContain(standfirst + opening);
        assertThat(paragraphs.tldr().contains(standfirst) && paragraphs.tldr().contains(opening))
                .as("a standfirst and the opening sentence that restates it: one of them")
                .isFalse();
        assertThat(runOn.tldr())
                .as("without paragraphs there is no standfirst, and the chooser may take both")
                .contains(standfirst, opening);
    }

    @Test
    void aStandfirstOfTwoSentencesIsToldOnceInTheTldrAndTheKeyPoints() {
        String dek = "City council backs car-free centre by 31 votes to 22 after a five-hour debate. Shopkeepers"
                + " are furious; cyclists are delighted.";
        String opening = "Private cars will be banned from Vesper's old town from 1 April next year after the city"
                + " council voted 31 to 22 to approve the plan.";
        String rest = String.join(
                "\n\n",
                "The zone covers about 1.4 square kilometres inside the old ring road, including Cathedral Square"
                        + " and the riverside streets along the Vell. Residents' cars, delivery vans before 11am,"
                        + " taxis, emergency vehicles and blue-badge holders will still be allowed in. Everyone else"
                        + " faces a 750-crown fine, enforced by number-plate cameras.",
                "Not everyone agrees. The Old Town Traders' Association says shops could lose up to a quarter of"
                        + " their customers.",
                "The council says it will add two park-and-ride sites and a free electric shuttle loop, running"
                        + " every six minutes. A review is planned after one year.",
                "Traffic in the zone has fallen 12 per cent since a trial weekend closure began last summer,"
                        + " according to city figures.");
        String first = "City council backs car-free centre by 31 votes to 22 after a five-hour debate.";

        Summary s = summarizer.summarize("Vesper votes to ban cars", dek + "\n\n" + opening + "\n\n" + rest);

        List<String> told = new java.util.ArrayList<>(s.tldr());
        told.addAll(s.points());
        assertThat(told.contains(first) && told.contains(opening))
                .as("the vote told once: %s", told)
                .isFalse();
        assertThat(Summarizer.standfirstSentences(
                        dek + "\n\n" + opening + "\n\n" + rest,
                        List.of(first, "Shopkeepers are furious; cyclists are delighted.", opening, "The zone covers")))
                .isEqualTo(2);
    }

    @Test
    void keyPointsSkipSentencesFromInsideAQuotationInSingleMarks() {
        // closes a quotation opened in the sentence before
        assertThat(ReadAlone.insideSingleQuotes("I should not be treated differently.'"))
                .isTrue();
        assertThat(ReadAlone.insideSingleQuotes("It made things hard in my life,' Dayna told the paper."))
                .isTrue();
        // opens one that goes on into the next sentence
        assertThat(ReadAlone.insideSingleQuotes("'The dog went to the water's edge to see the crocodile."))
                .isTrue();
        // whole quotations, apostrophes, plural possessives and abbreviated years are fine
        assertThat(ReadAlone.insideSingleQuotes("'We listened,' she said.")).isFalse();
        assertThat(ReadAlone.insideSingleQuotes("He said the fans' patience 'has run out.'"))
                .isFalse();
        assertThat(ReadAlone.insideSingleQuotes("The couple didn't expect a '90s sitcom theme to go viral."))
                .isFalse();
        assertThat(ReadAlone.insideSingleQuotes("The bank's rate rose to 5% on Tuesday."))
                .isFalse();
    }

    @Test
    void keyPointsSkipFragmentsOfAQuotationCutAtAFullStop() {
        assertThat(ReadAlone.balanced("\"This is the club I supported as a boy."))
                .isFalse();
        assertThat(ReadAlone.balanced("\"We listened,\" she said.")).isTrue();
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
