package dev.tidings.demo;

import dev.tidings.nlp.Words;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Escaping and the few markup pieces every template shares: the body blocks and machine dates. */
final class Html {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Html() {}

    /**
     * Escapes text for HTML or XML, in element content and in quoted attributes alike. Control
     * characters XML forbids are dropped so the same text can go into a feed.
     */
    static String esc(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String esc(URI uri) {
        return esc(uri.toString());
    }

    /** Each block of the body as one HTML element, so a template can put things between them. */
    static List<String> blocks(List<Block> body) {
        return body.stream().map(Html::block).toList();
    }

    static String body(List<Block> body) {
        return String.join("\n", blocks(body));
    }

    private static String block(Block block) {
        return switch (block) {
            case Block.Paragraph p -> "<p>" + esc(p.text()) + "</p>";
            case Block.Subheading h -> "<h2>" + esc(h.text()) + "</h2>";
            case Block.Quote q -> "<blockquote><p>" + esc(q.text()) + "</p></blockquote>";
        };
    }

    /** The machine-readable time of a {@code <time datetime>}, in the outlet's own offset. */
    static String datetime(Instant instant, ZoneId zone) {
        return ISO.format(instant.atZone(zone).toOffsetDateTime());
    }

    /** A human-readable time in the given pattern; each outlet prints dates its own way. */
    static String display(Instant instant, ZoneId zone, String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(instant.atZone(zone));
    }

    /**
     * Names joined as a byline reads ("A, B and C"), each a link to its author page. {@code
     * attributes} go into every link as given.
     */
    static String authorLinks(List<String> names, String hrefPrefix, String hrefSuffix, String attributes) {
        var links = names.stream()
                .map(name -> "<a href=\"" + esc(hrefPrefix + slugify(name) + hrefSuffix) + "\"" + attributes + ">"
                        + esc(name) + "</a>")
                .toList();
        if (links.size() <= 1) {
            return String.join("", links);
        }
        return String.join(", ", links.subList(0, links.size() - 1)) + " and " + links.getLast();
    }

    static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A URL path segment made from a name, for author pages. */
    static String slugify(String name) {
        return Words.withoutMarks(name)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
