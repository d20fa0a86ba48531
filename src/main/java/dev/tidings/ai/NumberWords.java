package dev.tidings.ai;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers written as words and their figures, for the story summary (so "thirty days" and "30
 * days" agree) and for questions (so "forty monitors" answers "how many").
 */
final class NumberWords {
    /** Each number word and its figure. */
    static final Map<String, String> FIGURES = pairs(
            "one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13"
                    + " fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40"
                    + " fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 hundred 100 thousand 1000 million 1000000"
                    + " billion 1000000000");

    /** A number in digits ("1,200", "4.75") or in one of those words. */
    static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*|(?i)\\b(" + alternatives() + ")\\b");

    private NumberWords() {}

    /** The number words joined by "|", for a regular expression. */
    static String alternatives() {
        return String.join("|", FIGURES.keySet());
    }

    /** A figure as digits: "1,200" → "1200", "thirty" → "30". */
    static String figure(String number) {
        String lower = number.toLowerCase(Locale.ROOT);
        String word = FIGURES.get(lower);
        if (word != null) {
            return word;
        }
        return lower.matches("\\d{1,3}(,\\d{3})+") ? lower.replace(",", "") : lower;
    }

    private static Map<String, String> pairs(String pairs) {
        String[] parts = pairs.split(" ");
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i += 2) {
            words.put(parts[i], parts[i + 1]);
        }
        return words;
    }
}
