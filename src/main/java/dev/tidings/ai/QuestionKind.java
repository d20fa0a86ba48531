package dev.tidings.ai;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The kind of answer a question asks for, read from its opening ("how many": a number, "when": a
 * date, "what did X say": someone's words), and whether a sentence gives that kind.
 */
final class QuestionKind {
    /* Words that count things: the number words the story summary reads as figures, and a few more. */
    private static final String NUMBER_WORDS = NumberWords.alternatives() + "|hundreds|thousands|millions|dozen|dozens";
    private static final Pattern NUMBER = Pattern.compile("(?i)\\d|\\b(?:" + NUMBER_WORDS + ")\\b");
    /* "What did profit fall", "what will the rate rise": a figure's change, asked "to" or "by". */
    private static final String WHAT_DID_IT_CHANGE = "^what (?:did|does|will|would|has|have)\\b.*\\b(?:fall|rise|drop"
            + "|climb|grow|increase|decrease|jump|slip|slump|sink|shrink)";
    /* The days of the week, as a regular expression's alternatives. */
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    /* An amount ("how much"): figures, not "two" in "a two-year gap". */
    private static final Pattern AMOUNT = Pattern.compile("(?i)\\d|\\b(?:hundreds?|thousands?|millions?|billions?)\\b");
    /* "What is the", "what's their", "what was the previous record": what a question names as its answer follows. */
    private static final String WHAT_IS_THE = "^what(?:['’]s| is| was| are| were| will be| would be)?"
            + " (?:the |a |an |his |her |their |its )?(?:[\\p{L}-]+ ){0,2}";
    /* A sum of money: "440 crowns", "a 500,000-crown bonus", "£2m", "$40". */
    static final String SUM_OF_MONEY = "[$£€]\\s?\\d|\\d[\\d.,]*\\s*(?:m|bn|k)?[\\s-]*"
            + "(?:(?:million|billion|thousand)[\\s-]+)?(?:crowns?|dollars?|pounds?|euros?|cents?|pence|kr|francs?|yen)\\b";

    private static final Pattern MONEY = Pattern.compile("(?i)" + SUM_OF_MONEY);
    /*
     * "How much … cost / pay / earn …", "What does … cost …": the answer is a sum of money, not any
     * figure.
     */
    private static final Pattern ASKS_MONEY = Pattern.compile(
            "^how much\\b.*\\b(?:cost|costs|pay|pays|paid|spend|spent|earn|earns|earned|charge|charged|price|worth"
                    + "|ask|asks|asked|asking)\\b"
                    // "how much money / prize money / funding …?"
                    + "|^how much (?:money|prize money|funding|revenue|profit|cash|compensation)\\b"
                    // "how much do farmers get for …?", "how much did it raise?": nothing named between
                    + "|^how much (?:do|does|did|will|would|can|could)\\b.*\\b(?:get|gets|got|receive|receives"
                    + "|received|make|makes|made|raise|raises|raised|win|wins|won|lose|loses|lost)\\b"
                    // "how much is it?", "how much are the tickets?": a price
                    + "|^how much (?:is|are|was|were|will be) (?:it|they|this|that|these|those|one|each|the \\w+)"
                    + "(?: going to be)?[?.!\\s]*$"
                    + "|^what (?:does|did|will|would|do|could|can|might)\\b.*\\b(?:cost|costs|earn|earns|charge|charges"
                    + "|pay|paid)\\b"
                    // "what's the fine?", "what was the record fee?", "what redundancy pay …?" (not "what pay rise")
                    + "|" + WHAT_IS_THE
                    + "(?:cost|costs|fee|fees|fine|fines|price|prices|salary|salaries|wage|wages|pay)"
                    + "\\b(?![- ](?:rise|rises|cut|cuts|freeze|gap|increase|claim|deal|offer|award))");
    /* A distance or length ("how far", "how high"): "96 light years", "5.8 metres", "an hour's drive". */
    private static final Pattern DISTANCE = Pattern.compile("(?i)\\b(?:\\d[\\d.,]*|" + NUMBER_WORDS
            + ")[- ]?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|yards?|feet|foot|ft|light[- ]years?)\\b"
            + "|\\b(?:hour|minute)'?s?'? (?:drive|walk|flight|ride)\\b");
    /* A stretch of time: "30 days", "a 30-day truce", "two weeks", "a year", "until March", "since 2019". */
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\b(?:(?:\\d+|a|an|" + NUMBER_WORDS
                    + "|several|few)[- ](?:second|minute|hour|day|night|week|fortnight|month|year|decade)s?|until|till|since)\\b");
    /* "Due to" of what is to happen, not of a cause: "is due to start production in 2028". */
    private static final String SCHEDULED = "(?:be|start|begin|open|reopen|close|take|come|finish|end|run|launch"
            + "|arrive|meet|report|go|return|resume|sign|vote|hold|leave|complete|appear|publish|make|give|retire)\\b";
    /*
     * "After" and "since" that tell time, not a reason: "shortly after eight o'clock", "since 1884",
     * "since the spring", "after which it lapses" (a lookbehind and a lookahead around the word).
     */
    private static final String SOON = "(?<!shortly |soon |just |long |hours |days |weeks |months |years |minutes )";
    private static final String A_TIME = "(?! (?:\\d|which|midnight|noon|dawn|dusk|dark|then|(?:" + NUMBER_WORDS
            + ") o'clock|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\\b|(?:january|february|march|april|may|june|july"
            + "|august|september|october|november|december)\\b|(?:early|late|mid)[- ]\\w+"
            + "|(?:(?:the|a|an|this|that|last|its|their|his|her) )?(?:\\w+ )?(?:hours?|days?|nights?|weeks?|fortnight"
            + "|months?|years?|decades?|weekend|season|spring|summer|autumn|winter|morning|afternoon|evening)\\b))";
    /* "Due to" a cause, not of what is due to happen. */
    private static final String DUE_TO = "due to(?! " + SCHEDULED + ")";
    /* Verbs of a purpose given as a reason: "to avoid a relegation fight", "to keep brewing". */
    private static final String PURPOSE = "avoid|prevent|protect|stop|save|keep";
    /* Words that give a reason wherever they stand, shared by REASON and GIVES_REASON. */
    private static final String REASON_WORDS = "owing to|thanks to|as a result|so that|in order to|blamed|led to"
            + "|attribut(?:ed|es|ing) to|put (?:it |this |that )?down to|driven by|(?:the )?result of|reasons?";
    /* A reason: "because …", "after …", "due to …", "to avoid …", "blamed on …". */
    private static final Pattern REASON = Pattern.compile(
            "(?i)\\b(?:because|" + SOON + "(?:since|after)" + A_TIME
                    + "|" + DUE_TO + "|" + REASON_WORDS + "|to (?:" + PURPOSE + ")|caused by"
                    + "|why|, (?:saying|reflecting|making|citing)|explanation|logic"
                    + "|when (?:its|his|her|their|the|a|an|it|he|she|they)\\b(?!\\s+(?:\\w+\\s+)?(?:time|day|week|year)s?\\b))\\b");
    /* "Why …?", "How come …?": the answer gives a reason. */
    private static final Pattern ASKS_WHY = Pattern.compile("^(?:why|how come)\\b");
    /*
     * A reason given for what a report tells, as its opening gives one: REASON_WORDS, "because", an
     * "after" that tells no time and a "due to" of a cause, but not "since", which there mostly tells
     * time ("since measurements began in 1911"); a cause ("caused", "triggered"); a ruling's grounds
     * ("ruling that …"); a purpose or a need ("aimed at", "needs … investment to meet new standards"); or a change put
     * down to what came with it ("a 14 per cent fall in profit … as price cuts ate into margins").
     */
    private static final Pattern GIVES_REASON = Pattern.compile("(?i)\\b(?:because|" + SOON + "after" + A_TIME + "|"
            + DUE_TO + "|" + REASON_WORDS + "|to (?:" + PURPOSE + "|meet)|in a bid to|aimed at|caused|triggered"
            + "|resulted from|traced to|(?:ruling|ruled|finding|found|concluding|concluded) that"
            + "|needs|needed|requires|required)\\b"
            + "|\\b(?:fell|rose|dropped|slid|slumped|climbed|jumped|fall|rise|drop|slide|jump)\\b[^.;]{0,80}?\\bas"
            + " (?!well\\b|part\\b|if\\b|though\\b|much\\b|many\\b|long\\b|far\\b|soon\\b|of\\b|expected\\b)");
    /*
     * "What caused the outage?", "What led to it?", "What was the reason?": the answer states a
     * cause. Unlike "why" this never takes a bare "after" or "since", which mostly tell time.
     */
    private static final Pattern ASKS_CAUSE =
            Pattern.compile("^what (?:caused|causes|led to|leads to|triggered|sparked|was behind|is behind)\\b"
                    + "|^what (?:was|is|were|are) the (?:causes?|reasons?)\\b");
    /* A stated cause: "caused by", "blames a faulty update", "because", "due to", "the result of". */
    private static final Pattern CAUSE =
            Pattern.compile("(?i)\\b(?:caused|causes|cause|blamed|blames|blame" + "|because|" + DUE_TO
                    + "|owing to|triggered|the result of|resulted from|traced to|down to|led to|reasons?)\\b");
    /* "What did Voss say?", "What has the minister said about it?": someone's words are asked for. */
    private static final Pattern ASKS_WHAT_WAS_SAID = Pattern.compile(
            "^(?:what|how)\\b.*\\b(?:say|said|says|tell|told|think|thinks|react|reacted|respond|responded)\\b");
    /*
     * A question about the whole event, with nothing of its own to ask: "what happened?", "what's
     * going on?", "what is this about?".
     */
    private static final Pattern ASKS_WHAT_HAPPENED = Pattern.compile("^what(?:['’]s| is| has)?(?: exactly| actually)?"
            + " (?:happened|happening|going on|gone on|went on|went wrong|gone wrong"
            + "|(?:this|it|the story|the article|the news) about|the story|the news)(?: here| now| then)?[?.!\\s]*$");
    /* A place in an order asked for: "what place did she finish?", "where did she finish in the trial?". */
    private static final Pattern ASKS_PLACING = Pattern.compile(
            "^(?:what|which) (?:place|position)\\b|^where did\\b.*\\b(?:finish|finished|place|placed|end up)\\b");
    /* A place in an order given: "came fourth", "finished second", "in third place", "runner-up". */
    private static final Pattern PLACING = Pattern.compile("(?i)\\b" + AskTerms.PLACING_VERBS
            + "\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\b(?!-)"
            + "|\\b(?:first|second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) place\\b|"
            + AskTerms.RUNNER_UP.pattern());
    /* Someone speaking: "said", "told", a quotation. */
    static final Pattern SOMEONE_SPEAKS = Pattern.compile("(?i)\\b(?:said|says|told|added|called|calling)\\b|[\"“]");
    /* Someone's words: a quotation, or speech reported with its verb. */
    private static final Pattern SPEECH =
            Pattern.compile("[\"“”]|\\b(?:said|says|say|told|added|warned|argued|insisted|wrote|according to)\\b");
    /* A place: "in Port Caldera", "at the Vell terminal", "near Ossel". */
    private static final Pattern PLACE =
            Pattern.compile("\\b(?:in|at|near|outside|inside|from|to)\\s+(?:the\\s+)?\\p{Lu}\\p{L}+");
    /*
     * A time: a date, a day, a time of day (not the "evening news"), or a time from now ("in six
     * weeks", "within a month").
     */
    private static final Pattern DATE = Pattern.compile("(?i)\\b(\\d{4}|" + DAYS + "|yesterday|today|tomorrow"
            + "|january|february|march|april|may|june|july|august|september|october|november|december"
            + "|(?:morning|evening|night)(?!\\s+(?:news|papers?|bulletins?|shows?|programmes?))"
            + "|week|month|year|spring|summer|autumn|winter|\\d{1,2}(:\\d{2})?\\s?(am|pm|a\\.m\\.|p\\.m\\.)"
            + "|(?:in|within)\\s+(?:\\d+|a|an|a few|several|" + NUMBER_WORDS
            + ")\\s+(?:days?|weeks?|fortnights?|months?|years?))\\b");

    /* "How long will it last?", "how long is it going to take?": a time still to come. */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("^how long (?:will|would|is\\b.*\\bgoing to)\\b");
    /* Times gone by ("yesterday", "this morning", "last week", "three days ago", "since 2016"): no answer to "when will". */
    private static final Pattern PAST_TIME = Pattern.compile("(?i)\\b(?:yesterday|this morning|last (?:night|week"
            + "|weekend|month|year|spring|summer|autumn|winter|" + DAYS
            + ")|earlier (?:today|this (?:week|month|year))|(?:\\d+|a|an|" + NUMBER_WORDS
            + ") (?:days?|weeks?|months?|years?) ago|since (?:the )?\\d{4}s?)\\b");
    /* "When will the line reopen?", "when is the next vote?": a time still to come. */
    private static final Pattern ASKS_COMING_TIME =
            Pattern.compile("^when(?:['’]s| will| would| is| are| does| do)\\b|^when\\b.*\\bgoing to\\b");

    /*
     * "What happens if they can't form a government?", "what if they can't?": what a condition leads
     * to, told with "if" or "unless".
     */
    private static final Pattern ASKS_CONSEQUENCE =
            Pattern.compile("^what (?:(?:happens|will happen|would happen|happened) (?:if|when|unless)|if)\\b");

    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:if|unless|otherwise|failing that)\\b");

    /* "What was the score?", "What was the final score?": a result, "2-1", "2–1" or "Rovers 2 Castlegate 1". */
    private static final Pattern ASKS_SCORE = Pattern.compile("^what\\b.*\\bscore\\b");

    private static final Pattern SCORELINE = Pattern.compile(
            "\\b\\d{1,3}\\s*[-–]\\s*\\d{1,3}\\b|\\p{Lu}\\p{L}+ \\d{1,3},? (?:\\p{Lu}\\p{L}+ ){1,3}\\d{1,3}\\b");

    /* A number of years, months or days, in figures or words: "28", "twelve". */
    private static final String YEARS = "(?:\\d{1,3}|" + NumberWords.alternatives() + ")";

    /*
     * An age: "28-year-old", "Anna Berg, 28,", "aged 28", "28 years old", "twelve years, seven months
     * and eleven days old"; a thing's, by its dating: "between 1050 and 900 BC", "dates back to the
     * 12th century".
     */
    private static final Pattern AGE = Pattern.compile("(?i)\\b" + YEARS + "-year-old\\b|\\p{L}, \\d{1,3},|\\baged "
            + YEARS + "\\b|\\b" + YEARS + " years?(?:,? (?:and )?" + YEARS + " (?:months?|weeks?|days?))* old\\b"
            + "|\\b\\d{1,4} (?:BC|BCE|B\\.C\\.)(?!\\w)|\\b(?:dated|dates|dating)(?: back)? (?:to|from)\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)[- ]century\\b");

    /* A sentence whose subject is a person named only by their age: "The 28-year-old took …". */
    private static final Pattern AGE_AS_SUBJECT = Pattern.compile("^The \\d{1,3}-year-old\\b");

    /*
     * "How high did the river get?", "how big is the plant?": a measure, which a sentence gives as a
     * figure ("5.8 metres", "1,800 people").
     */
    private static final Pattern ASKS_MEASURE =
            Pattern.compile("^how (?:high|tall|deep|big|large|heavy|fast|quick|wide|low|hot|cold|strong|steep)\\b");

    /* A measure of length: "how high did the river get?" wants metres, not "about 2am". */
    private static final Pattern ASKS_LENGTH = Pattern.compile("^how (?:high|tall|deep|wide|low)\\b");

    /* A time of day: "6am", "5.15am", "18:30", "six o'clock", "noon", "midnight", "dawn". */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)"
            + "|\\b\\d{1,2}:\\d{2}\\b|\\bo'clock\\b|\\b(?:noon|midday|midnight|dawn|dusk|daybreak|nightfall)\\b");
    /* "What time does it start?": a time of day. */
    private static final Pattern ASKS_CLOCK = Pattern.compile("^(?:at |during |between )?what (?:times?|hours)\\b");
    /* "What share of adults …?", "what proportion …": a part of a whole, which a sentence gives as a figure. */
    private static final Pattern ASKS_SHARE =
            Pattern.compile("^what (?:share|proportion|percentage|fraction|percent)\\b|\\bwhat percent");

    /*
     * "What is the death toll?", "what's the interest rate now?", "what did profit fall to?": a
     * measure named rather than asked with "how", which only a figure gives.
     */
    private static final Pattern ASKS_A_MEASURE_BY_NAME =
            Pattern.compile(WHAT_IS_THE + "(?:toll|number|total|rate|population|turnout|size|amount|count|budget|age"
                    + "|distance|speed|length|height|depth|weight|capacity|margin|majority|temperature)s?\\b"
                    + "|" + WHAT_DID_IT_CHANGE + " (?:to|by)\\b");

    /* "What did profit fall to?": the level it came to, "fell to 212 million crowns", not "a 14 per cent fall". */
    private static final Pattern ASKS_LEVEL = Pattern.compile(WHAT_DID_IT_CHANGE + " to\\b");
    /* A level a figure came to: "to 212 million", "to about 4.75 per cent", "to £3m". */
    private static final Pattern LEVEL =
            Pattern.compile("(?i)\\bto (?:about |around |some |almost |nearly |just (?:over|under) )?[$£€]?\\d");

    /*
     * "Who is the governor of the central bank?", "which team does he ride for?", "what's the
     * opening film called?", "what's the name of the driver?": only a name answers, and not one
     * the question already gives. (A "who" with a verb, "who will travel free?", is answered by a
     * group as well as by a name: {@link #asksWhoDid}.)
     */
    private static final Pattern ASKS_NAME = Pattern.compile(
            "^who(?:['’]s| is| was| are| were| will be)(?: the| a| an| his| her| their| its|(?= \\p{L}+ing\\b))\\b"
                    + "|^which (?!(?:of|one|ones|way|part|parts|side|sides|year|years|day|days|time|times)\\b)\\p{L}"
                    + "|^what(?:['’]s| is| was| are| were)? the names? of\\b"
                    + "|^what\\b.*\\b(?:called|named)\\??$");

    /* A name in a sentence: a capitalised word, or two in a row at its start ("Ingeborg Sæther as Maren"). */
    private static final Pattern NAME_WORD =
            Pattern.compile("(?<=[\\s(\"“'‘-])\\p{Lu}[\\p{L}'’-]*|^\\p{Lu}[\\p{L}'’-]*(?= \\p{Lu})");

    /* Capitalised words that name no one: days, months, and words that open a clause. */
    private static final Set<String> NOT_A_NAME = notNames();

    private static Set<String> notNames() {
        Set<String> out = new HashSet<>(Set.of(
                "the", "a", "an", "i", "it", "he", "she", "they", "we", "you", "but", "and", "in", "on", "at", "if",
                "mr", "mrs", "ms", "dr"));
        for (DayOfWeek d : DayOfWeek.values()) {
            out.add(d.name().toLowerCase(Locale.ROOT));
        }
        for (Month m : Month.values()) {
            out.add(m.name().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    /* Questions only a figure answers: how many, how much, how far, how long, how old (and a measure). */
    private static final Pattern ASKS_FIGURE = Pattern.compile("^how (?:many|much|far|long|old)\\b");

    private QuestionKind() {}

    /* A stretch of one unit ("a year"), told as one by the word before it: "for a year", "in a week". */
    private static final Pattern ONE_UNIT = Pattern.compile("(?i)^an? ");
    private static final Pattern LEADS_A_STRETCH = Pattern.compile("(?i)\\b(?:for|in|within|after|over|about|nearly"
            + "|almost|than|under|around|roughly|just|only|half|took|take|takes|taking|last|lasts|lasted|spent|spend"
            + "|spends|whole|entire|full)\\s+$");

    /**
     * Whether the sentence gives a stretch of time: "30 days", "until March", or "a year" when it
     * is one ("for a year", "took a week"), not a rate ("40 million doses a year", "twice a week").
     */
    private static boolean givesDuration(String sentence) {
        return givesDuration(sentence, true);
    }

    /* As above; without {@code since}, "since 2016" is no stretch ("how long will the strike last?" looks ahead). */
    private static boolean givesDuration(String sentence, boolean since) {
        var m = DURATION.matcher(sentence);
        while (m.find()) {
            if (!since && m.group().equalsIgnoreCase("since")) {
                continue;
            }
            if (!ONE_UNIT.matcher(m.group()).find()
                    || LEADS_A_STRETCH
                            .matcher(sentence.substring(Math.max(0, m.start() - 12), m.start()))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether only a sentence of the kind asked for can answer the (lower-case) question: no
     * sentence without a figure answers "how many …?", however many of its words it shares.
     */
    static boolean asksForAFigure(String question) {
        return ASKS_FIGURE.matcher(question).find()
                || ASKS_MEASURE.matcher(question).find()
                || ASKS_A_MEASURE_BY_NAME.matcher(question).find();
    }

    /**
     * Whether only a sentence of the kind asked for answers the (lower-case) question: a figure's
     * question, and "when …" or "what time …", which a sentence with no time in it never answers
     * ("when will trains be running again?" / "Trains to Vesper are cancelled."), and "where …",
     * which one with no named place does not ("where will the park-and-ride sites be?" / "The
     * council will add two park-and-ride sites"), and "why …", which one that gives no reason does
     * not ("why is Oldmere shutting the brewery?" / "Oldmere will close its brewery …").
     */
    static boolean onlyItsKindAnswers(String question) {
        return asksForAFigureOrTime(question)
                || question.startsWith("where ")
                || asksWhy(question)
                || asksPlacing(question)
                || ASKS_CONSEQUENCE.matcher(question).find()
                || ASKS_NAME.matcher(question).find();
    }

    /** Whether the (lower-case) question asks for a figure, a sum, a share or a time. */
    static boolean asksForAFigureOrTime(String question) {
        return asksForAFigure(question)
                || question.startsWith("when ")
                || ASKS_CLOCK.matcher(question).find()
                || ASKS_MONEY.matcher(question).find()
                || ASKS_SHARE.matcher(question).find()
                || question.contains("what day");
    }

    /** Whether the (lower-case) question asks for a name ("who is the …", "which …", "what is it called"). */
    static boolean asksName(String question) {
        return ASKS_NAME.matcher(question).find();
    }

    /**
     * Whether the (lower-case) question asks for the name of a thing it names ("which X", "what's
     * the name of X", "what is X called"): a name that answers stands beside X's word. Not "who …":
     * "Ilse Brandt finished second" names the runner-up with nothing beside her name.
     */
    static boolean asksForAThingsName(String question) {
        return asksName(question) && !question.startsWith("who");
    }

    /**
     * Whether the (lower-case) question asks who did something ("who designed the roof?", "who runs
     * the festival?"), rather than for a name by a role ({@link #asksName}).
     */
    static boolean asksWhoDid(String question) {
        return question.startsWith("who ") && !asksName(question);
    }

    /** The lower-case runs of letters and digits of a text ("larsen", "s" of "Larsen's"). */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        var m = LETTERS.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Whether the sentence's word at {@code i} is (part of) a name: capitalised, and not only for opening the sentence. */
    static boolean isName(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (!Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        if (i == 0 && (tokens.size() < 2 || !Character.isUpperCase(tokens.get(1).codePointAt(0)))) {
            return false;
        }
        return !NOT_A_NAME.contains(bare(t));
    }

    /** Whether the sentence names someone or something the question, given as its {@link #words}, does not. */
    static boolean namesOther(Set<String> questionWords, String sentence) {
        var m = NAME_WORD.matcher(sentence);
        while (m.find()) {
            if (!NOT_A_NAME.contains(bare(m.group())) && !gives(questionWords, m.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question, given as its {@link #words}, holds every part of the name ("jean" and
     * "luc" of "Jean-Luc's").
     */
    static boolean gives(Set<String> questionWords, String name) {
        var m = LETTERS.matcher(bare(name));
        while (m.find()) {
            if (!questionWords.contains(m.group())) {
                return false;
            }
        }
        return true;
    }

    /* A word in lower case without its possessive ending. */
    private static String bare(String word) {
        return POSSESSIVE.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
    }

    /**
     * The question as its kind is read: without a leading "and", "so", "but" or "ok", and with
     * "by how much" read as "how much".
     */
    static String plain(String question) {
        return question.replaceFirst("^(?:(?:and|so|but|then|ok|okay|well|also)\\b[,]?\\s*)+", "")
                .replaceFirst("^by how (much|many|far)\\b", "how $1");
    }

    /** The word of a measure question that names what is measured ("high" in "how high …"), or null. */
    static String measured(String question) {
        var m = ASKS_MEASURE.matcher(question);
        return m.find() ? m.group().substring(4) : null;
    }

    /** Whether the sentence names someone only by their age, as the subject: "The 28-year-old crossed …". */
    static boolean ageAsSubject(String sentence) {
        return AGE_AS_SUBJECT.matcher(sentence).find();
    }

    /*
     * A question whose subject is a pronoun standing for the article's own subject: "how long did it
     * last?", "when does it kick in?", "are they laying people off?".
     */
    private static final Pattern ABOUT_ITS_SUBJECT = Pattern.compile("\\b(?:it|they|this|he|she)\\b");

    /** Whether the (lower-case) question's subject is a pronoun ({@link #ABOUT_ITS_SUBJECT}). */
    static boolean aboutItsSubject(String question) {
        return ABOUT_ITS_SUBJECT.matcher(question).find();
    }

    /** Whether the (lower-case) question asks what something costs, earns or is paid. */
    static boolean asksMoney(String question) {
        return ASKS_MONEY.matcher(question).find();
    }

    /* A verb that reports what someone said: "the company said", "…," said Rennick. */
    private static final String SPEAKING = "(?:said|says|say|told|tells|added|adds|warned|warns|argued|argues|insisted"
            + "|insists|wrote|writes|blamed|blames|admitted|admits|apologi[sz]ed|apologi[sz]es|explained|explains"
            + "|announced|announces|confirmed|confirms|stated|states|claimed|claims|acknowledged|acknowledges|denied"
            + "|denies|replied|replies|responded|responds|promised|promises|pledged|vowed|vows|conceded|concedes)";
    /* The speaker straight before the verb: "the company said", "Rennick told". */
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("(?i)([\\p{L}\\p{N}]+)\\s+" + SPEAKING + "\\b");
    /* The speaker after it, where the verb follows what was said: "…," said the company. */
    private static final Pattern SPEAKER_AFTER =
            Pattern.compile("(?i)[,\"”’]\\s*" + SPEAKING + "\\s+(?:the\\s+|a\\s+|an\\s+)?([\\p{L}\\p{N}]+)");

    /**
     * The words that stand as speakers in the sentence, in lower case: the word straight before a
     * verb of saying ("the company said", "Rennick told"), and the one after it where the verb
     * follows what was said ("…," said the company). "Shops said the company let them down" has
     * the shops speaking, not the company.
     */
    static Set<String> speakers(String sentence) {
        Set<String> out = new HashSet<>();
        for (Pattern p : List.of(SPEAKER_BEFORE, SPEAKER_AFTER)) {
            var m = p.matcher(sentence);
            while (m.find()) {
                out.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /*
     * A sentence that names a question or leaves it open rather than answering it: "There is also
     * the question of what happens to people without smartphones", "It is not yet clear whether …".
     * (A question of the text's own, "Can the government see where I use it?", stays a candidate:
     * taken out, the answerer quoted the sentences around it in an explainer instead of declining.)
     */
    private static final Pattern LEAVES_OPEN = Pattern.compile("(?i)\\bthe question (?:of|is) (?:what|whether|how|who"
            + "|why|when|where|which)\\b|\\b(?:unclear|unknown|uncertain|not (?:yet )?(?:clear|known|certain))"
            + " (?:what|whether|how|who|why|when|where|which|if)\\b|\\bremains to be seen\\b");

    /** Whether the sentence only names a question or leaves it open ({@link #LEAVES_OPEN}) rather than answering it. */
    static boolean leavesOpen(String sentence) {
        return LEAVES_OPEN.matcher(sentence).find();
    }

    /** Whether the (lower-case) question asks for a place in an order ({@link #ASKS_PLACING}). */
    static boolean asksPlacing(String question) {
        return ASKS_PLACING.matcher(question).find();
    }

    /** Whether the (lower-case) question asks what happened, and nothing more. */
    static boolean asksWhatHappened(String question) {
        return ASKS_WHAT_HAPPENED.matcher(question).find();
    }

    /** Whether the (lower-case) question asks what someone said or how they took something. */
    static boolean asksWhatWasSaid(String question) {
        return ASKS_WHAT_WAS_SAID.matcher(question).find();
    }

    /** Whether the (lower-case) question asks why. */
    static boolean asksWhy(String question) {
        return ASKS_WHY.matcher(question).find();
    }

    /** Whether the sentence gives a reason for what it or the report tells ({@link #GIVES_REASON}). */
    static boolean givesReason(String sentence) {
        return GIVES_REASON.matcher(sentence).find() && !sentence.strip().endsWith("?");
    }

    /** Whether the (lower-case) question asks what caused something. */
    static boolean asksCause(String question) {
        return ASKS_CAUSE.matcher(question).find();
    }

    /** Whether the (lower-case) question asks for a time of day ("what time …", "what hours …"). */
    static boolean asksClock(String question) {
        return ASKS_CLOCK.matcher(question).find();
    }

    /** Whether the (lower-case) question asks for a match's result. */
    static boolean asksScore(String question) {
        return ASKS_SCORE.matcher(question).find();
    }

    /* A share: "6 per cent", "4.5%". */
    private static final Pattern SHARE = Pattern.compile("(?i)\\d\\s*(?:%|per\\s?cent\\b)");

    /** Whether the sentence gives a sum of money or a share ("440 crowns", "6 per cent"). */
    static boolean givesSumOrShare(String sentence) {
        return MONEY.matcher(sentence).find() || SHARE.matcher(sentence).find();
    }

    /** Whether the token is or holds a number, in digits or words. */
    static boolean isNumber(String token) {
        return NUMBER.matcher(token).find();
    }

    /** Whether the sentence gives the kind of answer the (lower-case) question asks for; true when it asks for none. */
    static boolean fits(String question, String sentence) {
        return answeredBy(question).test(sentence);
    }

    /**
     * The test a sentence must pass to give the kind of answer the (lower-case) question asks for,
     * read from the question once: "what was the score?" wants a scoreline, "how long …" a stretch
     * of time; every sentence passes when it asks for no kind.
     */
    static Predicate<String> answeredBy(String question) {
        if (ASKS_SCORE.matcher(question).find()) {
            return finds(SCORELINE);
        }
        if (ASKS_WHAT_WAS_SAID.matcher(question).find()) {
            return finds(SPEECH);
        }
        if (ASKS_CAUSE.matcher(question).find()) {
            // a question in the text ("The cause?") asks, it does not answer
            return s -> CAUSE.matcher(s).find() && !s.strip().endsWith("?");
        }
        if (question.startsWith("how long")) {
            if (LOOKS_AHEAD.matcher(question).find()) {
                return s -> givesDuration(s, false);
            }
            return QuestionKind::givesDuration;
        }
        if (question.startsWith("how old")) {
            return finds(AGE);
        }
        if (question.startsWith("how far") || ASKS_LENGTH.matcher(question).find()) {
            return finds(DISTANCE);
        }
        if (ASKS_LEVEL.matcher(question).find()) {
            return finds(LEVEL);
        }
        if (question.startsWith("how many")
                || ASKS_MEASURE.matcher(question).find()
                || ASKS_A_MEASURE_BY_NAME.matcher(question).find()) {
            return finds(NUMBER);
        }
        if (ASKS_MONEY.matcher(question).find()) {
            return finds(MONEY);
        }
        if (question.startsWith("how much") || ASKS_SHARE.matcher(question).find()) {
            return finds(AMOUNT);
        }
        if (asksPlacing(question)) {
            return finds(PLACING);
        }
        if (question.startsWith("where")) {
            return finds(PLACE);
        }
        if (ASKS_CLOCK.matcher(question).find()) {
            return finds(CLOCK);
        }
        if (ASKS_COMING_TIME.matcher(question).find()) {
            // "when will the line reopen?" is not answered by "… closed this morning"
            return s -> {
                String coming = PAST_TIME.matcher(s).replaceAll(" ");
                return DATE.matcher(coming).find() || CLOCK.matcher(coming).find();
            };
        }
        if (question.startsWith("when") || question.contains("what time") || question.contains("what day")) {
            return s -> DATE.matcher(s).find() || CLOCK.matcher(s).find();
        }
        if (ASKS_CONSEQUENCE.matcher(question).find()) {
            return finds(CONDITION);
        }
        if (asksName(question)) {
            Set<String> words = words(question);
            return s -> namesOther(words, s);
        }
        if (asksWhy(question)) {
            return finds(REASON);
        }
        return s -> true;
    }

    private static Predicate<String> finds(Pattern p) {
        return s -> p.matcher(s).find();
    }
}
