package dev.tidings.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Content words of English text for lexical matching: lower-cased letter/digit runs, stop words
 * dropped, a light plural/possessive stem, and which words were capitalized mid-sentence (names).
 */
public final class Words {
    /**
     * English words that say nothing of a text's subject: pronouns, articles, auxiliaries,
     * prepositions, conjunctions and the commonest vague nouns and adverbs ("year", "people", "still").
     */
    public static final Set<String> FUNCTION_WORDS = Set.of(
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "also",
            "am",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "could",
            "did",
            "do",
            "does",
            "doing",
            "down",
            "during",
            "each",
            "few",
            "for",
            "from",
            "further",
            "had",
            "has",
            "have",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "itself",
            "just",
            "me",
            "more",
            "most",
            "my",
            "myself",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "off",
            "on",
            "once",
            "only",
            "or",
            "other",
            "our",
            "ours",
            "ourselves",
            "out",
            "over",
            "own",
            "same",
            "she",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "theirs",
            "them",
            "themselves",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "very",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "would",
            "you",
            "your",
            "yours",
            "yourself",
            "s",
            "t",
            "said",
            "says",
            "say",
            "told",
            "one",
            "two",
            "new",
            "like",
            "get",
            "got",
            "may",
            "might",
            "must",
            "us",
            "mr",
            "mrs",
            "ms",
            "year",
            "years",
            "last",
            "first",
            "time",
            "people",
            "many",
            "much",
            "even",
            "well",
            "back",
            "way",
            "still");

    /** Function words, and words of news pages that name no topic: weekdays, agencies, credits. */
    private static final Set<String> STOP = union(
            FUNCTION_WORDS,
            Set.of(
                    "according",
                    "per",
                    "via",
                    "since",
                    "make",
                    "made",
                    "including",
                    "yet",
                    "going",
                    "week",
                    "day",
                    "days",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "today",
                    "yesterday",
                    "tomorrow",
                    "don",
                    "re",
                    "ve",
                    "ll",
                    "d",
                    "m",
                    "news",
                    "report",
                    "reported",
                    "reports",
                    "reuters",
                    "ap",
                    "afp",
                    "cnn",
                    "bbc",
                    "read",
                    "image",
                    "photo",
                    "getty",
                    "images",
                    "advertisement",
                    "share",
                    "click"));

    private Words() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The text with its letters' accents and other marks taken off: "Tobiás Sjöberg" → "Tobias Sjoberg". */
    public static String withoutMarks(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text; // plain ASCII, the common case, has nothing to take off
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The union of a set and more words. */
    public static Set<String> union(Set<String> words, Set<String> more) {
        var all = new java.util.HashSet<>(words);
        all.addAll(more);
        return Set.copyOf(all);
    }

    /** A word of the text: its matching form, and whether it was written like a name. */
    public record Word(String term, boolean capitalized) {}

    public static List<Word> of(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} words of the text, the same as the start of {@link #of(String)}'s list
     * (a word depends only on the text before it), without reading the rest of a long article.
     */
    public static List<Word> of(String text, int limit) {
        List<Word> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n && out.size() < limit) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerJoiner(text, i))) {
                    i++;
                }
                String raw = text.substring(start, i);
                String term = stem(raw.toLowerCase(Locale.ROOT));
                boolean cap = Character.isUpperCase(raw.charAt(0)) && !sentenceStart;
                if (term.length() > 1 && !STOP.contains(term) || Character.isDigit(c) && !term.isEmpty()) {
                    out.add(new Word(term, cap));
                }
                sentenceStart = false;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“') {
                    sentenceStart = true;
                }
                i++;
            }
        }
        return out;
    }

    /** An apostrophe, hyphen or dot between letters or digits stays inside the word (O'Neill, 4.75). */
    private static boolean isInnerJoiner(String text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '’' && c != '.' && c != '-') {
            return false;
        }
        return i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1))
                && i > 0
                && Character.isLetterOrDigit(text.charAt(i - 1))
                && (c != '.' || Character.isDigit(text.charAt(i + 1)));
    }

    static String stem(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
