package dev.tidings.extract;

import java.util.List;

/**
 * Recognises the short labels and prompts that sit inside article bodies without being part of
 * the article: "Advertisement", share prompts, newsletter and paywall notices, "Read more".
 */
final class Clutter {

    /** Labels only count when the block is this short: "Share" is clutter, "Share prices fell" is not. */
    private static final int MAX_LABEL_CHARS = 40;

    /** Prompts can be a sentence long, but not longer. */
    private static final int MAX_PROMPT_CHARS = 200;

    /** Blocks with more non-space characters than this are never clutter labels or prompts. */
    static final int MAX_CHARS = MAX_PROMPT_CHARS + 40;

    /** Lower-case openings of short labels, compared on whole words. */
    private static final List<String> LABELS = List.of(
            "advertisement",
            "advertising",
            "advert",
            "ad",
            "ads",
            "sponsored",
            "paid content",
            "share",
            "tweet",
            "email",
            "print",
            "newsletter",
            "comments",
            "skip to",
            "follow us",
            "watch more",
            "back to top");

    /** Lower-case openings of labels that head a list of links to other stories. */
    private static final List<String> RELATED_LABELS = List.of(
            "read more",
            "read next",
            "read also",
            "more stories",
            "more from",
            "more on this",
            "related",
            "see also",
            "further reading",
            "recommended",
            "most read",
            "most popular",
            "most viewed",
            "trending",
            "top stories",
            "\u95a2\u9023\u8a18\u4e8b", // 関連記事
            "\u95a2\u9023\u30ea\u30f3\u30af", // 関連リンク
            "\u76f8\u5173\u9605\u8bfb", // 相关阅读
            "\u76f8\u5173\u65b0\u95fb", // 相关新闻
            "\u63a8\u8350\u9605\u8bfb", // 推荐阅读
            "\u5ef6\u4f38\u9605\u8bfb"); // 延伸阅读

    /** Lower-case openings of prompts and notices that may run to a sentence. */
    private static final List<String> PROMPTS = List.of(
            "sign up for",
            "sign up to",
            "subscribe to",
            "subscribe for",
            "subscribe now",
            "get our",
            "we use cookies",
            "this site uses cookies",
            "this website uses cookies",
            "by using this site",
            "by continuing to use",
            "accept cookies",
            "leave a comment",
            "show comments",
            "view comments",
            "continue reading",
            "click here to",
            "already a subscriber",
            "this article is for subscribers",
            "this content is for subscribers",
            "to continue reading",
            "log in to continue",
            "sign in to continue",
            "download our app",
            "story continues below",
            "article continues below",
            "scroll to continue",
            "listen to this article",
            "you may also like",
            "you might also like",
            "share this",
            "share on",
            "all rights reserved",
            // appeals for money at the foot of an article
            "before you go",
            "please consider supporting",
            "support independent journalism",
            "support our journalism",
            "make a contribution",
            "make a donation",
            "donate now",
            // affiliate disclosures above reviews and explainers
            "when you buy through",
            "when you purchase through",
            "we may earn a commission",
            "we may earn an affiliate",
            "this article contains affiliate",
            "this post contains affiliate",
            "as an amazon associate");

    private Clutter() {}

    /** Whether {@code text} (a whole block's text) is a clutter label or prompt. */
    static boolean isClutter(String text) {
        String t = normalizeShort(text);
        if (t == null) {
            return false;
        }
        return (t.length() <= MAX_LABEL_CHARS && (startsWithAny(t, LABELS) || startsWithAny(t, RELATED_LABELS)))
                || startsWithAny(t, PROMPTS);
    }

    /** Whether {@code text} is a label like "Related stories" that heads a list of links. */
    static boolean isRelatedLabel(String text) {
        String t = normalizeShort(text);
        return t != null && t.length() <= MAX_LABEL_CHARS && startsWithAny(t, RELATED_LABELS);
    }

    private static String normalizeShort(String text) {
        if (text.length() > MAX_PROMPT_CHARS * 2) {
            return null;
        }
        String t = normalize(text);
        return t.isEmpty() || t.length() > MAX_PROMPT_CHARS ? null : t;
    }

    private static boolean startsWithAny(String t, List<String> openings) {
        for (String opening : openings) {
            if (t.startsWith(opening) && (t.length() == opening.length() || t.charAt(opening.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, letters and digits, single spaces. */
    private static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toLowerCase(c));
            } else if (c != '\'' && c != '\u2019') {
                space = true;
            }
        }
        return b.toString();
    }
}
