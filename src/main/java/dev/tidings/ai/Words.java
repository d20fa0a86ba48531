package dev.tidings.ai;

import dev.tidings.nlp.PorterStemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Content words of a text: lower-case letter and digit runs, stop words dropped, Porter-stemmed. */
final class Words {
    /** The shared function words, and "yourselves" (kept, as the summary scorer was fitted with it). */
    static final Set<String> STOP =
            dev.tidings.nlp.Words.union(dev.tidings.nlp.Words.FUNCTION_WORDS, Set.of("yourselves"));

    /** Stemmed content words in order. */
    List<String> content(String text) {
        return content(text, Set.of());
    }

    /** Stemmed content words in order, keeping the stop words in {@code kept}. */
    List<String> content(String text, Set<String> kept) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String w = lower.substring(start, i);
                if (!STOP.contains(w) || kept.contains(w)) {
                    out.add(PorterStemmer.cached(w));
                }
                start = -1;
            }
        }
        return out;
    }

    /** All word tokens, counted the way a reader would (for lengths). */
    static int count(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean word = Character.isLetterOrDigit(text.charAt(i));
            if (word && !in) {
                n++;
            }
            in = word;
        }
        return n;
    }
}
