package dev.tidings.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Whether a sentence can be read alone, out of its article: as a key point, or as a claim in a
 * story's summary. It must be whole, a statement, not too short or long, and not lean on the
 * sentence before (a pronoun, "But…", "those fears", "the 68-year-old said").
 */
final class ReadAlone {
    /** The most words a sentence read alone may have; a longer one gives its first statement. */
    static final int MAX_WORDS = 40;
    /** The fewest: shorter lines are mostly fragments ("Four stars out of five."). */
    static final int MIN_WORDS = 7;

    private ReadAlone() {}

    /**
     * Openings of a sentence that leans on the one before ("That is the whole point.", "But the
     * court disagreed.", "He curled one in off the far post.", "It plans to hire 50 people.", "That
     * last decision says…", "Three days later the two governments have signed…"): fine in the
     * article, meaningless alone as a key point. ("It is" and
     * "It was" open statements about nothing in particular too, but a point that opens so says
     * little.)
     */
    private static final Pattern LEANS_BACK =
            Pattern.compile("^(?:(?:But|And|So|Yet|Or|Nor|Still|Even so|Instead|Otherwise|Their|His|Its"
                    + "|However|Meanwhile|Also|Moreover|Furthermore|Nevertheless|Nonetheless|At the same time"
                    + "|Now (?:it|he|she|they|there|that|this))\\b"
                    // a time told from the sentence before: "Three days later", "The next morning", "Afterwards"
                    + "|(?:(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A few|Several|\\d+)\\s+"
                    + "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
                    + "|Seconds|Minutes|Hours|Days|Weeks|Months|Years|Moments)\\s+later\\b"
                    + "|Later\\b|Afterwards\\b|(?:Soon|Shortly) after(?:wards)?\\s*,"
                    + "|The (?:next|following) (?:day|morning|afternoon|evening|night|week|month|year)\\b"
                    + "|(?:It|That|They)['\u2019](?:s|re)\\b"
                    + "|(?:He|She|They|It)\\s+\\p{Ll}|That\\s+\\p{L}"
                    + "|(?:It|That|This|Those|These|They|Such|Neither|Both)\\s+"
                    + "(?:is|was|are|were|has|had|have|will|would|could|may|might|says|said|means|meant|did|does"
                    + "|do|seems|looked|looks|came|comes|follows|followed|leaves|left|makes|made|puts|marks"
                    + "|marked|covers|covered)\\b)");

    /*
     * A quotation whose speaker is only a pronoun ("'About 290 crowns a month,' she said, ..."):
     * someone's words with no one to say them, once out of the article.
     */
    private static final Pattern QUOTED_BY_PRONOUN =
            Pattern.compile("^[\"'‘“].*?[,.!?]?[\"'’”],?\\s+(?:he|she|they|we|I)\\s+(?:said|says|added|adds|told"
                    + "|tells|explained|insisted|admitted|asked|warned|recalled)\\b");

    /*
     * Someone named only by their age, as the one who acts or speaks: "The 28-year-old took 37
     * seconds off…", "…," the 68-year-old said (news names a person once, then calls them by their age).
     */
    private static final Pattern NAMED_BY_AGE = Pattern.compile(
            "\\b[Tt]he \\d{1,3}-year-old\\s+(?:said|says|told|tells|added|adds|is|was|has|had|will|would|\\p{Ll}+ed)\\b");

    /*
     * An opening clause that speaks of someone or something by a pronoun ("By the time he began to
     * chase, …", "If it is granted, …"): named in the sentence before.
     */
    private static final Pattern PRONOUN_IN_OPENING_CLAUSE = Pattern.compile(
            "^(?:If|When|By the time|As|After|Before|Once|Until|While|Although|Though|Whether|Because|Since"
                    + "|Unless)\\b[^,]*\\b(?:he|she|it|they)\\b");
    /* The verbs that make a pronoun before them its sentence's subject ("that is", "they have", "it said"). */
    private static final String STATES = "is|was|are|were|has|had|have|will|would|could|may|might|says|said";

    /*
     * A pronoun that is the subject straight after a short opening phrase ("In a Chamber of 225, that
     * is close enough …", "Adjusted for …, that is a reduction of …"), or a possessive one there
     * ("For most of the fourteen months …, their two largest home countries …"): what it stands for
     * is in the sentence before, as when the sentence opens with it. (Not "…, that means paying 450 crowns a
     * month more": a reader takes the consequence as a fact of its own.)
     */
    private static final Pattern PRONOUN_AFTER_OPENING =
            Pattern.compile("^[^,\"“”]{2,50},\\s+(?:that|this|it|they|he|she)\\s+(?:" + STATES + ")\\b"
                    + "|^[^,\"“”]{2,80},\\s+(?:their|his|its)\\s");

    /*
     * Quotations in single marks, as British pages write them. An opening mark follows a space or a
     * bracket and comes before a letter ("'We"; not the "'90s"); a closing one follows the
     * quotation's own punctuation (",'" or ".'"). An apostrophe ("didn't", "fans' ") is neither.
     */
    private static final Pattern SINGLE_OPEN = Pattern.compile("(?:^|[\\s(\\[])['‘](?=\\p{L})");
    private static final Pattern SINGLE_CLOSE = Pattern.compile("[.,!?]['’](?=\\s|$)");

