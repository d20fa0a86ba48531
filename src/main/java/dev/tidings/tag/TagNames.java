package dev.tidings.tag;

import java.util.Locale;
import java.util.Set;

/** Hashtag spelling: CamelCase from a phrase, accents kept, and the tags too empty to show. */
final class TagNames {
    private static final Set<String> EMPTY_SINGLE = Set.of(
            "said",
            "says",
            "new",
            "news",
            "update",
            "live",
            "breaking",
            "exclusive",
            "opinion",
            "analysis",
            "video",
            "photos",
            "watch",
            "read",
            "report",
            "today",
            "week",
            "year",
            "day",
            "time",
            "people",
            "world",
            "first",
            "last",
            "top",
            "best",
            "man",
            "woman",
            "mr",
            "mrs",
            "ms",
            "us");

    private TagNames() {}

    /** "oil spill" → "OilSpill", "NATO" → "Nato", "São Paulo" → "SãoPaulo", "U.S." → "US". */
    static String camelCase(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String word : phrase.split("[\\s\\-–—/_]+")) {
            String w = word.replaceAll("[^\\p{L}\\p{M}\\p{N}]", "");
            if (w.isEmpty()) {
                continue;
            }
            boolean allUpper = w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
            boolean innerUpper = !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            if (allUpper && w.codePointCount(0, w.length()) >= 4) {
                w = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            } else if (!allUpper && !innerUpper) {
                w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
            } else if (innerUpper && !allUpper) {
                w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
            }
            sb.append(w);
        }
        return sb.toString();
    }

    /**
     * Whether two one-word tags are a place and the adjective of its people: Velmora and Velmoran,
     * Russia and Russian, Ukraine and Ukrainian, China and Chinese, Israel and Israeli. The
     * adjective may drop the place's final vowel before its ending.
     */
    static boolean placeAndAdjective(String a, String b) {
        String shorter = (a.length() <= b.length() ? a : b).toLowerCase(Locale.ROOT);
        String longer = (a.length() <= b.length() ? b : a).toLowerCase(Locale.ROOT);
        if (shorter.length() < 4 || shorter.indexOf(' ') >= 0 || longer.indexOf(' ') >= 0) {
            return false;
        }
        String stem = "aeiouy".indexOf(shorter.charAt(shorter.length() - 1)) >= 0
                ? shorter.substring(0, shorter.length() - 1)
                : shorter;
        for (String root : new String[] {shorter, stem}) {
            if (longer.startsWith(root) && DEMONYM_ENDINGS.contains(longer.substring(root.length()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEMONYM_ENDINGS = Set.of("n", "an", "ian", "ese", "i", "ish");

    /**
     * Whether a tag made of these lowercase words would say nothing: #News, #Monday, #Said,
     * #Year, or a bare role such as #ForeignMinister.
     */
    static boolean empty(String[] lowerWords) {
        if (lowerWords.length == 0) {
            return true;
        }
        boolean allVague = true;
        for (String w : lowerWords) {
            if (!Words.hasLetter(w)) {
                continue;
            }
            allVague &= Words.VAGUE.contains(w)
                    || Words.STOP.contains(w)
                    || Words.WEAK_MODIFIERS.contains(w)
                    || Words.TITLES.contains(w);
        }
        if (allVague) {
            return true;
        }
        if (lowerWords.length == 1) {
            String w = lowerWords[0];
            return w.length() < 2 || EMPTY_SINGLE.contains(w) || !Words.hasLetter(w);
        }
        return false;
    }
}
