package dev.tidings.ai;

import java.util.regex.Pattern;

/**
 * Shortens a sentence without changing what it reports: cuts a caption's label ("Horrifying: the
 * girl was found ..."), a leading scene-setting clause ("Speaking to reporters, ..."), an aside
 * between dashes and a non-restrictive relative clause between commas (", who joined in 2013,"),
 * with any list it opens, only where the sentence then goes on with its verb, keeping the comma
 * the sentence needs. Reference summaries are short and ROUGE rewards precision; each rule was kept only if it raised the cross-validated score
 * (docs/benchmarks.md). Who said something is never cut, though cutting "..., police said." scored
 * a little higher: without it a claim would read as established fact. A cut that would leave
 * fewer than {@value #MIN_WORDS} words is not made.
 */
final class Compression {
    static final int MIN_WORDS = 5;

    private static final Pattern LEADING_CLAUSE = Pattern.compile(
            "^(?:After|Before|Since|While|As|When|During|Speaking|Writing|In)\\b[^,'\"‘“”]{3,60},\\s+(?=\\p{Lu}|(?:he|she|they|it|the) )");
    /* Between commas the clause only adds to what the sentence says of its subject; none with quotes. */
    private static final Pattern RELATIVE_ASIDE = Pattern.compile(",\\s+(?:who|which)\\s+[^,;:'\"‘“”]{3,80},(?=\\s)");
    /*
     * What follows a clause that comments on a whole statement rather than a noun: its attribution
     * (", which means X, the bank said"; ", who took them to Irbil, said Nuri Osman"). There the
     * clause goes but one comma stays.
     */
    private static final Pattern ATTRIBUTION_NEXT = Pattern.compile(
            "^\\s+(?:(?:[\\p{L}'’.-]+\\s+){1,3}(?:said|says|say|told|tells|added|adds|claimed|claims)|according"
                    + "|(?:said|says|added|adds)\\s+(?=\\p{Lu}))\\b");
    /*
     * The stretch after the clause's closing comma, up to the next comma or the end, when it still
     * belongs to the clause: one that opens on "and" / "or" (", who broke into the first team, and
     * into the national side,"), or the tail of a list the clause opened (", who sell their herring,
     * cod and salmon abroad,"): up to three words, or a short run with "and" / "or" among its first
     * words, not opening on a preposition (", with her baby," goes on about the subject).
     */
    private static final Pattern LIST_TAIL = Pattern.compile("^\\s*(?:(?:and|or)\\s.*|(?!(?:with|without|in|on|at|by|"
            + "for|from|to|of|as|after|before|but|so|while|when|where|because|though|although|if|than|like)\\b)"
            + "(?:\\S+(?:\\s+\\S+){0,2}|(?:\\S+\\s+){1,3}(?:and|or)\\s+\\S+(?:\\s+\\S+){0,3}))\\s*$");
    /* How a sentence goes on after a subject's aside: a verb (a helper, a past form) or an adverb. */
    private static final Pattern PREDICATE_START = Pattern.compile(
            "^\\s*(?:\\p{Ll}+ed|is|was|are|were|has|have|had|will|would|can|could|may|might|must|shall|should|"
                    + "did|does|do|says|said|also|then|now|still|later|again|never|only|just|recently|already)\\b");
    private static final int LIST_ITEMS = 4;
    private static final Pattern AND_OR = Pattern.compile("\\b(?:and|or)\\b");
    /* After an aside, what joins a clause to the whole statement rather than going on with the subject. */
    private static final Pattern WHOLE_STATEMENT_NEXT = Pattern.compile("^\\s+(?:\\p{Ll}+ing|with|but|while)\\b");
    private static final Pattern OPENING_CLAUSE = Pattern.compile(
            "^(?:When|While|If|As|After|Before|Although|Though|Because|Since|Once|Until|Unless)\\b[^,]*$");
    private static final Pattern SUBJECT_NEXT =
            Pattern.compile("^\\s+(?:he|she|they|it|we|i|you|there|the|this|his|her|their)\\b");
    /* The head an appositive names: "His mother, Joy", "The club's captain, Lund". */
    private static final Pattern ROLE_HEAD = Pattern.compile("^(?i:his|her|their|its|the|a|an|my|our|your)\\s");
    private static final Pattern DASH_ASIDE = Pattern.compile("\\s+[-–—]\\s+[^-–—\"‘“”]{3,120}?\\s+[-–—]\\s+");

