package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.nlp.WordNet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionAnswererTest {
    private final QuestionAnswerer qa = new QuestionAnswerer();
    private final List<Passage> ferry =
            List.of(new Passage("Harbour Times", "Night ferry", AiFixtures.text("ferry-article.txt")));

    @Test
    void quotesTheSentenceThatAnswersWithItsOutletAndMarksTheMatchingWords() {
        Answer a = qa.answer("How much will the ferry service cost?", ferry);
        assertThat(a.supported()).isTrue();
        assertThat(a.evidence().getFirst().sentence()).contains("1.4 million crowns");
        assertThat(a.evidence().getFirst().outlet()).isEqualTo("Harbour Times");
        assertThat(a.evidence().getFirst().spans())
                .filteredOn(Answer.Span::match)
                .extracting(Answer.Span::text)
                .contains("cost", "service");
    }

    @Test
    void aQuestionInOtherWordsFindsItsAnswerThroughWordsOfLikeMeaning() {
        var housing = List.of(new Passage(
                "Civic Voice",
                "Housing plan",
                "The housing minister set out the plan on Tuesday. The programme would build 60,000 new social"
                        + " homes by 2030, most of them in the north. Critics said the money would not go far"
                        + " enough. The opposition called the plan a rerun of promises made in 2019."));
        String asked = "How many new houses will be built?";
        assertThat(qa.answer(asked, housing).supported())
                .as("by the question's own words: only \"new\" is in the text")
                .isFalse();
        Answer a = new QuestionAnswerer(null, 1, WordNet::shared).answer(asked, housing);
        assertThat(a.evidence())
                .extracting(Answer.Evidence::sentence)
                .containsExactly(
                        "The programme would build 60,000 new social homes by 2030, most of them in the north.");
        assertThat(a.evidence().getFirst().spans())
                .filteredOn(Answer.Span::match)
                .extracting(Answer.Span::text)
                .as("the words standing for the question's marked too")
                .containsExactly("build", "new", "homes");
    }

    @Test
    void aQuestionOnlyAFigureAnswersIsNotAnsweredByASentenceWithoutOne() {
        var plant = List.of(new Passage(
                "Daily Ledger",
                "Battery plant for Northmark",
                "Kestrel Cells will build its battery plant at the old paper mill in Skarvik. \"A battery plant"
                        + " has more in common with a paper mill than people think,\" its founder said. Work on"
                        + " the site starts in the spring."));
        assertThat(qa.answer("How many people will work at the battery plant?", plant)
                        .supported())
                .as("the quote shares the words, and gives no number")
                .isFalse();
        assertThat(qa.answer("How much will the battery plant cost?", plant).supported())
                .isFalse();
        var leader = List.of(new Passage(
                "Civic Voice",
                "Marsh survives",
                "Helena Marsh survived the vote by five votes. Marsh has led the Civic Alliance since 2019. The"
                        + " bill now goes to committee."));
        assertThat(quoted("How long has Marsh led the Civic Alliance?", leader))
                .as("\"since\" tells how long")
                .containsExactly("Marsh has led the Civic Alliance since 2019.");
    }

    @Test
    void aSentenceThatNamesWhatIsCountedWithoutCountingItDoesNotSayHowMany() {
        var truce = List.of(new Passage(
                "Global Observer",
                "A truce",
                "The truce was signed in Port Caldera on Tuesday. The two governments have also committed to"
                        + " exchanging an agreed list of detainees, the first of whom could cross as early as next"
                        + " week. Forty unarmed monitors will watch the line."));
        assertThat(qa.answer("How many detainees will be exchanged?", truce).supported())
                .as("\"two\" counts the governments")
                .isFalse();
        assertThat(quoted("How many monitors will watch the line?", truce))
                .containsExactly("Forty unarmed monitors will watch the line.");
    }

    @Test
    void howManyIsAnsweredByACountOfTheThingAskedAboutAndNotByOtherFigures() {
        var final_ = List.of(new Passage(
                "Metro Wire",
                "Cup final",
                "Riverton beat Castlegate 2–1 in the final in front of their fans at Crown Park tonight. The club"
                        + " was founded in the 1890s and last won a trophy 41 years ago. The players will parade"
                        + " the cup through the town on Tuesday. The club's volunteers, about fifty of them, ran"
                        + " the fan zone at Crown Park."));
        assertThat(qa.answer("How many fans were at the final?", final_).supported())
                .as("a score, a decade, a stretch of time, and fifty volunteers: no count of the fans")
                .isFalse();
        assertThat(qa.answer("How many seats does Crown Park have?", final_).supported())
                .isFalse();
        assertThat(quoted("How many years since the club last won a trophy?", final_))
                .as("years asked for are counted in years")
                .containsExactly("The club was founded in the 1890s and last won a trophy 41 years ago.");

        var truce = List.of(new Passage(
                "Metro Wire",
                "Truce signed",
                "The truce was signed in Port Caldera after three days of talks. Forty unarmed Lusmarkian monitors"
                        + " will walk the line and write down what they see. The front line runs for 70 kilometres."));
        assertThat(quoted("How many monitors will be watching the front line?", truce))
                .as("the count of the monitors, in other words than the question's")
                .containsExactly("Forty unarmed Lusmarkian monitors will walk the line and write down what they see.");
    }

    @Test
    void aQuestionAskingForANameIsAnsweredOnlyByANameOfWhatItAsksAbout() {
        var breach = List.of(new Passage(
                "Circuit & Signal",
                "Hollis & Grant breach",
                "The attackers used the login of an employee at an outside firm that handles Hollis & Grant's"
                        + " customer service. The app, officially called ArdID, opens in January. The vaccine"
                        + " will be manufactured by Orrin Biologics in Eastholm."));
        assertThat(qa.answer("What's the name of the outside firm whose login was used?", breach)
                        .supported())
                .as("the sentence names only the company the firm works for")
                .isFalse();
        assertThat(quoted("What's the name of the new app?", breach))
                .containsExactly("The app, officially called ArdID, opens in January.");
        assertThat(quoted("Who's manufacturing the vaccine?", breach))
                .containsExactly("The vaccine will be manufactured by Orrin Biologics in Eastholm.");
    }

    @Test
    void aQuestionOfWhyIsAnsweredOnlyByASentenceGivingAReason() {
        var brewery = List.of(new Passage(
                "Daily Ledger",
                "Oldmere to close its Kessing brewery",
                "Oldmere will close its historic brewery in Kessing and move all production to Tollen. The"
                        + " brewery has stood in Kessing since 1884. Its shares, at 41 crowns, trade below the"
                        + " 48 crowns offered, a gap traders attributed to regulatory risk."));
        assertThat(new QuestionAnswerer(null, 1, WordNet::shared)
                        .answer("Why is Oldmere shutting the Kessing brewery?", brewery)
                        .supported())
                .as("\"close\" stands for \"shutting\", but the sentence gives no reason")
                .isFalse();
        assertThat(quoted("Why are the shares below the offer?", brewery))
                .containsExactly("Its shares, at 41 crowns, trade below the 48 crowns offered, a gap traders"
                        + " attributed to regulatory risk.");
    }

    @Test
    void whyTheReportsOwnEventHappenedIsTheReasonItsOpeningGivesInWhateverWords() {
        var profit = List.of(new Passage(
                "Daily Ledger",
                "Halvorsen profit slides as price war bites",
                "Halvorsen Markets reported a 14 per cent fall in operating profit on Tuesday as price cuts"
                        + " aimed at discount rivals ate into its margins. Revenue rose 3 per cent to 4.8 billion"
                        + " crowns. The company will pay its dividend in May."));
        assertThat(quoted("why did profits drop", profit))
                .as("\"drop\" is not the report's word, but its opening gives the reason for the fall")
                .containsExactly("Halvorsen Markets reported a 14 per cent fall in operating profit on Tuesday as"
                        + " price cuts aimed at discount rivals ate into its margins.");
        var strike = List.of(new Passage(
                "The Harbour Times",
                "Rail workers to strike next week",
                "Rail workers will strike for 48 hours from next Tuesday, their union said, after talks with"
                        + " the operator broke down over pay. The operator carries 480,000 passengers a day."));
        assertThat(quoted("Why are they walking out?", strike))
                .containsExactly("Rail workers will strike for 48 hours from next Tuesday, their union said, after"
                        + " talks with the operator broke down over pay.");
        var truce = List.of(new Passage(
                "Metro Wire",
                "Truce agreed in Port Caldera",
                "The two sides agreed a 30-day truce on Monday. The agreement was signed shortly after eight"
                        + " o'clock in the old Customs House. Fighting has displaced 38,000 people since the"
                        + " spring."));
        assertThat(qa.answer("Why did they sign the agreement?", truce).supported())
                .as("\"after eight o'clock\" and \"since the spring\" tell a time, not a reason")
                .isFalse();
        assertThat(qa.answer("Why did the thieves take that painting?", truce).supported())
                .as("a question about something the report does not tell of")
                .isFalse();
    }

    @Test
    void aReasonDueToACauseAnswersWhyAndAHeadlineAloneIsNoOpening() {
        var outage = List.of(
                new Passage("Metro Wire", "Nimbus Cloud outage", ""),
                new Passage(
                        "Circuit & Signal",
                        "Nimbus Cloud back after outage",
                        "Nimbus Cloud is working again, six hours into an outage. The outage was due to a faulty"
                                + " configuration update."));
        assertThat(quoted("why was there an outage?", outage))
                .containsExactly("The outage was due to a faulty configuration update.");
        assertThat(qa.answer("why did Nimbus falter?", outage).supported())
                .as("its headline holds the question's words, but the article has no opening to give a reason")
                .isFalse();
    }

    @Test
    void howComeAsksWhyAndNeitherAContractionNorInTheFirstPlaceIsAWordToFind() {
        var cinema = List.of(new Passage(
                "Northwind Post",
                "Grenby's Palladium reopens",
                "The Palladium in Grenby reopened on Friday night after three dark years. The cinema closed in"
                        + " 2021 when its previous owner retired and no buyer came forward. The wood of its seats"
                        + " did not rot because the hall was kept dry. Volunteers now sell the tickets."));
        assertThat(quoted("why did the palladium close in the first place?", cinema))
                .as("\"first place\" is no place in an order; \"when its owner retired\" is the reason")
                .containsExactly(
                        "The cinema closed in 2021 when its previous owner retired and no buyer came" + " forward.");
        assertThat(quoted("how come the wood didn't rot", cinema))
                .containsExactly("The wood of its seats did not rot because the hall was kept dry.");
    }

    @Test
    void leadingIsFoundWhateverWordsTellIt() {
        var election = List.of(new Passage(
                "Global Observer",
                "Porta Nova wins Estrava's election",
                "Porta Nova, a party founded three years ago, won the most seats on Sunday. \"We intend to"
                        + " prove them right,\" the party's leader, Inés Albarrán, told supporters in Lunetta."
                        + " Its programme was drawn up by a panel headed by the economist Tomás Rey."));
        assertThat(quoted("who is in charge of the party?", election))
                .containsExactly("\"We intend to prove them right,\" the party's leader, Inés Albarrán, told"
                        + " supporters in Lunetta.");
        assertThat(quoted("who led the panel?", election))
                .containsExactly("Its programme was drawn up by a panel headed by the economist Tomás Rey.");
    }

    @Test
    void theWeatherIsFoundInWhatItWas() {
        var marathon = List.of(new Passage(
                "Field Gazette",
                "Oduya breaks the record",
                "Oduya won in 2:09:41. The temperature at the start was 8°C under an overcast sky. Her coach"
                        + " said she had trained for this for years."));
        assertThat(quoted("what was the weather like", marathon))
                .containsExactly("The temperature at the start was 8°C under an overcast sky.");
        assertThat(qa.answer(
                                "what was the weather like",
                                List.of(new Passage(
                                        "Field Gazette",
                                        "Oduya",
                                        "Oduya won in"
                                                + " 2:09:41. Her coach said she had trained for this for years.")))
                        .supported())
                .isFalse();
    }

    @Test
    void wantingIsFoundWhateverWordsTellItAndAShareGivesTheRiseAsked() {
        var nurses = List.of(new Passage(
                "Metro Wire",
                "Nurses vote to strike over pay",
                "Nurses at Vesper's three hospitals will walk out for a day next month. The hospital trust has"
                        + " offered a pay rise of 2 per cent. The nurses' union is seeking 7 per cent and more"
                        + " staff on night wards. Ward sisters have ridden in to work before dawn for years."));
        assertThat(quoted("what does the union want?", nurses))
                .containsExactly("The nurses' union is seeking 7 per cent and more staff on night wards.");
        assertThat(quoted("what pay rise is the union asking for?", nurses))
                .as("the union's wish, with a share, gives the rise it does not name; the trust's offer only names one")
                .containsExactly("The nurses' union is seeking 7 per cent and more staff on night wards.");
        assertThat(quoted("what pay rise do they want?", nurses))
                .as("wanting is the one other word")
                .containsExactly("The nurses' union is seeking 7 per cent and more staff on night wards.");
        assertThat(qa.answer("what bus do the ward sisters ride?", nurses).supported())
                .as("riding, and no share or sum, names no bus")
                .isFalse();
    }

    @Test
    void anAgeIsFoundHoweverItIsToldAndWhoeverTheQuestionCallsItsSubject() {
        var climber = List.of(new Passage(
                "Northwind Post",
                "Youngest climber crosses the Kessel ridge",
                "Ingrid Sørlie reached the summit of the Kessel ridge on Friday, the youngest person to cross it"
                        + " alone. Sørlie was fifteen years, four months and two days old when she signed the"
                        + " summit book. Sørlie trains with her brother Anders twice a week and has a place in"
                        + " next year's Alpine Trophy. Her first trophy was a 40-year-old cup."));
        String age = "Sørlie was fifteen years, four months and two days old when she signed the summit book.";
        assertThat(quoted("how old is Ingrid Sorlie?", climber))
                .as("an age in words; her surname alone names her once she is named in full; letters typed plain")
                .containsExactly(age);
        assertThat(quoted("how old was she when she crossed the ridge?", climber))
                .as("the article's own subject, at a moment told in other words")
                .containsExactly(age);
        assertThat(quoted("how old is she exactly?", climber)).containsExactly(age);
        assertThat(qa.answer("how old is the Alpine Trophy?", climber).supported())
                .as("a thing's name is no one's full name: 'trophy' alone is any trophy, her first one no other")
                .isFalse();

        var find = List.of(new Passage(
                "Harbour Times",
                "Farmers plough up an ancient sword near Tollen",
                "A farmer ploughing a field near Tollen has turned up a bronze sword. Archaeologists were on the"
                        + " site within a day. Tests at the University of Vesper date the blade to between 800 and"
                        + " 700 BC, older than any weapon found in the valley."));
        assertThat(quoted("how old is the sword they found?", find))
                .as("a thing's age is its dating, of what the headline names")
                .containsExactly("Tests at the University of Vesper date the blade to between 800 and 700 BC, older"
                        + " than any weapon found in the valley.");
    }

    @Test
    void aStretchOfTimeIsFoundInWordsAndWhateverVerbFramesIt() {
        var curfew = List.of(new Passage(
                "Global Observer",
                "Alcena imposes a night curfew",
                "A night curfew in Alcena begins tonight and will be in force for ninety days, the city said."
                        + " Shops must close by nine. A public consultation on the rules will run for twelve weeks."));
        assertThat(quoted("how long is the curfew in force?", curfew))
                .as("a stretch in words")
                .containsExactly("A night curfew in Alcena begins tonight and will be in force for ninety days, the"
                        + " city said.");
        assertThat(quoted("how long is the consultation open for?", curfew))
                .as("'open' only frames the stretch asked for")
                .containsExactly("A public consultation on the rules will run for twelve weeks.");
    }

    @Test
    void aQuestionOfWhereIsNotAnsweredByASentenceWithoutAPlace() {
        var carBan = List.of(new Passage(
                "Metro Wire",
                "Vesper bans cars from the old town",
                "Private cars will be banned from the old town from April. The council says it will add two"
                        + " park-and-ride sites and a free shuttle loop. A rest centre is open at Cathedral Hall."));
        assertThat(qa.answer("Where will the new park-and-ride sites be?", carBan)
                        .supported())
                .as("the sentence shares every word of the question, but names no place")
                .isFalse();
        assertThat(quoted("Where is the rest centre?", carBan))
                .containsExactly("A rest centre is open at Cathedral Hall.");
    }

    @Test
    void aQuestionOfWhenOrWhatTimeIsNotAnsweredByASentenceWithoutATime() {
        var flood = List.of(new Passage(
                "Harbour Times",
                "Marrow Bay under water",
                "Trains to Vesper are cancelled and thousands of homes have no power. The open-top bus parade"
                        + " starts from Mill Road on Tuesday. Engineers say the line is badly damaged."));
        assertThat(qa.answer("When will trains to Vesper be running again?", flood)
                        .supported())
                .isFalse();
        assertThat(qa.answer("What time does the open-top bus parade start?", flood)
                        .supported())
                .as("a day is not a time of day")
                .isFalse();
        var truce = List.of(new Passage(
                "Civic Voice",
                "A ceasefire is a beginning",
                "Make sure the detainee exchange happens fast, because nothing builds trust like families"
                        + " reunited on the evening news. The monitors arrive on Friday."));
        assertThat(qa.answer("when will the detainee exchange actually happen", truce)
                        .supported())
                .as("the evening news is no time, and 'actually' is no word to find")
                .isFalse();
        assertThat(QuestionKind.fits("when is it?", "It opens in the evening.")).isTrue();
        var parade = List.of(new Passage(
                "Northwind Post",
                "Parade",
                "The open-top bus parade starts from Mill Road at 2pm on Tuesday. Crowds are expected."));
        assertThat(quoted("And what time does the open-top bus parade start?", parade))
                .containsExactly("The open-top bus parade starts from Mill Road at 2pm on Tuesday.");
        var drought = List.of(new Passage(
                "Global Observer",
                "Drought",
                "The river has fallen to its lowest level in forty years. Water to the old town will be turned"
                        + " off between 11pm and 5am from Monday."));
        assertThat(quoted("What hours is the water turned off?", drought))
                .as("\"what hours\" asks when, and names no thing the sentence must name")
                .containsExactly("Water to the old town will be turned off between 11pm and 5am from Monday.");
    }

    @Test
    void aPriceAskedForIsASumOfMoneyAndByHowMuchIsHowMuch() {
        var breach = List.of(new Passage(
                "Circuit & Signal",
                "Breach",
                "A few days later a sample of 10,000 records was offered for sale on a criminal forum. The retailer"
                        + " had revenue of 9.6 billion crowns last year. The crown has climbed steadily this year"
                        + " against other currencies."));
        assertThat(qa.answer("How much were the criminals asking for the sample of 10,000 records?", breach)
                        .supported())
                .isFalse();
        assertThat(qa.answer("By how much has the crown risen against other currencies this year?", breach)
                        .supported())
                .as("no figure for the rise")
                .isFalse();
        assertThat(qa.answer("What profit did the retailer make last year?", breach)
                        .supported())
                .as("the thing asked for, profit, is not in the sentence on last year's revenue")
                .isFalse();
    }

    @Test
    void aQuoteFromAnOpinionPieceSaysSo() {
        var coverage = List.of(
                new Passage("Metro Wire", "Truce", "The truce was signed in Port Caldera on Tuesday night."),
                new Passage(
                        "Civic Voice",
                        "A beginning",
                        "Forty unarmed monitors from Lusmark will walk the line and write down what they see.",
                        true));
        Answer a = qa.answer("How many monitors will walk the line?", coverage);
        assertThat(a.evidence()).singleElement().satisfies(e -> {
            assertThat(e.outlet()).isEqualTo("Civic Voice");
            assertThat(e.opinion()).isTrue();
        });
        assertThat(qa.answer("Where was the truce signed?", coverage).evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.opinion()).isFalse());
    }

    @Test
    void theRestOfAContractionIsNoWordToLookFor() {
        AskTerms terms = new AskTerms();
        String q = "Is it cheaper to get in if you're young, and we'll go?";
        assertThat(terms.lookedFor(q, q.toLowerCase(java.util.Locale.ROOT))).containsExactly("cheaper", "young", "go");
    }

    @Test
    void aQuestionOfHowHighOrHowBigWantsTheSentenceWithTheMeasure() {
        var flood = List.of(new Passage(
                "Northwind Post",
                "Marrow Bay under water",
                "Residents watched the river Vell rising all evening as the rain went on. By midnight the river"
                        + " reached 5.8 metres at the Fenwick Bridge, the highest since records began. Schools"
                        + " stayed closed on Monday."));
        assertThat(quoted("How high did the river get?", flood))
                .containsExactly(
                        "By midnight the river reached 5.8 metres at the Fenwick Bridge, the highest since records began.");
    }

    @Test
    void aSentenceThatSharesOnlyTheNamesAskedAboutDoesNotAnswer() {
        var breach = List.of(new Passage(
                "Metro Wire",
                "Hollis & Grant hacked",
                "Hollis & Grant says hackers copied records on about 3 million shoppers. Chief executive Adrian"
                        + " Pell said sorry to customers on Tuesday. The Data Protection Authority has opened an"
                        + " inquiry, and the company could face a large fine."));
        assertThat(qa.answer("Has Adrian Pell offered to resign?", breach).supported())
                .isFalse();
        assertThat(quoted("What did Adrian Pell say to customers?", breach))
                .containsExactly("Chief executive Adrian Pell said sorry to customers on Tuesday.");
    }

    @Test
    void aQuestionOfWhatSomethingCostsWantsASumOfMoneyNotAnyFigure() {
        var rates = List.of(new Passage(
                "Daily Ledger",
                "Rate rise",
                "The bank raised its rate to 4.75 per cent on Thursday. Roughly 41 per cent of mortgages are on"
                        + " variable rates, so the rise will cost many borrowers more each month. For a typical"
                        + " mortgage, repayments go up by about 440 crowns a month."));
        assertThat(quoted("How much more will my mortgage cost each month?", rates))
                .containsExactly("For a typical mortgage, repayments go up by about 440 crowns a month.");
        assertThat(quoted("What does the rise cost a typical mortgage each month?", rates))
                .containsExactly("For a typical mortgage, repayments go up by about 440 crowns a month.");
    }

    @Test
    void whatCausedTheEventIsTheCauseTheArticleStatesNotItsOpening() {
        var outage = List.of(new Passage(
                "Metro Wire",
                "Payments back after outage",
                "Card payments are working again after an outage of about five hours that hit shops across"
                        + " the country. Tills started failing just after 9am. The cause? Not an attack, the"
                        + " processor says. It blames a faulty software release that reached every data centre"
                        + " at once. Refunds should arrive within two days."));
        String cause = "It blames a faulty software release that reached every data centre at once.";
        assertThat(quoted("What caused it?", outage)).containsExactly(cause);
        assertThat(quoted("What caused the outage?", outage)).containsExactly(cause);
        assertThat(quoted("What was the cause of the outage?", outage)).containsExactly(cause);
    }

    @Test
    void aPlaceInAnOrderIsFoundWhateverVerbTellsIt() {
        var tournament = List.of(new Passage(
                "The Field Gazette",
                "Halden wins the Vesper Open",
                "Tove Halden won the Vesper Open on tie-break after a final round that ran 40 seconds past"
                        + " the deadline. Ilse Brandt finished second, half a point behind, and Aron Weiss was"
                        + " third. The prize fund was 80,000 crowns."));
        String second = "Ilse Brandt finished second, half a point behind, and Aron Weiss was third.";
        for (String question : List.of("Who came second?", "Who was the runner-up?", "Who finished second?")) {
            assertThat(quoted(question, tournament)).as(question).containsExactly(second);
        }
        var race = List.of(new Passage(
                "The Field Gazette",
                "Oduya breaks the record",
                "Oduya won in 2:09:41, 37 seconds inside the old record. Tsige Marew was second in 2:11:52. Liesel"
                        + " Varro was third, 52 seconds down."));
        assertThat(quoted("Who finished second?", race))
                .as("\"was second\"; not the third place 52 seconds down")
                .containsExactly("Tsige Marew was second in 2:11:52.");
        assertThat(quoted("Who was in third place?", race)).containsExactly("Liesel Varro was third, 52 seconds down.");
    }

    @Test
    void aTimeFromNowSaysWhen() {
        var fares = List.of(new Passage(
                "The Daily Ledger",
                "Rail fares to rise",
                "The regulator approved a rise in rail fares of 4 per cent. Operators said they would raise"
                        + " their fares from the start of next month. The next fare review is in six weeks,"
                        + " alongside the timetable change."));
        assertThat(quoted("When is the next fare review?", fares))
                .containsExactly("The next fare review is in six weeks, alongside the timetable change.");
    }

    @Test
    void aSeasonOrATimeFromNowSaysWhen() {
        assertThat(QuestionKind.fits(
                        "when might it rain again?",
                        "Forecasters see little prospect of heavy rain before the autumn."))
                .isTrue();
        assertThat(QuestionKind.fits("when is the review?", "The review is within a fortnight."))
                .isTrue();
        assertThat(QuestionKind.fits("when is the review?", "The review looked at sixty pages."))
                .isFalse();
    }

    @Test
    void findsWhenTicketsGoOnSale() {
        Answer a = qa.answer("When do tickets go on sale?", ferry);
        assertThat(a.supported()).isTrue();
        assertThat(a.evidence()).extracting(Answer.Evidence::sentence).anyMatch(s -> s.contains("in May"));
    }

    @Test
    void aWhenQuestionQuotesOnlySentencesThatSayWhenOnceOneDoes() {
        var truce = List.of(
                new Passage(
                        "Metro Wire",
                        "Truce agreed",
                        "The deal was struck in Port Caldera. The ceasefire starts at 6am tomorrow."),
                new Passage("Global Observer", "A truce", "That is how many a ceasefire starts. Nobody expects more."));
        Answer a = qa.answer("When does the ceasefire start?", truce);
        assertThat(a.supported()).isTrue();
        assertThat(a.evidence()).extracting(Answer.Evidence::outlet).containsExactly("Metro Wire");
    }

    @Test
    void aHowLongQuestionLooksForAStretchOfTimeAndAHowManyOneForANumberInWordsOrDigits() {
        var truce = List.of(new Passage(
                "Civic Voice",
                "A truce",
                "It was the foreign minister who shuttled between the capitals while the government kept long"
                        + " silences. The 30-day ceasefire was signed tonight by both leaders. Unarmed monitors from"
                        + " Lusmark watch the whole thing. Forty unarmed monitors will walk the line and note what"
                        + " they see. From six o'clock tomorrow the line will be watched by monitors on both sides."));
        assertThat(quoted("How long does the ceasefire last?", truce))
                .containsExactly("The 30-day ceasefire was signed tonight by both leaders.");
        assertThat(quoted("How many monitors will watch the line?", truce))
                .containsExactly("Forty unarmed monitors will walk the line and note what they see.");
    }

    @Test
    void aWhereQuestionLooksForAPlaceAndNotForTheVerbThatFramesIt() {
        var talks = List.of(new Passage(
                "Global Observer",
                "Talks",
                "Three days of talks in Port Caldera ended with a deal on Sunday night. Engineers who might have"
                        + " been held in reserve are now working in the streets of the northern port."));
        assertThat(quoted("Where were the talks held?", talks))
                .containsExactly("Three days of talks in Port Caldera ended with a deal on Sunday night.");
    }

    @Test
    void aQuestionAboutTheEventItselfIsAnsweredFromTheArticlesOpening() {
        var theft = List.of(
                new Passage(
                        "Metro Wire",
                        "Painting stolen",
                        "A famous painting has vanished. Thieves took it from the National Gallery in Vesper early"
                                + " on Tuesday. Police are asking for witnesses."),
                new Passage("Civic Voice", "A theft", "On Monday the gallery had opened a new wing in Kalden."));
        assertThat(quoted("When did it happen?", theft))
                .containsExactly("Thieves took it from the National Gallery in Vesper early on Tuesday.");
        assertThat(qa.answer("Where did this happen?", theft).evidence())
                .extracting(Answer.Evidence::outlet)
                .containsExactly("Metro Wire");
        assertThat(qa.answer("Why did it happen?", theft).supported()).isFalse();
    }

    @Test
    void aWhyQuestionLooksForAReason() {
        var brewery = List.of(new Passage(
                "Daily Ledger",
                "Brewery to close",
                "Oldmere will close its brewery in Kessing by the end of next year. The Kessing brewery has stood"
                        + " on the river since 1884 and employs 230 people. Oldmere will close the Kessing site"
                        + " because it needs 180 million crowns of work to meet new rules on water."));
        assertThat(quoted("Why will Oldmere close the Kessing brewery?", brewery))
                .containsExactly("Oldmere will close the Kessing site because it needs 180 million crowns of work to"
                        + " meet new rules on water.");
    }

    @Test
    void quotesAQuotationWholeWhenItRunsOverSeveralSentences() {
        var talks = List.of(new Passage(
                "Metro Wire",
                "Truce",
                "The foreign minister spoke briefly after the signing. \"Thirty days is not a settlement. It is a"
                        + " chance, and our monitors from Lusmark will use it,\" he said. Talks resume next week."));

        Answer a = qa.answer("Who will the monitors be?", talks);

        assertThat(a.evidence())
                .extracting(Answer.Evidence::sentence)
                .containsExactly("\"Thirty days is not a settlement. It is a chance, and our monitors from Lusmark will"
                        + " use it,\" he said.");
    }

    @Test
    void aQuestionThatASubheadingAsksIsAnsweredFromTheOpeningOfItsSection() {
        var analysis = List.of(new Passage(
                "Global Observer",
                "A floor, not a house",
                "The truce was signed on Tuesday after three days of talks.\n\n"
                        + "What could go wrong\n\n"
                        + "The agreement's weaknesses are plain. The monitors cannot stop anyone. Militias on"
                        + " each side have not signed anything.\n\n"
                        + "Why now\n\n"
                        + "Neither government has changed its view of who owns the marsh. What has changed is"
                        + " the cost of fighting over it."));
        assertThat(quoted("What could go wrong?", analysis))
                .containsExactly("The agreement's weaknesses are plain. The monitors cannot stop anyone. Militias on"
                        + " each side have not signed anything.");
        assertThat(quoted("Why now?", analysis))
                .containsExactly(
                        "Neither government has changed its view of who owns the marsh.",
                        "What has changed is the cost of fighting over it.");
    }

    @Test
    void aSectionHeadedWithTwoThingsAnswersForTheOneAskedAboutFromWhereItTurnsToIt() {
        var review = List.of(new Passage(
                "Circuit & Signal",
                "Korrin Slate 2 review",
                "The Slate 2 is the first colour e-reader worth buying.\n\n"
                        + "Software and battery\n\n"
                        + "The software remains a mixed picture. The library is tidy and the fonts are good.\n\n"
                        + "The battery lasted well. I charged it once in 26 days of reading.\n\n"
                        + "Verdict\n\n"
                        + "Buy it if colour matters to you."));
        assertThat(quoted("How is the battery?", review))
                .containsExactly("The battery lasted well.", "I charged it once in 26 days of reading.");
        assertThat(quoted("What about the software?", review))
                .as("a sentence that says what it is like, quoted with the one that tells it")
                .containsExactly("The software remains a mixed picture. The library is tidy and the fonts are good.");
    }

    @Test
    void aShortSentenceThatAnnouncesWhatFollowsIsQuotedWithTheNextInItsParagraph() {
        var museum = List.of(new Passage(
                "Harbour Times",
                "National Museum reopens",
                "The National Museum reopened on Saturday after six years of building work.\n\n"
                        + "The reopening has not been free of controversy. The renovation was budgeted at 290 million"
                        + " crowns; the final cost was 420 million. The minister defended the spending.\n\n"
                        + "Crownbank shares slipped 1.1 per cent. The bank lent the builders money.\n\n"
                        + "Visitors queued around the block.\n\n"
                        + "Opening hours are longer at weekends."));
        assertThat(quoted("Has the reopening been controversial?", museum))
                .as("the announcement, with the sentence that tells what it announces, not the one after")
                .containsExactly("The reopening has not been free of controversy. The renovation was budgeted at 290"
                        + " million crowns; the final cost was 420 million.");
        assertThat(quoted("How much did Crownbank shares slip?", museum))
                .as("a short sentence with a figure tells something itself")
                .containsExactly("Crownbank shares slipped 1.1 per cent.");
        assertThat(quoted("Did visitors queue?", museum))
                .as("the next paragraph is not what it announces")
                .containsExactly("Visitors queued around the block.");
    }

    @Test
    void aSectionOnTheThingAskedAboutAnswersAQuestionForAFigureOnlyWithOne() {
        var planet = List.of(new Passage(
                "Circuit & Signal",
                "Water on Tessaly-4b",
                "Astronomers report signs of water on Tessaly-4b, a planet 96 light years away.\n\n"
                        + "Why this planet matters\n\n"
                        + "Tessaly-4b receives about 1.4 times as much energy from its star as Earth gets from"
                        + " the Sun. That does not mean it is habitable."));
        assertThat(quoted("How far away is this planet?", planet))
                .containsExactly("Astronomers report signs of water on Tessaly-4b, a planet 96 light years away.");
        assertThat(QuestionKind.fits("how far is the plant from the coast?", "It stands 15 kilometres inland."))
                .isTrue();
        assertThat(QuestionKind.fits("how far is it?", "It is about an hour's drive from Vesper."))
                .isTrue();
        assertThat(QuestionKind.fits("how far is it?", "It gets 1.4 times as much energy."))
                .isFalse();
        assertThat(QuestionKind.fits("how high did the river get?", "The river broke its banks at about 2am."))
                .isFalse();
        assertThat(QuestionKind.fits("how high did the river get?", "It reached 5.8 metres."))
                .isTrue();
    }

    @Test
    void numbersAndTimeWordsOfTheQuestionCountTowardsTheAnswer() {
        var truce = List.of(new Passage(
                "Global Observer",
                "A truce",
                "Diplomats met last week in the port. Monitors will report to the minister each week. The next"
                        + " test comes in two weeks, when talks on a longer arrangement resume. The two"
                        + " governments could swap detainees as early as next week."));
        assertThat(quoted("What happens in two weeks?", truce))
                .containsExactly("The next test comes in two weeks, when talks on a longer arrangement resume.");
    }

    @Test
    void whatSomeoneSaidIsAnsweredWithTheirWords() {
        var truce = List.of(new Passage(
                "Global Observer",
                "A truce",
                "When Anneliese Voss invited the ministers to Port Caldera, few expected more than a photograph."
                        + " \"We have built a floor, not a house,\" Ms Voss told reporters after the signing."
                        + " The monitors will report to Ms Voss each week."));
        assertThat(quoted("What did Voss say?", truce))
                .containsExactly("\"We have built a floor, not a house,\" Ms Voss told reporters after the signing.");
    }

    @Test
    void aMatchReportAnswersForTheScoreTheVenueAndHowLongItTook() {
        var cupFinal = List.of(
                new Passage(
                        "Field Gazette",
                        "Haugen wins it late",
                        "Most of the 61,402 inside Crown Park had started to think about penalties when Elias Haugen"
                                + " scored. A brass band from the fire brigade was playing, not very well. Haugen had not"
                                + " scored a senior goal until March. The final lasted two hours and ten minutes."),
                new Passage(
                        "Metro Wire",
                        "Rovers lift the cup",
                        "Riverton Rovers 2–1 Castlegate United after extra time. The final was played at Crown Park"
                                + " in Vesper."));
        assertThat(quoted("What was the score?", cupFinal))
                .containsExactly("Riverton Rovers 2–1 Castlegate United after extra time.");
        assertThat(quoted("Where was the final played?", cupFinal))
                .containsExactly("The final was played at Crown Park in Vesper.");
        assertThat(quoted("How long did the final last?", cupFinal))
                .as("'last' asks how long; it is not a word to look for")
                .containsExactly("The final lasted two hours and ten minutes.");
    }

    @Test
    void anAgeGivenAsTheSubjectOfALaterSentenceAnswersHowOld() {
        var marathon = List.of(new Passage(
                "Harbour Times",
                "Oduya breaks the record",
                "Amara Oduya broke the marathon world record in Vesper on Sunday. The 28-year-old took 37 seconds"
                        + " off the previous record. Her coach said she had trained for it all winter."));
        assertThat(quoted("How old is Oduya?", marathon))
                .containsExactly("The 28-year-old took 37 seconds off the previous record.");
        assertThat(qa.answer("How old is Varro?", marathon).supported())
                .as("a text that does not name her says nothing of her age")
                .isFalse();
    }

    @Test
    void saysSoWhenNothingInTheTextAnswers() {
        assertThat(qa.answer("Who won the football match in Riverton?", ferry).supported())
                .isFalse();
        assertThat(qa.answer("What is the weather forecast for Vell?", ferry).supported())
                .isFalse();
        assertThat(qa.answer("?", ferry).supported()).isFalse();
    }

    @Test
    void whatSomethingCostsOrEarnsIsAnsweredOnlyByASumOfMoney() {
        var telescope = List.of(new Passage(
                "Circuit Signal",
                "Water on Tessaly-4b",
                "The observatory used HALCYON, an infrared spectrograph installed on its 4.2-metre telescope two"
                        + " years ago. The spectrograph was built in Vesper by a team of eleven engineers. Its"
                        + " successor will cost 18 million crowns, the observatory said."));
        assertThat(qa.answer("What did the HALCYON spectrograph cost?", telescope)
                        .supported())
                .as("the sentences on the spectrograph give sizes and counts, no sum")
                .isFalse();
        assertThat(quoted("What will its successor cost?", telescope))
                .containsExactly("Its successor will cost 18 million crowns, the observatory said.");
        var transfer = List.of(new Passage(
                "Field Gazette",
                "Record signing",
                "Vesper Athletic have signed Milo Ferreira-Lund for 38 million crowns, a record fee between two"
                        + " Ardenian clubs. The previous record was 29 million crowns, paid by Northmark United in"
                        + " 2021. Ferreira-Lund said he would earn his place in the team."));
        assertThat(qa.answer("What’s the fine for a late transfer?", transfer).supported())
                .as("no fine is given")
                .isFalse();
        assertThat(qa.answer("What will Ferreira-Lund earn a week?", transfer).supported())
                .as("\"earn his place\" is no wage")
                .isFalse();
        assertThat(quoted("What was the previous record fee?", transfer))
                .contains("The previous record was 29 million crowns, paid by Northmark United in 2021.");
    }

    @Test
    void whatHoursAsksForTimesOfDayAndWhatShareForAFigure() {
        var drought = List.of(new Passage(
                "Global Observer",
                "Drought in Tamaris",
                "Tamaris declared a drought emergency on Monday, with night-time water cuts in the capital Alcena."
                        + " In Alcena the water will be cut off between 11pm and 5am from Wednesday. About 7 per"
                        + " cent of homes in the capital have no water tank of their own."));
        assertThat(quoted("What hours is the water cut off in Alcena?", drought))
                .as("not the night-time cuts, which give no hours")
                .containsExactly("In Alcena the water will be cut off between 11pm and 5am from Wednesday.");
        assertThat(quoted("What share of homes in the capital have no water tank?", drought))
                .containsExactly("About 7 per cent of homes in the capital have no water tank of their own.");
        assertThat(qa.answer("What proportion of the water goes to farms?", drought)
                        .supported())
                .isFalse();
    }

    @Test
    void aMeasureAskedForByNameIsAnsweredOnlyByAFigure() {
        var conflict = List.of(new Passage(
                "Harbour Times",
                "Saltmarsh talks",
                "The Saltmarsh has been fought over for three decades. What has changed is the cost of the"
                        + " fighting over it, and the death toll that both capitals prefer not to discuss. The"
                        + " interest rate on Velmora's war bonds has doubled since the spring."));
        assertThat(qa.answer("What is the death toll since the fighting started?", conflict)
                        .supported())
                .as("the sentences name the toll and give no figure for it")
                .isFalse();
        assertThat(quoted("What’s the interest rate on the war bonds now?", conflict))
                .as("\"doubled\" is no rate")
                .isEmpty();
        var counted = List.of(new Passage(
                "Harbour Times",
                "Saltmarsh talks",
                conflict.getFirst().text() + " The death toll since the fighting started stands at 640."));
        assertThat(quoted("What is the death toll since the fighting started?", counted))
                .containsExactly("The death toll since the fighting started stands at 640.");
    }

    @Test
    void aNumberBeforeACommaCountsSomethingElse() {
        var outage = List.of(new Passage(
                "Circuit & Signal",
                "Outage",
                "Nimbus Cloud pushed a routine update at 07:42. Within four minutes, customers' applications"
                        + " began failing. Card terminals declined payments across the country."));
        assertThat(qa.answer("How many customers were hit?", outage).supported())
                .as("four counts the minutes")
                .isFalse();
        var counted = List.of(new Passage(
                "Circuit & Signal",
                "Outage",
                outage.getFirst().text() + " About 2,400 customers were hit, the company said."));
        assertThat(quoted("How many customers were hit?", counted))
                .containsExactly("About 2,400 customers were hit, the company said.");
    }

    @Test
    void eachSentenceIsWeighedByMeaningOnceAQuestionHoweverOftenItIsCompared() {
        List<String> embedded = new java.util.ArrayList<>();
        // a made-up meaning: one unit vector per text, from its length
        QuestionAnswerer counting = new QuestionAnswerer(texts -> {
            embedded.addAll(texts);
            return texts.stream()
                    .map(t -> {
                        double a = t.length() / 10.0;
                        return new float[] {(float) Math.cos(a), (float) Math.sin(a)};
                    })
                    .toList();
        });
        // no sentence shares enough words: weighed by meaning for an answer, then for the nearest
        Answer a = counting.answer("Will anybody be compensated?", ferry);
        assertThat(a.supported()).isFalse();
        assertThat(embedded).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void aRateIsNoStretchOfTime() {
        var vaccine = List.of(new Passage(
                "Global Observer",
                "Malaria vaccine",
                "The Kalden Institute, which has been working on the vaccine with partners in four countries,"
                        + " says its factory could make 40 million doses a year."));
        assertThat(qa.answer("How long has the institute been working on the vaccine?", vaccine)
                        .supported())
                .as("\"doses a year\" is how many, not how long")
                .isFalse();
        var since = List.of(new Passage(
                "Global Observer",
                "Malaria vaccine",
                vaccine.getFirst().text() + " The institute has been working on the vaccine for a decade."));
        assertThat(quoted("How long has the institute been working on the vaccine?", since))
                .containsExactly("The institute has been working on the vaccine for a decade.");
    }

    @Test
    void whatHappenedIsAnsweredByTheSentencesOfTheArticlesOwnSummary() {
        var outage = List.of(new Passage(
                "Metro Wire",
                "Nimbus Cloud is back after six-hour meltdown",
                "Couldn't pay for your coffee this morning? Blame a bad settings update at Nimbus Cloud.\n\n"
                        + "Nimbus Cloud says everything is working again after an outage of around six hours that hit"
                        + " banks, shops and a hospital booking system across Ardenia.\n\n"
                        + "The problems started just before 8am. Card machines in supermarkets started declining"
                        + " payments.\n\nNimbus says a full report on what went wrong is coming within two weeks."));
        Summarizer.Choice summary = new Summarizer()
                .choose(outage.getFirst().title(), outage.getFirst().text());
        List<String> told =
                summary.tldr().stream().map(summary.sentences()::get).toList();
        for (String question : List.of("What happened?", "what's going on", "What is this about?")) {
            assertThat(quoted(question, outage))
                    .as(question)
                    .contains("Nimbus Cloud says everything is working again after an outage of around six hours"
                            + " that hit banks, shops and a hospital booking system across Ardenia.")
                    .isSubsetOf(told)
                    .noneMatch(s -> s.endsWith("?") || s.startsWith("Blame"));
        }
        assertThat(qa.answer("What happened to card payments?", outage).evidence())
                .as("a question about one thing is not a question about the whole event")
                .extracting(Answer.Evidence::sentence)
                .containsExactly("Card machines in supermarkets started declining payments.");
    }

    @Test
    void whatSomeoneSaidIsASentenceInWhichTheySpeak() {
        var outage = List.of(new Passage(
                "Daily Ledger",
                "Outage",
                "Shops said the company had let them down badly. The company has about 2,000 staff in Vesper."
                        + " The company said affected customers would receive service credits under their contracts."
                        + " \"We are sorry,\" said the company in a statement."));
        assertThat(quoted("What did the company say?", outage))
                .containsExactly(
                        "The company said affected customers would receive service credits under their contracts.",
                        "\"We are sorry,\" said the company in a statement.");
        assertThat(QuestionKind.speakers("Shops said the company had let them down badly."))
                .containsExactly("shops");
        var banks = List.of(new Passage(
                "Metro Wire",
                "Outage",
                "The banks' apps stopped loading for six hours. Banks say no money has gone missing. Card machines"
                        + " at the banks' branches declined payments."));
        assertThat(quoted("How did the banks react?", banks))
                .as("reacting is speaking, and the banks speak")
                .containsExactly("Banks say no money has gone missing.");
    }

    @Test
    void howMuchIsItAsksForThePriceOfTheThingTheArticleIsAbout() {
        var review = List.of(new Passage(
                "Circuit & Signal",
                "Korrin Slate 2 review",
                "The Slate 2 is the first colour e-reader I would recommend. For the first twenty minutes the colour"
                        + " screen looks washed out, then you stop noticing. Battery life was impressive. The Slate 2"
                        + " goes on sale this week at 2,490 crowns."));
        assertThat(quoted("how much is it", review))
                .containsExactly("The Slate 2 goes on sale this week at 2,490 crowns.");
        var transfer = List.of(new Passage(
                "Metro Wire",
                "Vesper Athletic smash transfer record",
                "Vesper Athletic have signed the striker Ferreira-Lund from Northmark United for 38 million crowns, the"
                        + " biggest fee ever paid between two Ardenian clubs. He has signed a five-year contract."));
        assertThat(quoted("how much did they pay for him", transfer))
                .as("no sentence says 'pay': the sum the article's own subject cost")
                .containsExactly(transfer.getFirst()
                        .text()
                        .substring(0, transfer.getFirst().text().indexOf(" He ")));
        assertThat(qa.answer("how much do the fans pay for tickets?", transfer).supported())
                .as("a question with words of its own the text lacks is not about the article's subject")
                .isFalse();
    }

    @Test
    void takingChargeIsFoundWhateverWordsTellIt() {
        var sacking = List.of(new Passage(
                "Field Gazette",
                "Vesper Ravens sack coach Larsen",
                "Vesper Ravens have sacked head coach Håkon Larsen after a home defeat on Sunday. Larsen led them to"
                        + " the title last season. Assistant coach Ruben Aydın will take charge on an interim basis."
                        + " The team has the worst defensive record in the league."));
        for (String question :
                List.of("Who is in charge of the team now?", "Who replaces Larsen?", "who succeeds him?")) {
            assertThat(quoted(question, sacking))
                    .as(question)
                    .contains("Assistant coach Ruben Aydın will take charge on an interim basis.")
                    .noneMatch(s -> s.contains("Larsen"));
        }
    }

    @Test
    void aSentenceThatOnlyNamesTheQuestionOrLeavesItOpenIsNoAnswer() {
        var id = List.of(new Passage(
                "Civic Voice",
                "Digital ID",
                "There is also the question of what happens to people without smartphones. It is not yet clear"
                        + " whether the app will work on older phones. No public service may require the app."));
        assertThat(qa.answer("What happens to people without a smartphone?", id).supported())
                .isFalse();
        assertThat(qa.answer("Will the app work on older phones?", id).supported())
                .isFalse();
    }

    @Test
    void besideTheBestAnswerASentenceThatLeansOnTheOneBeforeIsNotQuoted() {
        var id = List.of(new Passage(
                "Circuit & Signal",
                "Explainer: the digital ID wallet",
                "The app, officially called ArdID, will let residents store their identity card on a phone. Your"
                        + " card stays valid. This is where ArdID differs most from a photograph of the card. The law"
                        + " governing ArdID restricts what verifiers may store."));
        assertThat(quoted("What is ArdID?", id))
                .contains("The app, officially called ArdID, will let residents store their identity card on a phone.")
                .noneMatch(s -> s.startsWith("This is where"));
    }

    @Test
    void aPlacingAskedForIsAPlaceInAnOrder() {
        var swim = List.of(new Passage(
                "Northwind Post",
                "Ferry mechanic swims her way into the national championships",
                "Most of the swimmers at the open-water trial in the Vell estuary on Saturday were young. Aalund, a"
                        + " 61-year-old engine mechanic, came fourth in a field of 38. She will swim at Lake Orrin next"
                        + " month."));
        for (String question : List.of("what place did she finish?", "where did she finish in the trial?")) {
            assertThat(quoted(question, swim))
                    .as(question)
                    .containsExactly("Aalund, a 61-year-old engine mechanic, came fourth in a field of 38.");
        }
    }

    @Test
    void whatHappensIfIsAnsweredByASentenceWithACondition() {
        var election = List.of(new Passage(
                "Global Observer",
                "Estrava votes",
                "Under the constitution, the president will invite the leader of the largest party to form a"
                        + " government once the new assembly sits in two weeks. If no government wins a"
                        + " confidence vote within sixty days, fresh elections must be called."));
        assertThat(qa.answer("What happens if they can't form a government?", election)
                        .supported())
                .as("the sentence with both words says what happens first, not what happens if it fails")
                .isFalse();
        var worded = List.of(new Passage(
                "Global Observer",
                "Estrava votes",
                "Under the constitution, the president will invite the leader of the largest party to form a"
                        + " government once the new assembly sits in two weeks. If the parties cannot form a"
                        + " government within sixty days, fresh elections must be called."));
        assertThat(quoted("What happens if they can't form a government?", worded))
                .containsExactly("If the parties cannot form a government within sixty days, fresh elections must"
                        + " be called.");
        assertThat(qa.answer("what if they can't form a government", election).supported())
                .as("'what if' asks what happens if")
                .isFalse();
        assertThat(quoted("what if they can't form a government", worded))
                .containsExactly("If the parties cannot form a government within sixty days, fresh elections must"
                        + " be called.");
    }

    @Test
    void howQuickAsksForAFigure() {
        var rail = List.of(new Passage(
                "Metro Wire",
                "High-speed line",
                "Ardenia and Lusmark have signed a treaty to build a quick high-speed rail trip between Vesper"
                        + " and Brevin. The journey would fall to about 65 minutes, the ministers said."));
        assertThat(quoted("How quick will the trip between Vesper and Brevin be?", rail))
                .as("not the sentence with every word and no figure")
                .doesNotContain("Ardenia and Lusmark have signed a treaty to build a quick high-speed rail trip"
                        + " between Vesper and Brevin.");
    }

    @Test
    void whatSomeoneGetsOrMakesIsASumOfMoneyAndWhenWillAsksForATimeToCome() {
        var wetland = List.of(new Passage(
                "Northwind Post",
                "Wet fields",
                "Since 2014 the council has paid landowners to let 1,200 hectares of fields flood in winter."
                        + " Farmers who let their fields flood receive about 3,800 crowns a year per hectare."));
        assertThat(quoted("How much do farmers get for letting their fields flood?", wetland))
                .as("the area is a figure, not what they get")
                .containsExactly("Farmers who let their fields flood receive about 3,800 crowns a year per hectare.");
        assertThat(QuestionKind.fits("how much prize money does she get?", "She picks up a 500,000-crown bonus."))
                .isTrue();
        assertThat(QuestionKind.fits("when will the line reopen?", "The line closed this morning."))
                .isFalse();
        assertThat(QuestionKind.fits("when will the line reopen?", "Closed since last week, it reopens in March."))
                .isTrue();
        assertThat(QuestionKind.fits("when did the line close?", "The line closed this morning."))
                .isTrue();
        assertThat(QuestionKind.fits("how long will the strike last?", "It is the first rail strike since 2016."))
                .as("\"since\" looks back")
                .isFalse();
        assertThat(QuestionKind.fits("how long will the strike last?", "Drivers will strike for 48 hours."))
                .isTrue();
        assertThat(QuestionKind.fits("what did operating profit fall to?", "It reported a 14 per cent fall in profit."))
                .as("by how much it fell, not what it fell to")
                .isFalse();
        assertThat(QuestionKind.fits("what did operating profit fall to?", "Profit fell to 212 million crowns."))
                .isTrue();
    }

    @Test
    void whoDidSomethingIsAnsweredOnlyByASentenceWithSomeoneInIt() {
        QuestionAnswerer withWordNet = new QuestionAnswerer(null, 1, WordNet::shared);
        var festival = List.of(new Passage(
                "Civic Voice",
                "Film festival opens",
                "The Vesper film festival opens on Thursday with forty films. The festival runs for ten days"
                        + " in three cinemas."));
        assertThat(withWordNet
                        .answer("Who runs the festival these days?", festival)
                        .supported())
                .as("the sentence with the words says how long it runs, not who runs it")
                .isFalse();
        var party = List.of(new Passage(
                "Global Observer",
                "Porta Nova tops Estrava's election",
                "Estrava's electoral commission confirmed that Porta Nova, an anti-corruption party founded three"
                        + " years ago, has won the largest share of the vote. Porta Nova's leader, Inés Albarrán,"
                        + " told supporters the vote was a mandate for change. Porta Nova won 94 of the 225 seats."
                        + " Porta Nova is 18 seats short of a majority. The old governing party came second."
                        + " Turnout was 68 per cent. Porta Nova has ruled out a coalition with either of the old"
                        + " parties."));
        assertThat(withWordNet.answer("Who leads Porta Nova?", party).evidence())
                .extracting(Answer.Evidence::sentence)
                .as("\"leader\" is who leads")
                .containsExactly(
                        "Porta Nova's leader, Inés Albarrán, told supporters the vote was a mandate for" + " change.");
        var cinema = List.of(new Passage(
                "Civic Voice",
                "Film festival opens",
                festival.getFirst().text() + " The festival is run almost entirely by volunteers."));
        assertThat(withWordNet
                        .answer("Who runs the festival these days?", cinema)
                        .evidence())
                .extracting(Answer.Evidence::sentence)
                .containsExactly("The festival is run almost entirely by volunteers.");
    }

    @Test
    void aCountOfThoseWhoWorkSomewhereIsOneWhateverTheyAreCalled() {
        var startup = List.of(new Passage(
                "Daily Ledger",
                "Lumen Route raises 40 million crowns",
                "Lumen Route has raised 40 million crowns from investors. The company, founded in 2021, has 45"
                        + " staff and 60 customers. Its software plans routes for delivery vans."));
        assertThat(quoted("How many employees does Lumen Route have?", startup))
                .containsExactly("The company, founded in 2021, has 45 staff and 60 customers.");
        var town = List.of(new Passage(
                "Northwind Post",
                "Riverton plant",
                "The plant opened in 1988. About 4,000 people live in the town around the plant."));
        assertThat(qa.answer("How many people work at the plant?", town).supported())
                .as("the people who live there are not the people at work")
                .isFalse();
        var mill = List.of(new Passage(
                "Daily Ledger",
                "Battery plant",
                "The plant stands where a paper mill closed in 2017 with the loss of 900 jobs. It will start"
                        + " production in 2028."));
        assertThat(qa.answer("How many people will work at the plant?", mill).supported())
                .as("jobs lost are not the jobs to come")
                .isFalse();
        assertThat(quoted("How many jobs were lost when the mill closed?", mill))
                .containsExactly("The plant stands where a paper mill closed in 2017 with the loss of 900 jobs.");
    }

    @Test
    void aCountIsFoundUnderAnIrregularPluralOfAWordOfLikeMeaningAndAYearCountsNothing() {
        QuestionAnswerer withWordNet = new QuestionAnswerer(null, 1, WordNet::shared);
        var trial = List.of(new Passage(
                "Circuit & Signal",
                "Malaria vaccine",
                "The vaccine cut severe malaria by 70 per cent. It was tested in 9,240 children at twelve clinical"
                        + " sites. The institute will seek approval next year."));
        assertThat(quoted(withWordNet, "how many kids were in the trial", trial))
                .as("a kid is a child, and 'children' is its plural")
                .containsExactly("It was tested in 9,240 children at twelve clinical sites.");
        var brewery = List.of(new Passage(
                "Daily Ledger",
                "Oldmere to close brewery",
                "Oldmere will close its Kessing brewery by the end of next year. The move puts 230 jobs at risk."
                        + " The site was opened in 1884."));
        assertThat(quoted(withWordNet, "how many jobs are going", brewery))
                .as("jobs going are jobs lost")
                .containsExactly("The move puts 230 jobs at risk.");
        var plant = List.of(new Passage(
                "Daily Ledger",
                "Battery plant",
                "Kestrel, founded in 2019 by a group of engineers, has built cells only at a pilot line. Kestrel"
                        + " expects the plant to employ 1,800 people."));
        assertThat(quoted(withWordNet, "how many people will work at the plant?", plant))
                .as("'in 2019 by a group' gives a year, not how many are in the group")
                .containsExactly("Kestrel expects the plant to employ 1,800 people.");
    }

    @Test
    void membersAWorkforceAndJabsAreCountedByTheWordsTheTextUses() {
        var chamber = List.of(new Passage(
                "Civic Voice",
                "Votes at sixteen",
                "The government wants to lower the voting age to 16. The voting age is written into the"
                        + " constitution, and changing it requires a two-thirds majority of the Chamber: 150 of its"
                        + " 225 members. The opposition has not said how it will vote."));
        assertThat(quoted("how many MPs would have to back the change?", chamber))
                .as("MPs are the Chamber's members")
                .containsExactly("The voting age is written into the constitution, and changing it requires a"
                        + " two-thirds majority of the Chamber: 150 of its 225 members.");
        var factory = List.of(new Passage(
                "Daily Ledger",
                "Kestrel Cells commits 2.6 billion crowns to a battery factory",
                "Kestrel Cells will build a cell factory in the town of Haldor, on the site of an old paper mill."
                        + " Production starts in 2028. Kestrel expects it to employ 1,800 people when fully running."
                        + " The town has 14,000 residents."));
        assertThat(quoted("how many jobs will the Haldor factory bring?", factory))
                .as("the text's one count of a workforce, the factory told as 'it'")
                .containsExactly("Kestrel expects it to employ 1,800 people when fully running.");
        assertThat(qa.answer("how many people live near the Haldor factory?", factory)
                        .supported())
                .as("a count of those at work is no count of those who live there")
                .isFalse();
        var vaccine = List.of(new Passage(
                "Circuit & Signal",
                "Malaria vaccine cuts severe cases by 70 per cent",
                "The vaccine cut severe malaria in young children by 70 per cent. The schedule is demanding:"
                        + " three doses a month apart, followed by a booster. The trial ran in four countries."));
        assertThat(quoted("how many jabs does a child need?", vaccine))
                .as("jabs are doses")
                .containsExactly("The schedule is demanding: three doses a month apart, followed by a booster.");
    }

    @Test
    void aCountCountsTheLastPluralOfTheThingAsked() {
        var outage = List.of(new Passage(
                "Harbour Times",
                "Outage leaves hospitals and banks in the dark",
                "The outage hit Vesper General Hospital for six hours. More than 1,200 outpatient appointments"
                        + " at the hospital were delayed. Three hospitals in the region use the same system."));
        assertThat(quoted("how many hospital appointments were hit by the outage?", outage))
                .as("appointments are counted, not hospitals")
                .containsExactly("More than 1,200 outpatient appointments at the hospital were delayed.");
    }

    @Test
    void whenSomethingStartsIsTheTimeOfTheThingHoweverTheStartIsTold() {
        var ban = List.of(new Passage(
                "Metro Wire",
                "Vesper bans cars from its old town",
                "Private cars will be banned from Vesper's old town from 1 April next year after the city council"
                        + " voted 31 to 22. Shopkeepers said they would lose trade. The council will start"
                        + " building two park-and-ride sites in May."));
        String april = "Private cars will be banned from Vesper's old town from 1 April next year after the city"
                + " council voted 31 to 22.";
        assertThat(quoted("when does the car ban start?", ban)).containsExactly(april);
        assertThat(quoted("when does it kick in?", ban))
                .as("the article's own event")
                .containsExactly(april);
        assertThat(quoted("when will the council start building the park-and-ride sites?", ban))
                .as("a start with what is started is the start asked about")
                .containsExactly("The council will start building two park-and-ride sites in May.");
    }

    @Test
    void aVerbIsFoundInItsIrregularForms() {
        var theft = List.of(new Passage(
                "Civic Voice",
                "The Lantern Keeper: who left the door open?",
                "What was taken last night was a picture every Ardenian owns, bought with public money in 1904."
                        + " The gallery has cut its night staff since 2021. The painting is insured."));
        QuestionAnswerer withWordNet = new QuestionAnswerer(null, 1, WordNet::shared);
        assertThat(withWordNet
                        .answer("when did the state buy the painting?", theft)
                        .evidence())
                .extracting(Answer.Evidence::sentence)
                .containsExactly("What was taken last night was a picture every Ardenian owns, bought with public"
                        + " money in 1904.");
    }

    @Test
    void whenSomethingLastHappenedIsNoQuestionAboutTheWordLast() {
        var cranes = List.of(new Passage(
                "Northwind Post",
                "Cranes breed on the Vell marshes",
                "A warden found a pair of common cranes with a chick, the first breeding of the species in"
                        + " Northmark since 1961. The cranes need shallow water around their nest. The marsh was"
                        + " rewetted last year with money from the council."));
        assertThat(quoted("when did cranes last nest in Northmark?", cranes))
                .containsExactly("A warden found a pair of common cranes with a chick, the first breeding of the"
                        + " species in Northmark since 1961.");
    }

    @Test
    void anActorIsNamedAsThePartTheyPlay() {
        var review = List.of(new Passage(
                "Civic Voice",
                "The Winter Orchard: a farm, a family and a very angry daughter",
                "At the centre is Ingrid Dahl as Maren, the eldest daughter who stayed at home to run the farm."
                        + " Maren wears a fleece in the first act, a choice by director Yusuf Adler. The production"
                        + " runs until May."));
        assertThat(quoted("who plays Maren?", review))
                .containsExactly("At the centre is Ingrid Dahl as Maren, the eldest daughter who stayed at home to"
                        + " run the farm.");
    }

    @Test
    void whatSomeoneSaidIsTheQuotationHeSaidStraightAfterHeIsNamed() {
        var vote = List.of(new Passage(
                "Harbour Times",
                "Marsh survives confidence vote",
                "The Prime Minister won the confidence vote by five votes. The opposition leader, Tomas Reyne, was"
                        + " scathing. \"The Prime Minister has kept her job and lost her argument,\" he said. A"
                        + " budget statement is due in three weeks."));
        assertThat(quoted("what did Reyne say about the result?", vote))
                .as(
                        "the naming sentence first, so that 'he' is someone; it announces the quotation, and is quoted with it")
                .containsExactly(
                        "The opposition leader, Tomas Reyne, was scathing. \"The Prime Minister has kept her job"
                                + " and lost her argument,\" he said.");
    }

    @Test
    void aQuestionForANameIsAnsweredOnlyByASentenceNamingSomeoneItDoesNotName() {
        var cinema = List.of(new Passage(
                "Harbour Times",
                "The Rialto reopens",
                "The Rialto cinema reopens on Friday after three years dark. Its previous owner retired when the"
                        + " cinema closed in 2023. The new screens seat 240 people."));
        assertThat(qa.answer("Who was the owner of the Rialto cinema before it closed?", cinema)
                        .supported())
                .as("the sentence about the owner names no one")
                .isFalse();
        var named = List.of(new Passage(
                "Harbour Times",
                "The Rialto reopens",
                cinema.getFirst().text() + " Before it closed, the Rialto cinema was owned by Edda Brandt."));
        assertThat(quoted("Who was the owner of the Rialto cinema before it closed?", named))
                .containsExactly("Before it closed, the Rialto cinema was owned by Edda Brandt.");
    }

    @Test
    void whichAndWhoIsTheAreAnsweredByANameTheQuestionDoesNotGive() {
        var race = List.of(new Passage(
                "Metro Wire",
                "Vrba takes the lead",
                "Tomas Vrba won the mountain stage on Sunday, riding away from the favourites on the last climb."
                        + " The 24-year-old Solvi Pro Team rider attacked with four kilometres to go and finished"
                        + " 38 seconds ahead of the champion. Vrba now leads the race by 41 seconds."));
        assertThat(quoted("Which team does Vrba ride for?", race))
                .first()
                .as("the sentence naming a team, not the one that only names Vrba")
                .isEqualTo("The 24-year-old Solvi Pro Team rider attacked with four kilometres to go and finished"
                        + " 38 seconds ahead of the champion.");
        Set<String> asked = QuestionKind.words("who is coaching the ravens now larsen's gone?");
        assertThat(new AskTerms().besideNames("Assistant coach Ruben Aydın will take charge.", asked))
                .as("the word before a name the question does not give")
                .contains("coach");
        assertThat(new AskTerms().besideNames("The Ravens sacked head coach Per Larsen on Sunday.", asked))
                .as("a name the question gives, in part, is no answer")
                .doesNotContain("coach");
    }

    @Test
    void aDeputyOrAFormerHolderOfTheRoleAskedAboutDoesNotHoldIt() {
        String sentence = "Three, including deputy governor Stellan Aro, voted to keep the rate.";
        assertThat(new AskTerms().besideNames(sentence, QuestionKind.words("who is the governor?")))
                .doesNotContain("governor");
        assertThat(new AskTerms().besideNames(sentence, QuestionKind.words("who is the deputy governor?")))
                .contains("governor");
    }

    @Test
    void whatAsksForANameIsReadFromHowTheQuestionOpens() {
        assertThat(QuestionKind.asksName("who is the governor of the central bank?"))
                .isTrue();
        assertThat(QuestionKind.asksName("which team does vrba ride for?")).isTrue();
        assertThat(QuestionKind.asksName("what is the new film called?")).isTrue();
        assertThat(QuestionKind.asksName("which of the plans is cheaper?")).isFalse();
        assertThat(QuestionKind.asksName("who will travel free?"))
                .as("a group answers it as well as a name")
                .isFalse();
        Set<String> asked = QuestionKind.words("who is jean-luc's coach?");
        assertThat(QuestionKind.namesOther(asked, "Jean-Luc's coach left on Monday."))
                .isFalse();
        assertThat(QuestionKind.namesOther(asked, "He is coached by Mira Holm."))
                .isTrue();
    }

    @Test
    void wordsTheHeadlineAlreadyGivesWeighLessThanTheRestOfTheQuestion() {
        var phone = List.of(new Passage(
                "Gadget Desk",
                "Lumo Slate 2 review",
                "The Lumo Slate 2 is the lightest tablet the company has made. The Slate 2 costs 449 euros and"
                        + " ships in March. Its case is rated waterproof to two metres for half an hour."));
        assertThat(quoted("Is the Slate 2 waterproof?", phone))
                .as("\"waterproof\" is what is asked; \"Slate 2\" only names the tablet of the headline")
                .first()
                .isEqualTo("Its case is rated waterproof to two metres for half an hour.");
    }

    @Test
    void aShareOfTheThingsAskedAboutCountsThem() {
        List<Passage> ballot = List.of(new Passage(
                "Northwind Post",
                "Rail workers call a strike",
                "The union represents around 21,000 drivers, signallers and conductors. It said 78 per cent of"
                        + " members who took part in the ballot had voted for industrial action, on a turnout of 64"
                        + " per cent. The operator has offered a pay rise of 3.2 per cent this year."));
        assertThat(quoted("How many members voted for action?", ballot))
                .singleElement()
                .asString()
                .contains("78 per cent of members");
    }

    @Test
    void aWordOfTheQuestionsFamilyInTheTextIsTheQuestionsWord() {
        List<Passage> rates = List.of(new Passage(
                "The Daily Ledger",
                "Bank of Ardenia lifts rate to 4.75%",
                "The Bank of Ardenia raised its main policy rate by 25 basis points to 4.75 per cent. The"
                        + " move had been priced at roughly 55 per cent going into the announcement, and the"
                        + " reaction in money markets was swift. The next rate decision is in six weeks."));
        String asked = "How did markets react?";
        assertThat(qa.answer(asked, rates).supported())
                .as("by the question's own words: only \"markets\" is in the text")
                .isFalse();
        assertThat(new QuestionAnswerer(null, 1, WordNet::shared)
                        .answer(asked, rates)
                        .evidence())
                .extracting(Answer.Evidence::sentence)
                .singleElement()
                .asString()
                .contains("the reaction in money markets was swift");
    }

    @Test
    void anOrdinalIsNoWordOfLikeMeaningForTheStartOfSomething() {
        List<Passage> strike = List.of(new Passage(
                "Northwind Post",
                "Rail workers call nationwide strike",
                "Members of the union will walk out for 48 hours, after rejecting a pay offer. The operator"
                        + " said the walkout was unnecessary. It would be the first national rail strike in Ardenia"
                        + " since 2016."));
        assertThat(new QuestionAnswerer(null, 1, WordNet::shared)
                        .answer("When does the strike start?", strike)
                        .supported())
                .as("\"first\" in \"the first national rail strike\" says nothing of when this one starts")
                .isFalse();
    }

    @Test
    void whenANameStandsBesideTheRoleAskedForASentenceWithOnlyTheRolesWordIsNotQuoted() {
        List<Passage> rates = List.of(new Passage(
                "The Daily Ledger",
                "Bank of Ardenia lifts rate to 4.75%",
                "Six of the nine members of the committee voted for the increase. Three, including deputy"
                        + " governor Stellan Aro, voted to keep the rate at 4.50 per cent. \"We cannot look through"
                        + " it,\" governor Ilse Brandt told reporters."));
        assertThat(quoted("Who is the governor?", rates))
                .singleElement()
                .asString()
                .contains("governor Ilse Brandt");
    }

    /** The sentences the answer to {@code question} quotes. */
    private List<String> quoted(String question, List<Passage> passages) {
        return quoted(qa, question, passages);
    }

    private static List<String> quoted(QuestionAnswerer answerer, String question, List<Passage> passages) {
        return answerer.answer(question, passages).evidence().stream()
                .map(Answer.Evidence::sentence)
                .toList();
    }
}