    /** Whether the sentence leans on the one before it, whatever its length ({@link #standsAlone} less its limits). */
    static boolean leansBack(String sentence) {
        return LEANS_BACK.matcher(sentence).find()
                || QUOTED_BY_PRONOUN.matcher(sentence).find()
                || pointsBack(sentence);
    }

    /**
     * Whether a sentence reads as a key point on its own: whole, a statement, not too short or long,
     * not leaning back, not a quotation from an unnamed "she".
     */
    static boolean standsAlone(String sentence) {
        int words = Words.count(sentence);
        return words >= MIN_WORDS
                && words <= MAX_WORDS
                && !sentence.endsWith("?") // a teaser ("Couldn't pay for your coffee this morning?") states nothing
                && balanced(sentence)
                && !insideSingleQuotes(sentence)
                && !leansBack(sentence);
    }

    /*
     * Openings that stand for someone or something the sentence before named ("Some had to be
     * lifted out", "Someone had cut it out", "Just as important is", "Among them is…"), or
     * that make a simile of nothing ("Like someone running a bath").
     */
    private static final Pattern STANDS_FOR_BEFORE = Pattern.compile(
            "^(?:Like|Somewhere|Someone|Others|Each time|Just as|Some(?!\\s+\\d)|Among (?:them|those|these))\\b");
    /*
     * "This", "these" or "those" before a noun that is not a time ("those fears", "this decision";
     * not "this morning"), or "all of that": a thing the sentence before named.
     */
    private static final Pattern DEMONSTRATIVE = Pattern.compile(
            "\\b(?:[Tt]his|[Tt]hese|[Tt]hose)\\s+(?!(?:year|week|month|morning|afternoon|evening|weekend|season"
                    + "|summer|winter|spring|autumn|century|decade)s?\\b)\\p{L}|\\ball of (?:that|this|it)\\b");
    /*
     * "The latter" or "the former" standing for something ("the latter has …", not "the former
     * minister", "the latter half"), or one of kinds the sentence before set out ("… is the second
     * kind"; not "the first kind of vaccine", which names what it counts).
     */
    private static final Pattern ONE_OF_BEFORE = Pattern.compile("\\b(?i:the)\\s+(?:(?:latter|former)"
            + "(?=[,.;:]|\\s+(?:can|" + STATES + ")\\b)"
            + "|(?:first|second|third|other)\\s+(?:kind|type|sort)s?\\b(?!\\s+of\\b))");
    /* The writer's or a speaker's "I" and "we" outside quotation marks. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|[Ww]e|[Oo]ur|[Mm]y|me|us)\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

    /**
     * Whether the sentence leans on what came before or speaks in the first person outside a
     * quotation: fine in the article, unclear as a key point read alone.
     */
    static boolean pointsBack(String sentence) {
        String unquoted = QUOTED.matcher(sentence).replaceAll(" ");
        return STANDS_FOR_BEFORE.matcher(sentence).find()
                || DEMONSTRATIVE.matcher(unquoted).find()
                || ONE_OF_BEFORE.matcher(unquoted).find()
                || FIRST_PERSON.matcher(unquoted).find()
                || NAMED_BY_AGE.matcher(sentence).find()
                || PRONOUN_IN_OPENING_CLAUSE.matcher(sentence).find()
                || PRONOUN_AFTER_OPENING.matcher(sentence).find();
    }

    /**
     * Whether the sentence closes a quotation it did not open, or opens one it leaves open: a
     * sentence from the middle of someone's words, which needs the sentences around it.
     */
    static boolean insideSingleQuotes(String s) {
        List<Integer> opens =
                SINGLE_OPEN.matcher(s).results().map(MatchResult::start).toList();
        List<Integer> closes =
                SINGLE_CLOSE.matcher(s).results().map(MatchResult::start).toList();
        boolean closesUnopened = !closes.isEmpty() && (opens.isEmpty() || closes.getFirst() < opens.getFirst());
        boolean leavesOpen = !opens.isEmpty() && (closes.isEmpty() || closes.getLast() < opens.getLast());
        return closesUnopened || leavesOpen;
    }

    /** False for a piece of a quotation cut at a full stop inside it: it reads badly as a point. */
    static boolean balanced(String s) {
        long straight = s.chars().filter(c -> c == '"').count();
        long open = s.chars().filter(c -> c == '“').count();
        long close = s.chars().filter(c -> c == '”').count();
        return straight % 2 == 0 && open == close;
    }

    /**
     * The sentences with a quotation that runs over several of them joined into one, so evidence
     * never starts or stops inside someone's words ("It is a chance," he said.). At most four
     * sentences are joined; a quotation longer than that is left as it was split.
     */
    static List<String> quotationsWhole(List<String> sentences) {
        return quotationRuns(sentences).stream().map(Quoted::text).toList();
    }

    /** A sentence, or a quotation's sentences joined, with the index of the last it holds. */
    record Quoted(String text, int last) {}

    /** As {@link #quotationsWhole}, each with the index of its last sentence. */
    static List<Quoted> quotationRuns(List<String> sentences) {
        List<Quoted> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            StringBuilder joined = new StringBuilder(sentences.get(i));
            int end = i;
            while (!balanced(joined.toString()) && end + 1 < sentences.size() && end - i < 3) {
                joined.append(' ').append(sentences.get(++end));
            }
            if (balanced(joined.toString())) {
                out.add(new Quoted(joined.toString(), end));
                i = end;
            } else {
                out.add(new Quoted(sentences.get(i), i));
            }
        }
        return out;
    }
}
