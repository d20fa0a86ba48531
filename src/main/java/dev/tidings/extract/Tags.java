package dev.tidings.extract;

import java.util.Set;

/** Tag groups the extractor reasons with. */
final class Tags {

    /** Elements that start a new line of text; everything else flows inline. */
    static final Set<String> BLOCK = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "html",
            "legend",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");

    /** Block elements that can hold a whole article body. */
    static final Set<String> CONTAINER =
            Set.of("article", "blockquote", "body", "center", "div", "form", "main", "section", "td");

    /** Elements that mean something with no text inside. */
    static final Set<String> MEDIA = Set.of("img", "picture", "video", "audio", "iframe", "hr", "br", "math", "source");

    private Tags() {}

    static boolean isBlock(String tag) {
        return BLOCK.contains(tag);
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
