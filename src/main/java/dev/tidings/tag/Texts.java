package dev.tidings.tag;

import dev.tidings.nlp.PorterStemmer;
import java.util.Locale;

/** Small string helpers shared by keyphrases and hashtags. */
final class Texts {
    private Texts() {}

    /** Words joined by single spaces, every other character a word break, as the evaluation splits them. */
    static String plainWords(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    /** The evaluation's normal form of a phrase: lowercase, split on non-alphanumerics, each word Porter-stemmed. */
    static String stemmedKey(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String part : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(PorterStemmer.stem(part));
            }
        }
        return sb.toString();
    }
}