    private Compression() {}

    static String compress(String sentence) {
        String s = unlabel(sentence);
        s = cut(s, LEADING_CLAUSE, "", true);
        s = cut(s, DASH_ASIDE, " ", false);
        s = cutRelative(s);
        return s;
    }

    /** A picture caption kept as a sentence loses its one- to four-word label, never speech ("He said: ..."). */
    private static String unlabel(String s) {
        return CleanText.labelled(s) ? shortened(s, s.substring(s.indexOf(": ") + 2), true) : s;
    }

    private static String cutRelative(String s) {
        var m = RELATIVE_ASIDE.matcher(s);
        if (!m.find()) {
            return s;
        }
        int end = asideEnd(s, m.end());
        if (end < 0) {
            return s;
        }
        String before = s.substring(0, m.start());
        String after = s.substring(end);
        return shortened(s, before + (needsComma(before, after) ? "," : "") + after, false);
    }

    /**
     * Whether the sentence still needs a comma where the aside was: before an attribution, a
     * clause on the whole statement ("yielded bacteria, suggesting ..."), the main clause after an
     * opening one ("When the ballot was drawn, she ..."), or to close an appositive the aside
     * followed ("Anna Berg, 28, has ...", "His mother, Joy, is ...").
     */
    private static boolean needsComma(String before, String after) {
        if (ATTRIBUTION_NEXT.matcher(after).find()
                || WHOLE_STATEMENT_NEXT.matcher(after).find()) {
            return true;
        }
        if (OPENING_CLAUSE.matcher(before).find() && SUBJECT_NEXT.matcher(after).find()) {
            return true;
        }
        int comma = before.lastIndexOf(',');
        if (comma < 0) {
            return false;
        }
        String appositive = before.substring(comma + 1).strip();
        String head =
                before.substring(before.lastIndexOf(',', comma - 1) + 1, comma).strip();
        return appositive.matches("\\d{1,3}")
                || (Words.count(appositive) <= 3 && ROLE_HEAD.matcher(head).find());
    }

    /**
     * Where an aside whose first closing comma is at {@code end} really ends: past a list it opened,
     * or -1 when no cut is sure to leave the sentence whole: a list that runs on into its end, or
     * one after which the sentence does not plainly go on with its verb (in "ahead of Spurs, who
     * lost, and Leeds, who play on Monday" the "and" joins the sentence's own list).
     */
    private static int asideEnd(String s, int end) {
        for (int items = 0; items < LIST_ITEMS; items++) {
            int comma = s.indexOf(',', end);
            String stretch = s.substring(end, comma < 0 ? s.length() : comma);
            if (PREDICATE_START.matcher(stretch).find()) {
                return end;
            }
            if (items == 0 && comma < 0 && !AND_OR.matcher(stretch).find()) {
                return end; // a short rest of the sentence with no "and" is its verb ("…, costs £2.")
            }
            if (!LIST_TAIL.matcher(stretch).find()) {
                return items == 0 ? end : -1;
            }
            if (comma < 0) {
                return -1;
            }
            end = comma + 1;
        }
        return -1;
    }

    private static String cut(String s, Pattern rule, String replacement, boolean capitalise) {
        return shortened(s, rule.matcher(s).replaceFirst(replacement), capitalise);
    }

    /** {@code cut} stripped (and capitalised if asked), unless it leaves too few words. */
    private static String shortened(String s, String cut, boolean capitalise) {
        String out = cut.strip();
        if (out.equals(s) || Words.count(out) < MIN_WORDS) {
            return s;
        }
        return capitalise ? CleanText.capitalised(out) : out;
    }
}
