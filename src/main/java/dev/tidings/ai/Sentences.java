package dev.tidings.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain text into sentences: line breaks always end one; a full stop, question or
 * exclamation mark (with any closing quotes) ends one when a capital, digit or opening quote
 * follows, unless it closes a known abbreviation or an initial.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cpl", "maj",
            "adm", "cmdr", "supt", "insp", "det", "rev", "fr", "jr", "sr", "inc", "ltd", "co", "corp", "plc", "vs",
            "etc", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mt", "ft", "ave", "blvd", "rd", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "approx", "dept", "est",
            "fig", "op", "pp", "vol", "hon", "messrs", "mme", "mlle");
    private static final String CLOSERS = "\"'’”)]»";
    private static final String OPENERS = "\"'‘“([«";

    private Sentences() {}

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            splitLine(line, out);
        }
        return out;
    }

    private static void splitLine(String line, List<String> out) {
        int start = 0;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && (line.charAt(end) == '.' || line.charAt(end) == '!' || line.charAt(end) == '?')) {
                end++;
            }
            while (end < n && CLOSERS.indexOf(line.charAt(end)) >= 0) {
                end++;
            }
            if (end >= n || !Character.isWhitespace(line.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(line.charAt(next))) {
                next++;
            }
            if (next >= n || !startsSentence(line, next)) {
                continue;
            }
            if (c == '.' && end == i + 1 && abbreviation(line, start, i)) {
                continue;
            }
            add(out, line.substring(start, end));
            start = next;
            i = next - 1;
        }
        add(out, line.substring(start));
    }

    private static boolean startsSentence(String line, int at) {
        char c = line.charAt(at);
        if (OPENERS.indexOf(c) >= 0 && at + 1 < line.length()) {
            c = line.charAt(at + 1);
        }
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    /** Whether the word ending just before the full stop at {@code dot} is an abbreviation or an initial. */
    private static boolean abbreviation(String line, int start, int dot) {
        int w = dot;
        while (w > start && !Character.isWhitespace(line.charAt(w - 1)) && OPENERS.indexOf(line.charAt(w - 1)) < 0) {
            w--;
        }
        String word = line.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
