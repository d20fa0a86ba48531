package dev.tidings.ai;

import java.util.regex.Pattern;

/**
 * Shortens a sentence without changing what it reports: cuts a caption's label ("Horrifying: the
 * girl was found ..."), a leading scene-setting clause ("Speaking to reporters, ..."), an aside
 * between dashes and a non-restrictive relative clause between commas (", who joined in 2013,"). Reference summaries are short and
 * ROUGE rewards precision; each rule was kept only if it raised the cross-validated score
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
     * (", which means X, the bank said"). There the clause goes but one comma stays.
     */
    private static final Pattern ATTRIBUTION_NEXT = Pattern.compile(
            "^\\s+(?:(?:[\\p{L}'’.-]+\\s+){1,3}(?:said|says|say|told|tells|added|adds|claimed|claims)|according)\\b");
    /*
     * The stretch after the clause's closing comma, up to the next comma or the end, when it is the
     * tail of a list the clause opened ("who sell their herring, cod and salmon abroad, have ..."):
     * a few words, or words joined by "and" / "or", rather than the sentence going on.
     */
    private static final Pattern LIST_TAIL = Pattern.compile("^\\s*(?:\\S+(?:\\s+\\S+){0,2}\\s*$|.*\\b(?:and|or)\\b)");
    /* How a sentence goes on after a subject's aside: a verb (a helper, a past form) or an adverb. */
    private static final Pattern PREDICATE_START = Pattern.compile(
            "^\\s*(?:\\p{Ll}+ed|is|was|are|were|has|have|had|will|would|can|could|may|might|must|shall|should|"
                    + "did|does|do|says|said|also|then|now|still|later|again|never|only|just|recently|already)\\b");
    private static final int LIST_ITEMS = 4;
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
        boolean attribution = ATTRIBUTION_NEXT.matcher(s.substring(end)).find();
        return shortened(s, s.substring(0, m.start()) + (attribution ? "," : "") + s.substring(end), false);
    }

    /**
     * Where an aside whose first closing comma is at {@code end} really ends: past a list it opened,
     * or -1 when a list runs on into the rest of the sentence and no cut leaves it whole.
     */
    private static int asideEnd(String s, int end) {
        for (int items = 0; items < LIST_ITEMS; items++) {
            int comma = s.indexOf(',', end);
            String stretch = s.substring(end, comma < 0 ? s.length() : comma);
            if (PREDICATE_START.matcher(stretch).find()
                    || !LIST_TAIL.matcher(stretch).find()) {
                return end;
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
