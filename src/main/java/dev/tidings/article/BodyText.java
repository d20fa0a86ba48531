package dev.tidings.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Plain text of an HTML fragment (paragraphs separated by blank lines), and leads cut from it. */
final class BodyText {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "blockquote",
            "figcaption",
            "pre",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "dd",
            "dt",
            "table",
            "ul",
            "ol",
            "br");

    private BodyText() {}

    static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(Jsoup.parseBodyFragment(html).body(), blocks, current);
        flush(blocks, current);
        return String.join("\n\n", blocks);
    }

    private static void collect(Node node, List<String> blocks, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("script") || tag.equals("style")) {
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    flush(blocks, current);
                }
                collect(e, blocks, current);
                if (block) {
                    flush(blocks, current);
                }
            }
        }
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        String text = current.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
        if (!text.isEmpty()) {
            blocks.add(text);
        }
        current.setLength(0);
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** The opening of the text, cut at a word boundary near {@code max} characters. */
    static String lead(String text, String description, int max) {
        String source = text;
        if (description != null && description.strip().length() >= 40) {
            source = description;
        }
        String firstBlock = source.strip().split("\n\n", 2)[0];
        if (firstBlock.length() < 80 && source.length() > firstBlock.length()) {
            firstBlock = source.strip().replace("\n\n", " ");
        }
        if (firstBlock.length() <= max) {
            return firstBlock;
        }
        int cut = firstBlock.lastIndexOf(' ', max);
        return firstBlock.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
    }

    /** A fingerprint of the words of a body, blind to spacing, case and punctuation. */
    static String contentHash(String text) {
        String normalized = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return ArticleId.sha256Hex(normalized);
    }
}
