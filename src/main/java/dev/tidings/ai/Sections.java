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

    /** A subheading and up to the asked number of its first sentences (quotations whole). */
    record Section(String heading, List<String> opening) {}

    /** The text's sections that have at least one sentence under their heading, in order. */
    static List<Section> of(String text, int sentences) {
        List<Section> out = new ArrayList<>();
        String[] paragraphs = text.split("\n\n");
        for (int i = 0; i + 1 < paragraphs.length; i++) {
            String heading = paragraphs[i].strip();
            if (!isHeading(heading)) {
                continue;
            }
            List<String> opening = new ArrayList<>();
            for (int j = i + 1;
                    j < paragraphs.length && opening.size() < sentences && !isHeading(paragraphs[j].strip());
                    j++) {
                opening.addAll(QuestionAnswerer.quotationsWhole(CleanText.sentences(paragraphs[j])));
            }
            if (!opening.isEmpty()) {
                out.add(new Section(heading, List.copyOf(opening.subList(0, Math.min(sentences, opening.size())))));
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
