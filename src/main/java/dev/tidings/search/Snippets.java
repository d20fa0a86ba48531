package dev.tidings.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Highlighting as data: text cut into segments, some marked as matches. Pages escape every segment
 * and wrap the marked ones in {@code <mark>}, so no article text is ever written out as markup.
 */
public final class Snippets {
    /** A piece of text; {@code match} when it is one of the words looked for. */
    public record Segment(String text, boolean match) {}

    private record Span(int start, int end, boolean match) {}

    private Snippets() {}

    /** The whole text (a headline, say), with matches marked. */
    public static List<Segment> marked(String text, Set<String> tokens) {
        return segments(text, matches(text, tokens), 0, text.length(), false, false);
    }

    /** About {@code maxChars} of {@code text} around its densest run of matches, with matches marked. */
    public static List<Segment> excerpt(String text, Set<String> tokens, int maxChars) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Span> found = matches(text, tokens);
        int start = 0;
        if (!found.isEmpty()) {
            int bestCount = 0;
            for (int i = 0; i < found.size(); i++) {
                int count = 0;
                for (int j = i;
                        j < found.size() && found.get(j).end() - found.get(i).start() <= maxChars;
                        j++) {
                    count++;
                }
                if (count > bestCount) {
                    bestCount = count;
                    start = found.get(i).start();
                }
            }
            // Begin a little before the first match, at a word boundary, for context.
            start = Math.max(0, start - maxChars / 5);
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
        }
        int end = Math.min(text.length(), start + maxChars);
        while (end < text.length() && end > start && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end <= start) {
            end = Math.min(text.length(), start + maxChars);
        }
        return segments(text, found, start, end, start > 0, end < text.length());
    }

    private static List<Span> matches(String text, Set<String> tokens) {
        List<Span> out = new ArrayList<>();
        if (text == null || tokens.isEmpty()) {
            return out;
        }
        Set<String> stems = new HashSet<>();
        tokens.forEach(t -> stems.add(Analysis.stem(t)));
        Analysis.forEachToken(text, (term, s, e) -> {
            if (stems.contains(Analysis.stem(term))) {
                out.add(new Span(s, e, true));
            }
        });
        return out;
    }

    private static List<Segment> segments(
            String text, List<Span> found, int start, int end, boolean ellipsisBefore, boolean ellipsisAfter) {
        List<Segment> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder plain = new StringBuilder(ellipsisBefore ? "… " : "");
        int at = start;
        for (Span m : found) {
            if (m.start() < at || m.end() > end) {
                continue;
            }
            plain.append(text, at, m.start());
            if (!plain.isEmpty()) {
                out.add(new Segment(plain.toString(), false));
                plain.setLength(0);
            }
            out.add(new Segment(text.substring(m.start(), m.end()), true));
            at = m.end();
        }
        plain.append(text, at, end);
        if (ellipsisAfter) {
            plain.append(" …");
        }
        if (!plain.isEmpty()) {
            out.add(new Segment(plain.toString(), false));
        }
        return out;
    }
}
