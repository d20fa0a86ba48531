package dev.tidings.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sections of an article's text: each subheading (a short paragraph with no closing
 * punctuation but perhaps a question mark) with the opening sentences of the paragraphs under it.
 */
final class Sections {
    /** A subheading is at most this many words. */
    private static final int MAX_HEADING_WORDS = 10;

    private Sections() {}

    /** A subheading and the paragraphs under it, up to the next subheading. */
    record Section(String heading, List<String> paragraphs) {
        /** The first {@code n} sentences under the heading, quotations whole. */
        List<String> opening(int n) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < paragraphs.size() && out.size() < n; i++) {
                out.addAll(ReadAlone.quotationsWhole(CleanText.sentences(paragraphs.get(i))));
            }
            return out.subList(0, Math.min(n, out.size()));
        }
    }

    /**
     * The text's subheadings with the paragraphs under each, in order; a heading with no
     * paragraph under it is left out. Sentences are read only when a section's opening is asked for.
     */
    static List<Section> of(String text) {
        List<Section> out = new ArrayList<>();
        String[] paragraphs = text.split("\n\n");
        for (int i = 0; i + 1 < paragraphs.length; i++) {
            String heading = paragraphs[i].strip();
            if (!isHeading(heading)) {
                continue;
            }
            int end = i + 1;
            while (end < paragraphs.length && !isHeading(paragraphs[end].strip())) {
                end++;
            }
            if (end > i + 1) {
                out.add(new Section(heading, List.of(paragraphs).subList(i + 1, end)));
            }
        }
        return out;
    }

    /** A paragraph that is a subheading: a few words with no closing punctuation but a question mark. */
    static boolean isHeading(String paragraph) {
        if (paragraph.isEmpty()) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        return ".!,;:\"'’”)…".indexOf(last) < 0 && Words.count(paragraph) <= MAX_HEADING_WORDS;
    }

    /** Lower-case letters and digits only: "What could go wrong?" and "What could go wrong" read alike. */
    static String letters(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
