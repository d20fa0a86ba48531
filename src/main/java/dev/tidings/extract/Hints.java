package dev.tidings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final int UNDECIDED = Integer.MIN_VALUE;

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
            "taboola",
            "disclosure",
            "affiliate");

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
            "taboola",
            "donate",
            "donation",
            "kicker",
            "eyebrow");

    /** Words that start like clutter but are not. */
    private static final Set<String> PREFIX_EXCEPTIONS =
            Set.of("shared", "shareholder", "shareholders", "commentary", "commentator", "socialism");

    /** Two-word sequences that are clutter although neither word alone is. */
    private static final Set<String> NEGATIVE_PAIRS =
            Set.of("most read", "most popular", "most viewed", "more stories", "sign up", "see also");

    /** Words of picture galleries and slideshows, whose text is captions rather than prose. */
    private static final Set<String> GALLERY_WORDS =
            Set.of("gallery", "slideshow", "carousel", "lightbox", "slides", "photogallery");

    private Hints() {}

    /** Whether the element's class or id names it a picture gallery or slideshow. */
    static boolean isGallery(Element e, Map<String, Boolean> classCache) {
        String classes = e.className();
        if (!classes.isEmpty() && classCache.computeIfAbsent(classes, c -> anyGalleryWord(words(c)))) {
            return true;
        }
        String id = e.id();
        return !id.isEmpty() && anyGalleryWord(words(id));
    }

    private static boolean anyGalleryWord(List<String> words) {
        for (String word : words) {
            if (GALLERY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hint an element carries: {@link #POSITIVE}, {@link #NEGATIVE}, {@link #WEAK_NEGATIVE}
     * or {@link #NONE}. Hints of class attributes are remembered in {@code classCache}, since
     * pages repeat the same class strings on hundreds of elements.
     */
    static int of(Element e, Map<String, Integer> classCache) {
        int fromMarkup = ofTagAndRole(e);
        if (fromMarkup != UNDECIDED) {
            return fromMarkup;
        }
        String classes = e.className();
        int fromClass = classes.isEmpty() ? NONE : classCache.computeIfAbsent(classes, Hints::ofClasses);
        return stronger(fromClass, ofId(e.id()));
    }

    /** What the tag, itemprop and role say, or {@link #UNDECIDED} when they say nothing. */
    private static int ofTagAndRole(Element e) {
        switch (e.normalName()) {
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
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")
                || e.attr("property").equalsIgnoreCase("articleBody")) {
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
        return UNDECIDED;
    }

    /** The hint of a class attribute: the strongest hint of its class names. */
    private static int ofClasses(String classes) {
        int result = NONE;
        int start = 0;
        while (start < classes.length()) {
            int end = start;
            while (end < classes.length() && !Character.isWhitespace(classes.charAt(end))) {
                end++;
            }
            if (end > start) {
                String name = classes.substring(start, end);
                // Blog engines put the post's tags and categories into its classes ("tag-social-media").
                if (!name.startsWith("tag-") && !name.startsWith("category-")) {
                    result = stronger(result, ofWords(words(name)));
                }
            }
            start = end + 1;
        }
        return result;
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
        List<String> words = words(id);
        return words.size() > MAX_ID_WORDS ? NONE : ofWords(words);
    }

    private static int ofWords(List<String> words) {
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

    /** Lower-case words of a class name or id, split on non-letters and camelCase humps. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(16);
        char prev = ' ';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && !word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            prev = c;
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
