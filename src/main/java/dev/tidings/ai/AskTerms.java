package dev.tidings.ai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words "Ask about this article" works with: the stemmed content words of a question and of
 * the sentences it is matched against, what a question looks for once the words that only say what
 * kind of answer it wants are set aside, and the question's words marked in a quoted sentence.
 */
final class AskTerms {
    private static final Set<String> QUESTION_WORDS = Set.of(
            "what",
            "who",
            "whom",
            "whose",
            "when",
            "where",
            "why",
            "how",
            "which",
            "happen",
            "happened",
            "article",
            "story",
            "report",
            "reported",
            "mean",
            "tell",
            "know",
            "anyon",
            "anyone",
            "thing",
            "kind",
            // "who actually got them to agree?", "what really happened?"
            "actual",
            "realli",
            "exactli");
    /*
     * Words the shared stop list drops but a question can turn on: "in two weeks", "last year",
     * "how many people". Matched in questions and sentences alike.
     */
    private static final Set<String> KEPT_WORDS =
            Set.of("one", "two", "first", "last", "year", "years", "time", "people", "new");
    /*
     * Questions whose opening asks for a kind of answer, and the words of such a question that are
     * not about the subject ("how long does the truce last" looks for a stretch of time, not for
     * "long" or "last"; nor does "how long is the consultation open for" look for "open").
     */
    private static final Map<String, String> ASKING_WORD = Map.of(
            "how long", "long last lasted take took run runs open stay stays remain remains",
            "how old", "old",
            "how far", "far",
            "how many", "many",
            "how much", "much",
            "how come", "come");
    /*
     * Verbs that only frame a "where" or "when" question: "where were the talks held?", "when will
     * it take place?", "where was the final played?".
     */
    private static final List<String> FRAMING_VERBS = List.of(
            "held", "hold", "located", "based", "situated", "take", "takes", "took", "place", "played", "staged");
    /*
     * Verbs with which a "when" question asks for the time something comes about ("when does the car
     * ban start?", "when does this kick in?", "when does the law take effect?"): the answer gives
     * the time of the thing, seldom the verb ("… will be banned from 1 April"). Only as the
     * question's last words ("when will the plant start making cells?" looks for the start of
     * production), and taken out even when nothing else is left: "when does it start?" asks about
     * the article's own event.
     */
    private static final Pattern STARTING = Pattern.compile("\\b(?:start|starts|started|begin|begins|began|happen"
            + "|happens|happened|kicks? (?:in|off)|takes? effect|comes? into force)\\W*$");
    /*
     * A cast named as reviews name it, "Ingeborg Sæther as Maren": a name "as" a name plays that
     * part, so that "who plays Maren?" finds it. Case matters: "joined as a coach" is no part.
     */
    private static final Pattern PLAYING_AS = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+) as (\\p{Lu})");
    /* "When did cranes last nest here?", "when was it last seen?": "last" asks for a time. */
    private static final Pattern LAST_TIME = Pattern.compile("^when (?:did|was|were|had|has|have)\\b.*\\blast\\b");
    /*
     * A place in an order is told with many verbs ("came second", "finished second", "was second",
     * "placed second"), as a place ("in second place") or none ("runner-up"): each is read as one
     * word, "placed" with the ordinal, in questions and sentences alike, so that "who came second?"
     * finds "Marew was second" and neither "37 seconds" nor "was third, 52 seconds down". ("Last"
     * is left out: "the strike ended last week" is a time; "second-half" is not a place.)
     */
    static final String PLACING_VERBS = "(?:came|comes?|finish(?:ed|es)?|end(?:ed|s)?|placed?|places|was|were|took)";
    private static final Pattern PLACING =
            Pattern.compile("(?i)\\b" + PLACING_VERBS + "\\s+(first|second|third|fourth|fifth)\\b(?!-)");
    /* "in second place", "took second place": the place itself ("the first place to …", "in the first place" are none). */
    private static final Pattern IN_PLACE =
            Pattern.compile("(?i)(?<!\\bthe\\s)\\b(?:in\\s+)?(first|second|third|fourth|fifth)\\s+place\\b");
    static final Pattern RUNNER_UP = Pattern.compile("(?i)\\brunners?[- ]up\\b");
    /*
     * Taking charge is told in many ways ("is in charge", "will take charge", "takes over from",
     * "replaces", "succeeds"): each is read as one word, in questions and sentences alike, so that
     * "who's taking over?" finds "Assistant coach Ruben Aydın will take charge on an interim basis".
     */
    private static final String TAKE = "(?:take|takes|took|taken|taking)";
    private static final Pattern TAKING_CHARGE = Pattern.compile(
            "(?i)\\b(?:" + TAKE + "\\s+(?:over|charge)|in\\s+charge|replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?)\\b");
    /*
     * Leading is told in many ways ("heads", "head of", "leads", "led by", "leader", "chief executive",
     * "chairman"): each is read as one word, in questions and sentences alike, so that "who heads the
     * winning party?" finds "Porta Nova's leader, Inés Albarrán, …" and "who was in charge of the
     * research?" finds "Professor Hanne Kjeldsen, who led the research"; "take charge" is read as
     * taking charge and as leading ("who is in charge of the team now?" / "Aydın will take charge").
     * A bare "led" is a past leader's ("Larsen led them to the title") or a cause's ("led to").
     */
    private static final Pattern LEADING =
            Pattern.compile("(?i)\\b(?:in\\s+charge\\s+(?:of|at)|heads|headed\\s+by|head\\s+of|leads"
                    + "|(?<=\\bwho\\s)led|led\\s+by|leaders?|chief\\s+executive|boss|chairs|chair(?:man|woman))\\b");
    /*
     * The weather is told by what it was ("8°C under an overcast sky", "a light wind", "heavy rain"):
     * each such word is read with "weather" beside it, so that "what was the weather like?" finds it.
     */
    private static final Pattern WEATHER = Pattern.compile("(?i)(?:\\d\\s?°[CF]?|\\b(?:temperatures?|overcast|sunny"
            + "|sunshine|drizzle|rain|rained|raining|rainfall|showers|wind|winds|windy|breeze|gusts?|snow|snowing|fog"
            + "|foggy|cloudy|humid|humidity|heatwave|frost|icy|weather))\\b");
    private static final Pattern TAKE_CHARGE = Pattern.compile("(?i)\\b" + TAKE + "\\s+charge\\b");
    /*
     * Wanting is told in many ways ("wants", "is asking for", "is seeking", "demands", "calls for",
     * "is pushing for", "requested"): each is read as one word, in questions and sentences alike, so
     * that "what does the union want?" finds "The union is seeking 6 per cent over one year". A bare
     * "demand" is left out: "demand for electricity" is no one's wish.
     */
    private static final Pattern WANTING = Pattern.compile("(?i)\\b(?:want(?:s|ed|ing)?|ask(?:s|ed|ing)?\\s+for"
            + "|seek(?:s|ing)?|sought|demand(?:s|ed|ing)|(?:call|push|press)(?:s|es|ed|ing)?\\s+for"
            + "|request(?:s|ed|ing)?)\\b");
    /*
     * "These days", "right now", "at the moment": they ask about the present, which the text is; "in
     * the first place", "at all", "anyway", "exactly" only press the question. None is a word to find.
     */
    private static final Pattern NOW = Pattern.compile(
            "(?i)\\b(?:these days|nowadays|right now|just now|at the moment|at present|currently|for now"
                    + "|in the first place|at all|anyway|exactly|precisely)\\b");
    /* The rest of a contraction ("you're", "we'll", "I've", "didn't"; all of "can't", "won't"), which is no word of the question's. */
    private static final Pattern CONTRACTION =
            Pattern.compile("(?i)['’](?:re|ll|ve|m|d)\\b|\\b(?:ca|wo|sha)n['’]t\\b|(?<=\\p{L})n['’]t\\b");
    private final Words words = new Words();
    /* The stems of ASKING_WORD's words and of FRAMING_VERBS, made once. */
    private final Map<String, List<String>> askingStems = new HashMap<>();
    private final List<String> framingStems = new ArrayList<>();
    private final List<String> scoreStems;
    private final List<String> causeStems;
    private final List<String> clockStems;
    private final List<String> sayingStems;
    private final List<String> placingStems;
    private final Set<String> reactingStems;
    /* The stems of WORKFORCE's words, and of "people". */
    private final Set<String> workforceStems = new HashSet<>();
    private final String peopleStem;
    /* COUNTED_ALIKE by stems: a counted word's stem to what a count must count to answer for it. */
    private final Map<String, Counted> countedAlike = new HashMap<>();
    private final List<String> lastStems;

    AskTerms() {
        WORKFORCE.forEach(w -> workforceStems.addAll(of(w)));
        COUNTED_ALIKE.forEach((asked, alike) -> of(asked).forEach(stem -> {
            Set<String> stems = new HashSet<>(of(alike));
            stems.add(stem);
            countedAlike.put(stem, new Counted(Set.copyOf(stems), false));
        }));
        lastStems = of("last");
        peopleStem = of("people").getFirst();
        ASKING_WORD.forEach((opening, asking) -> askingStems.put(opening, of(asking)));
        FRAMING_VERBS.forEach(v -> framingStems.addAll(words.content(v)));
        scoreStems = of("score final result");
        clockStems = of("time times hour hours");
        sayingStems = of("say says said tell tells told think thinks");
        placingStems = of("place placed position finish finished come came end");
        reactingStems = Set.copyOf(of("react reacts reacted reaction respond responds responded response"));
        causeStems = of("cause causes caused lead leads led trigger triggered spark sparked behind reason reasons");
    }

    /*
     * Letters a reader types plain: "Aydın", "Sjöberg", "Tobiás" are found as "aydin", "sjoberg",
     * "tobias".
     */
    private static String plain(String text) {
        return dev.tidings.nlp.Words.withoutMarks(text)
                .replace('ı', 'i')
                .replace('ø', 'o')
                .replace('Ø', 'O')
                .replace('ł', 'l')
                .replace('Ł', 'L')
                .replace("æ", "ae")
                .replace("Æ", "Ae")
                .replace("ß", "ss");
    }

    /** The stemmed content words of a text, with the few stop words a question can turn on. */
    List<String> of(String text) {
        String placed = PLACING.matcher(
                        IN_PLACE.matcher(RUNNER_UP.matcher(plain(text)).replaceAll("placedsecond"))
                                .replaceAll("placed$1"))
                .replaceAll("placed$1");
        placed = LEADING.matcher(TAKE_CHARGE.matcher(placed).replaceAll("takescharge isleader"))
                .replaceAll("isleader");
        placed = TAKING_CHARGE.matcher(placed).replaceAll("takescharge");
        placed = WANTING.matcher(placed).replaceAll("wants");
        placed = WEATHER.matcher(placed).replaceAll("$0 weather");
        placed = PLAYING_AS.matcher(placed).replaceAll("$1 plays as $2");
        return words.content(placed, KEPT_WORDS);
    }

    /** Whether the stem is one of reacting or responding, which someone's words answer ("how did the banks react?"). */
    boolean reacting(String stem) {
        return reactingStems.contains(stem);
    }

    /** The stems to look for: the question's content words less those that only say what is asked. */
    List<String> lookedFor(String question, String lower) {
        String plain =
                NOW.matcher(CONTRACTION.matcher(question).replaceAll(" ")).replaceAll(" ");
        List<String> q = new ArrayList<>(new LinkedHashSet<>(of(plain)));
        q.removeIf(QUESTION_WORDS::contains);
        String measured = QuestionKind.measured(lower);
        if (measured != null) {
            q.removeAll(of(measured)); // "how high did the river get" looks for the river and a figure
        }
        askingStems.forEach((opening, stems) -> {
            if (lower.startsWith(opening)) {
                q.removeAll(stems);
            }
        });
        if (QuestionKind.asksScore(lower)) {
            q.removeAll(scoreStems); // the scoreline is the answer; it seldom says "score"
        }
        if (QuestionKind.asksClock(lower)) {
            q.removeAll(clockStems); // "what hours is the water off?" looks for the water and a time of day
        }
        if (QuestionKind.asksPlacing(lower)) {
            q.removeAll(placingStems); // "what place did she finish?" looks for her, and a place in an order
        }
        if (QuestionKind.asksWhatWasSaid(lower)) {
            q.removeAll(sayingStems); // "what did the company say?" looks for the company, speaking
        }
        if (QuestionKind.asksCause(lower)) {
            q.removeAll(causeStems); // "what caused the outage?" looks for the outage, and a stated cause
        }
        if (LAST_TIME.matcher(lower).find()) {
            q.removeAll(lastStems); // "when did cranes last nest here?" / "the first … here since 1961"
        }
        if (lower.startsWith("when")) {
            Matcher starting = STARTING.matcher(lower);
            if (starting.find()) {
                q.removeAll(of(starting.group()));
            }
        }
        if (lower.startsWith("where") || lower.startsWith("when")) {
            for (String stem : framingStems) {
                if (q.size() > 1) {
                    q.remove(stem);
                }
            }
        }
        return q;
    }

    /**
     * Of the stems looked for, those of the words a question asks about rather than the names it
     * asks about them: its words written in lower case ("offered", "resign" in "has Adrian Pell
     * offered to resign?"). Empty when the question is all names.
     */
    Set<String> askedAbout(String question, List<String> lookedFor) {
        Set<String> named = new HashSet<>();
        String[] words = question.strip().split("[^\\p{L}\\p{N}'’-]+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
                named.addAll(of(words[i]));
            }
        }
        Set<String> asked = new LinkedHashSet<>(lookedFor);
        asked.removeAll(named);
        return asked;
    }

    /*
     * What may follow "what" or "which" at the start of a question without naming a thing:
     * verbs and words that ask for a kind or a measure rather than a thing.
     */
    private static final Pattern WHAT_THING = Pattern.compile("^(?:what|which) (\\p{L}[\\p{L}-]*)");
    private static final Set<String> NOT_A_THING = Set.of(
            "is",
            "was",
            "are",
            "were",
            "do",
            "does",
            "did",
            "has",
            "have",
            "had",
            "will",
            "would",
            "can",
            "could",
            "should",
            "might",
            "may",
            "must",
            "happened",
            "happen",
            "caused",
            "causes",
            "led",
            "leads",
            "made",
            "makes",
            "kind",
            "sort",
            "type",
            "if",
            "about",
            "else",
            "exactly",
            "other",
            "time",
            "hour",
            "minute",
            "week",
            "month",
            "day",
            "date",
            "year",
            "proportion",
            "percentage",
            "share",
            "number",
            "amount",
            "size",
            "part",
            "one",
            "of",
            "on",
            "in",
            "to",
            "for",
            "the",
            "a",
            "an");

    /**
     * The stem of the thing a "what …" or "which …" question names as its answer ("what profit …" →
     * "profit", "which club …" → "club"), or null when it names none ("what happened", "what time").
     */
    String thingAsked(String lower) {
        var m = WHAT_THING.matcher(lower);
        // "parts", "numbers": a plural of a word that names no thing names none either
        if (!m.find()
                || NOT_A_THING.contains(m.group(1))
                || NOT_A_THING.contains(m.group(1).replaceFirst("s$", ""))) {
            return null;
        }
        List<String> stem = of(m.group(1));
        return stem.size() == 1 ? stem.getFirst() : null;
    }

    /* The words of a "what …" question's thing, up to its verb or its subject: "what pay rise is the union …". */
    private static final Pattern THING_PHRASE =
            Pattern.compile("^(?:what|which)((?:\\s+\\p{L}[\\p{L}-]*)+?)\\s+(?:is|was"
                    + "|are|were|do|does|did|has|have|had|will|would|can|could|should|might|may|must|the|a|an|they|he|she"
                    + "|it|we|you|i|his|her|its|their)\\b");

    /* "How old was he when he became a grandmaster?": the moment the age is asked at. */
    private static final Pattern AGE_AT = Pattern.compile("^how old\\b.*?\\bwhen\\b(.*)");

    /** The stems of the words of the moment a "how old … when …" question asks an age at; empty for any other. */
    List<String> ageMoment(String lower) {
        var m = AGE_AT.matcher(lower);
        return m.find() ? of(m.group(1)) : List.of();
    }

    /** The stems of the words naming the thing a "what …" question asks for ({@link #thingAsked}): "pay", "rise". */
    List<String> thingWords(String lower) {
        var m = THING_PHRASE.matcher(lower);
        return m.find() ? of(m.group(1)) : List.of();
    }

    private static final Pattern COUNT_MODIFIERS = Pattern.compile(
            "^(?:(?:new|more|extra|other|fewer|additional|different|separate|individual|total|of the|of)\\s+)+");

    /* Plurals without an s, which a count names as often as any. */
    private static final Set<String> PLURALS_WITHOUT_S =
            Set.of("people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep", "fish");

    /**
     * The stem of what a "how many" question counts, else null: the plural that ends the words
     * before the first function word ("how many monitors will …" → "monitor", "how many hospital
     * appointments were hit …" → "appoint", "how many people bothered to vote?" → "peopl"), or the
     * first of them when none is plural.
     */
    String counted(String question) {
        if (!question.startsWith("how many ")) {
            return null;
        }
        // "how many new houses": the houses are counted, "new" only says which
        String counting = COUNT_MODIFIERS
                .matcher(question.substring("how many ".length()))
                .replaceFirst("");
        String head = null;
        for (String word : counting.split("[^\\p{L}\\p{N}'-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (Words.STOP.contains(word)) {
                break;
            }
            boolean plural = (word.endsWith("s") && !word.endsWith("ss")) || PLURALS_WITHOUT_S.contains(word);
            if (head == null || plural) {
                head = word;
            }
        }
        List<String> after = of(head == null ? counting : head);
        return after.isEmpty() ? null : after.getFirst();
    }

    /* Words for the people who work somewhere, one of which a count of any answers. */
    private static final List<String> WORKFORCE =
            List.of("employees", "staff", "workers", "jobs", "workforce", "staffers", "personnel");
    /*
     * What a report counts by another word than a question does: MPs as the members of a chamber or
     * its seats or votes ("requires … 150 of its 225 members", "carried by 114 votes to 109"), guards
     * as officers ("shrunk from six officers to four"), troops as soldiers, fans as supporters, jabs
     * as doses. Words in the question (key) to the words that also count them (value).
     */
    private static final Map<String, String> COUNTED_ALIKE = Map.of(
            "mps lawmakers legislators parliamentarians senators deputies",
            "members seats votes",
            "guards",
            "officers wardens",
            "police policemen",
            "officers",
            "troops soldiers",
            "troops soldiers",
            "fans",
            "supporters spectators",
            "supporters",
            "fans",
            "jabs shots injections",
            "doses jabs shots injections");
    /* Work said in a question or a sentence: "how many people work there?", "employ 1,800 people". */
    private static final Pattern WORK = Pattern.compile("(?i)\\b(?:work|works|working|worked|employ|employs|employed"
            + "|employing|employees?|staff|jobs?|hire|hires|hired|hiring|workforce)\\b");

    /**
     * What a count answering a "how many" question stands for: the stems a count of which answers
     * it, and whether they are those who work somewhere.
     */
    record Counted(Set<String> stems, boolean work) {}

    /**
     * What a count must count to answer a "how many" question counting {@code counted}: that one,
     * or, for those who work somewhere, any word for them ("how many employees?" / "has 45 staff";
     * "how many jobs will it create?" / "expects to employ 1,800 people"), "people" among them only
     * where work is said; or it and the words of {@link #COUNTED_ALIKE} that count the same.
     */
    Counted countedAs(String question, String counted) {
        if (workforceStems.contains(counted)
                || (counted.equals(peopleStem) && WORK.matcher(question).find())) {
            Set<String> stems = new HashSet<>(workforceStems);
            stems.add(peopleStem);
            return new Counted(Set.copyOf(stems), true);
        }
        return countedAlike.getOrDefault(counted, new Counted(Set.of(counted), false));
    }

    /* Work lost: "with the loss of 900 jobs", "cutting 300 jobs", "230 jobs at risk", "how many jobs are going?". */
    private static final Pattern WORK_LOST = Pattern.compile("(?i)\\b(?:loss|losses|lose|loses|losing|lost|cut|cuts"
            + "|cutting|axe|axed|axing|shed|shedding|redundan\\w*|lay(?:ing)? off|laid off|layoffs?|at risk"
            + "|(?:are|is|will|to) (?:going|go)(?! to)|gone)\\b");

    /**
     * Whether the sentence counts one of {@link #countedAs} ("people" only where it says work; a
     * count of work lost only for a (lower-case) question about losing it).
     */
    boolean counts(String sentence, Set<String> sentenceTerms, Counted counted, String question) {
        if (counted.work()
                && WORK_LOST.matcher(sentence).find()
                && !WORK_LOST.matcher(question).find()) {
            return false; // "how many people will work at the plant?" / "… with the loss of 900 jobs"
        }
        for (String stem : counted.stems()) {
            if (counted.work()
                    && stem.equals(peopleStem)
                    && !WORK.matcher(sentence).find()) {
                continue;
            }
            if (counts(sentence, sentenceTerms, stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number stands at most three words before the counted thing ("forty unarmed
     * monitors"), in the same clause.
     */
    boolean counts(String sentence, Set<String> sentenceTerms, String stem) {
        if (!sentenceTerms.contains(stem)) {
            return false;
        }
        String[] tokens = sentence.split("[^\\p{L}\\p{N}.,]+");
        for (int i = 0; i < tokens.length; i++) {
            List<String> t = of(tokens[i]);
            if (!t.isEmpty() && t.getFirst().equals(stem)) {
                // "within four minutes, customers' apps failed" counts minutes: a comma ends the count;
                // "78 per cent of members" counts them as a share
                int from = Math.max(0, i - 3);
                for (int j = i - 1; j >= from; j--) {
                    if (tokens[j].endsWith(",") || tokens[j].endsWith(".")) {
                        break;
                    }
                    if (QuestionKind.isNumber(tokens[j])
                            && !(j < i - 1 && YEAR.matcher(tokens[j]).matches())) {
                        // "founded in 2019 by a group of engineers" gives a year, not the group's size
                        return true;
                    }
                    if (j > 0 && tokens[j].equalsIgnoreCase("cent") && tokens[j - 1].equalsIgnoreCase("per")) {
                        from = Math.max(0, from - 2);
                        j--;
                    }
                }
            }
        }
        return false;
    }

    private static final Pattern YEAR = Pattern.compile("(?:18|19|20)\\d\\d");

    /* A word of a sentence: its letters and digits, with inner apostrophes or hyphens. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /**
     * The stems of the sentence's words that stand next to a name the (lower-case) question does not
     * give: "governor" in "governor Ilse Brandt told reporters", "truck" in "maker Brennholt Trucks",
     * "coach" in "Assistant coach Ruben Aydın will take charge", "manufactur" in "manufactured by
     * Orrin Biologics", "app" in "the app, officially called ArdID"; and the words of such a name
     * ("team" in "the Solvi Pro Team rider"). A run of capitalised words is one name, the question's
     * when it gives any word of it ("head coach Håkon Larsen" for "who coaches now Larsen has gone?").
     * The question comes as its {@link QuestionKind#words}.
     */
    Set<String> besideNames(String sentence, Set<String> question) {
        List<String> tokens = new ArrayList<>();
        var m = WORD.matcher(sentence);
        while (m.find()) {
            tokens.add(m.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < tokens.size(); ) {
            if (!QuestionKind.isName(tokens, i)) {
                i++;
                continue;
            }
            // a run of names is one name ("Håkon Larsen"), the question's if it gives any word of it
            int end = i;
            List<Integer> given = new ArrayList<>();
            while (end < tokens.size() && QuestionKind.isName(tokens, end)) {
                if (QuestionKind.gives(question, tokens.get(end))) {
                    given.add(end);
                }
                end++;
            }
            // "Brennholt Trucks", "Solvi Pro Team": what kind of name it is can be part of it
            for (int j = i; j < end && given.size() < end - i; j++) {
                if (given.isEmpty() || given.equals(List.of(j))) {
                    out.addAll(of(tokens.get(j)));
                }
            }
            if (given.isEmpty()) {
                for (int j : new int[] {i - 1, end}) {
                    if (j >= 0 && j < tokens.size() && !lesserRole(tokens, j, question)) {
                        out.addAll(of(tokens.get(j)));
                    }
                }
                int named = namedBy(tokens, i);
                if (named >= 0) {
                    out.addAll(of(tokens.get(named)));
                }
            }
            i = end;
        }
        return out;
    }

    /* Words that give a thing its name ("the app, officially called ArdID"). */
    private static final Set<String> NAMING = Set.of("called", "named", "dubbed", "titled", "entitled");
    /* Words between a thing and the word that names it: "the app is called", "the firm, officially named". */
    private static final Set<String> BETWEEN_NAMING = Set.of("is", "was", "are", "were", "be", "been", "being");

    /*
     * The word a name at {@code i} stands for through the words before it: the verb of "manufactured
     * by Orrin Biologics", the thing of "the app, officially called ArdID" or "a cafe known as
     * Tidewater"; -1 when it stands for none that way.
     */
    private static int namedBy(List<String> tokens, int i) {
        if (i < 2) {
            return -1;
        }
        String before = tokens.get(i - 1).toLowerCase(Locale.ROOT);
        if (before.equals("by")) {
            return i - 2;
        }
        int j;
        if (NAMING.contains(before)) {
            j = i - 2;
        } else if (before.equals("as") && tokens.get(i - 2).equalsIgnoreCase("known")) {
            j = i - 3;
        } else {
            return -1;
        }
        while (j >= 0) {
            String w = tokens.get(j).toLowerCase(Locale.ROOT);
            if (!w.endsWith("ly") && !BETWEEN_NAMING.contains(w)) {
                return j;
            }
            j--;
        }
        return -1;
    }

    /* Words before a role that make it another ("deputy governor", "former coach"). */
    private static final Set<String> LESSER = Set.of("deputy", "vice", "former", "ex", "late");

    /*
     * Whether the role at {@code j} is made another by the word before it, one the question does
     * not use: "deputy governor Stellan Aro" does not answer "who is the governor?".
     */
    private static boolean lesserRole(List<String> tokens, int j, Set<String> question) {
        if (j == 0) {
            return false;
        }
        String before = tokens.get(j - 1).toLowerCase(Locale.ROOT);
        return LESSER.contains(before) && !question.contains(before);
    }

    /** A sentence of a passage quoted, the words whose stems are in {@code marked} marked. */
    Answer.Evidence evidence(Passage p, String sentence, Set<String> marked) {
        return new Answer.Evidence(p.outlet(), sentence, spans(sentence, marked), p.opinion());
    }

    /** The sentence cut into runs, the words whose stems are in the question marked. */
    List<Answer.Span> spans(String sentence, Set<String> terms) {
        List<Answer.Span> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < sentence.length()) {
            if (!Character.isLetterOrDigit(sentence.charAt(i))) {
                plain.append(sentence.charAt(i++));
                continue;
            }
            int j = i;
            while (j < sentence.length() && Character.isLetterOrDigit(sentence.charAt(j))) {
                j++;
            }
            String word = sentence.substring(i, j);
            List<String> stem = of(word);
            if (!stem.isEmpty() && terms.contains(stem.getFirst())) {
                if (!plain.isEmpty()) {
                    out.add(new Answer.Span(plain.toString(), false));
                    plain.setLength(0);
                }
                out.add(new Answer.Span(word, true));
            } else {
                plain.append(word);
            }
            i = j;
        }
        if (!plain.isEmpty()) {
            out.add(new Answer.Span(plain.toString(), false));
        }
        return out;
    }

    /* Two words with capitals side by side: a name given in full, "Birgit Aalund". */
    private static final Pattern FULL_NAME = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+)\\s+(\\p{Lu}[\\p{L}'’-]+)\\b");

    /** Whether the sentence names someone in full whose first name and surname have the stems given. */
    boolean namesInFull(String sentence, String first, String surname) {
        var m = FULL_NAME.matcher(sentence);
        while (m.find()) {
            if (of(m.group(1)).equals(List.of(first)) && of(m.group(2)).equals(List.of(surname))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence has a word in lower case with the stem given: "trophy" in "their first major trophy". */
    boolean inLowerCase(String sentence, String stem) {
        for (String word : sentence.split("[^\\p{L}\\p{N}'’-]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && of(word).equals(List.of(stem))) {
                return true;
            }
        }
        return false;
    }

    /** Each two neighbouring words, as "first second". */
    static List<String> pairs(List<String> terms) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < terms.size(); i++) {
            out.add(terms.get(i) + " " + terms.get(i + 1));
        }
        return out;
    }
}
