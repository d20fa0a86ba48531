package dev.tidings.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's tag, class, id and role say about it: main content, clutter (sure or
 * likely), or nothing. Class and id values are split into words (on punctuation and camelCase) so that
 * "ad" matches {@code ad-slot} but not {@code header} or {@code shadow}.
 */
final class Hints {

    static final int NONE = 0;
    static final int POSITIVE = 1;
    static final int NEGATIVE = -1;
    static final int WEAK_NEGATIVE = -2;

    /** Ids of more words than this are slugs of headings, not roles. */
    private static final int MAX_ID_WORDS = 4;

    private static final Set<String> POSITIVE_WORDS = Set.of(
            "article",
            "articlebody",
            "content",
            "story",
            "body",
            "entry",
            "post",
            "text",
            "main",
            "blog",
            "prose",
            "storybody",
            "postbody");

    /** Words that mark clutter for sure: what they mark never holds the article. */
    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "nav",
            "navbar",
            "navigation",
            "menu",
            "breadcrumb",
            "breadcrumbs",
            "footer",
            "share",
            "sharing",
            "sharebar",
            "social",
            "comment",
            "comments",
            "disqus",
            "related",
            "recommended",
            "recirc",
            "promo",
            "newsletter",
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "ad",
            "ads",
            "adv",
            "advert",
            "advertisement",
            "adslot",
            "dfp",
            "sponsor",
            "sponsored",
            "mostread",
            "mostpopular",
            "subscribe",
            "paywall",
            "outbrain",
            "taboola");

    /** Words that usually mark clutter but also turn up on layout wrappers ("widget", "has-sidebar"). */
    private static final Set<String> WEAK_NEGATIVE_WORDS = Set.of(
            "sidebar",
            "widget",
            "banner",
            "popular",
            "trending",
            "subscription",
            "signup",
            "masthead",
            "toolbar",
            "tags",
            "skip",
            "modal",
            "popup",
            "overlay",
            "pagination",
            "pager");

    /** Openings of glued-together words that mark clutter: "relatedposts", "sharedaddy", "socialicons". */
    private static final List<String> NEGATIVE_PREFIXES = List.of(
            "related",
            "share",
            "social",
            "comment",
            "newsletter",
            "sponsor",
            "advert",
            "cookie",
            "breadcrumb",
            "footer",
            "recommend",
            "outbrain",
            "taboola");

    /** Words that start like clutter but are not. */
    private static final Set<String> PREFIX_EXCEPTIONS =
            Set.of("shared", "shareholder", "shareholders", "commentary", "commentator", "socialism");

    /** Two-word sequences that are clutter although neither word alone is. */
    private static final Set<String> NEGATIVE_PAIRS =
            Set.of("most read", "most popular", "most viewed", "more stories", "sign up", "see also");

    private Hints() {}

    /** The hint an element carries: {@link #POSITIVE}, {@link #NEGATIVE} or {@link #NONE}. */
    static int of(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "body", "html" -> {
                // Page-level classes describe the page type and the ad set-up, not this element.
                return NONE;
            }
            case "article", "main" -> {
                return POSITIVE;
            }
            case "nav", "footer" -> {
                return NEGATIVE;
            }
            case "aside" -> {
                return WEAK_NEGATIVE;
            }
            default -> {}
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || e.attr("property").equalsIgnoreCase("articleBody")) {
            return POSITIVE;
        }
        String role = e.attr("role");
        if (!role.isEmpty()) {
            switch (role.toLowerCase(Locale.ROOT)) {
                case "main", "article" -> {
                    return POSITIVE;
                }
                case "navigation", "contentinfo", "dialog", "alertdialog", "menu" -> {
                    return NEGATIVE;
                }
                case "complementary", "banner" -> {
                    return WEAK_NEGATIVE;
                }
                default -> {}
            }
        }
        int fromClass = NONE;
        for (String name : e.classNames()) {
            // Blog engines put the post's tags and categories into its classes ("tag-social-media").
            if (!name.startsWith("tag-") && !name.startsWith("category-")) {
                fromClass = stronger(fromClass, ofWords(words(name)));
            }
        }
        return stronger(fromClass, ofId(e.id()));
    }

    /** Negative beats positive; a sure negative beats a weak one. */
    private static int stronger(int a, int b) {
        if (a == NEGATIVE || b == NEGATIVE) {
            return NEGATIVE;
        }
        if (a == WEAK_NEGATIVE || b == WEAK_NEGATIVE) {
            return WEAK_NEGATIVE;
        }
        return Math.max(a, b);
    }

    /**
     * The hint of an id. An id of many words is a slug made from a heading
     * ("sharing-with-a-single-developer") and says nothing about the element's role.
     */
    private static int ofId(String id) {
        if (id.isEmpty()) {
            return NONE;
        }
        String[] words = words(id);
        return words.length > MAX_ID_WORDS ? NONE : ofWords(words);
    }

    private static int ofWords(String[] words) {
        int result = NONE;
        String previous = null;
        for (String word : words) {
            if (NEGATIVE_WORDS.contains(word)
                    || (previous != null && NEGATIVE_PAIRS.contains(previous + " " + word))
                    || startsWithNegative(word)) {
                return NEGATIVE;
            }
            if (WEAK_NEGATIVE_WORDS.contains(word)) {
                result = WEAK_NEGATIVE;
            } else if (POSITIVE_WORDS.contains(word) && result == NONE) {
                result = POSITIVE;
            }
            previous = word;
        }
        return result;
    }

    private static boolean startsWithNegative(String word) {
        if (PREFIX_EXCEPTIONS.contains(word)) {
            return false;
        }
        for (String prefix : NEGATIVE_PREFIXES) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static boolean isNegative(int hint) {
        return hint == NEGATIVE || hint == WEAK_NEGATIVE;
    }

    /** Lower-case words of a class/id string, split on non-letters and camelCase humps. */
    static String[] words(String names) {
        StringBuilder out = new StringBuilder(names.length() + 8);
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(' ');
            }
            prev = c;
        }
        return out.toString().trim().split(" +");
    }
}
