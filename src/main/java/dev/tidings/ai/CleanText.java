package dev.tidings.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of an article worth quoting back to a reader: page furniture (bylines, photo
 * credits and captions, "Advertisement", "Read more", share and sign-up prompts) is dropped, and
 * wire prefixes such as "(CNN) --" are cut.
 */
final class CleanText {
    private static final Pattern JUNK = Pattern.compile(
            "(?i)^(advertisement|advertising|sponsored( content)?|read more|read next|more:|related:|see also"
                    + "|click here|scroll down|watch:|video:|listen:|photo:|photograph:|image:|picture:|pictured:"
                    + "|credit:|caption:|share (this|on)|follow (us|him|her|me)|sign up|subscribe|newsletter"
                    + "|by [\\p{L}.' -]{2,60}$|posted:|published:|updated:|last updated|copyright|©|all rights reserved"
                    + "|this article (was|has been|is)|(editor's|editors') note|terms of (use|service)"
                    + "|(file|stock|archive) (picture|photo|photograph|image)\\b|.{0,80}\\bused to illustrate\\b)");
    private static final Pattern CREDIT =
            Pattern.compile("(?i)(getty images|\\bafp\\b/|\\bap photo\\b|reuters/|shutterstock|photograph: |credit: )");
    private static final Pattern PREFIX =
            // case-blind: some pages (and some of the development articles) come lower-cased, "(cnn) on the…"
            Pattern.compile("^(\\p{L}[\\p{L} ,.]{0,40})?\\((?i:CNN|AP|Reuters|AFP|UPI|dpa)\\)\\s*(--|—|–|-)?\\s*"
                    + "|^\\p{Lu}{3,}[\\p{Lu} ,]*\\s(--|—|–)\\s");
    private static final Pattern MARKERS = Pattern.compile(
            "\\s*\\((pictured|left|right|centre|center|above|below|inset|top|bottom|file photo|file picture"
                    + "|second (left|right)|far (left|right)|front|back row)[^)]{0,40}\\)"
                    // "(similar to the one pictured)", and the comma form ", pictured above in Las Vegas,"
                    + "|\\s*\\([^()]{0,40}\\bpictured\\b[^()]{0,40}\\)"
                    + "|,\\s+pictured\\b[^,.;:!?\"“”]{0,60},");

    /*
     * Pages often run a photo caption into the next sentence with no full stop between them
     * ("...drew 0-0 against Burnley The former Arsenal man was proven wrong..."). In running text a
     * lower-case word is not followed by a capitalised article or pronoun without punctuation, so
     * that seam marks where a caption ends.
     */
    private static final Pattern SEAM = Pattern.compile("(?<=[\\p{Ll}\\d'’”)])\\s+(?=(?:The|A|An)\\s+\\p{Ll}"
            + "|(?:He|She|They|It|His|Her|Their|Its|This|These|But|However|Speaking|Meanwhile)\\s)");
    /*
     * The same seam before a capitalised word that opens sentences but is never a name ("...for two
     * years Around 300 cameras were turned off..."). Words that also start names or titles ("May",
     * "New", "No", "Under", "With", "Police") were cut from the list after they split real sentences
     * in the development articles.
     */
    private static final Pattern WIDE_SEAM =
            Pattern.compile("(?<=[\\p{Ll}\\d'’”)])\\s+(?=(?:After|Before|Around|During|In|On|At|As|When|While|If"
                    + "|Although|Though|Since|And|Now|There|Only|Both|Some|Many|Most|Several|We|You)\\s)");

    /** "Label: caption text", the way picture captions are headed; not speech ("He said: ..."). */
    private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3}: (?!['\"‘“])\\S");

    private static final Pattern SPEECH = Pattern.compile(
            "(?i)\\b(said|says|say|told|added|adds|explained|wrote|writes|asked|reads|tweeted|warned)\\b");

    /* A verb that makes the words before a colon a statement rather than a caption's label. */
    private static final Pattern STATES =
            Pattern.compile("(?i)\\b(is|are|was|were|has|have|had|will|would|can|could|must|did|does)\\b");

    private CleanText() {}

    /** Clean sentences of {@code text}, in order. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : Sentences.split(text)) {
            String s = clean(uncaption(raw));
            if (keep(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The sentence without any captions run into its start (the text after the last seam). */
    static String uncaption(String sentence) {
        Matcher m = SEAM.matcher(sentence);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        Matcher w = WIDE_SEAM.matcher(sentence);
        while (w.find()) {
            start = Math.max(start, w.end());
        }
        return sentence.substring(start);
    }

    /** Whether the sentence reads like a picture caption headed by a short label. */
    static boolean labelled(String sentence) {
        Matcher m = LABEL.matcher(sentence);
        if (!m.find()) {
            return false;
        }
        String label = sentence.substring(0, m.end());
        // "Two people are missing: a fisherman …" opens with a statement of its own, not a label
        return !SPEECH.matcher(label).find() && !STATES.matcher(label).find();
    }

    static String clean(String sentence) {
        Matcher prefix = PREFIX.matcher(sentence);
        String s = sentence;
        if (prefix.find()) {
            s = capitalised(sentence.substring(prefix.end())); // "(cnn) on the…" opens "On the…"
        }
        s = MARKERS.matcher(s).replaceAll("");
        return s.strip();
    }

    /** The text with a capital first letter, for a sentence whose opening was cut. */
    static String capitalised(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0))
                ? Character.toUpperCase(s.charAt(0)) + s.substring(1)
                : s;
    }

    static boolean keep(String s) {
        if (s.isEmpty() || JUNK.matcher(s).find() || CREDIT.matcher(s).find()) {
            return false;
        }
        int words = Words.count(s);
        char last = s.charAt(s.length() - 1);
        boolean ends = ".!?\"'’”)…".indexOf(last) >= 0;
        // A short line with no closing punctuation is a heading, caption or label, not a sentence.
        if (words < 4 || (!ends && (words < 12 || labelled(s)))) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return !(lower.startsWith("http") || lower.contains("@") && words < 8);
    }
}
