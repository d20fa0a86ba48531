package dev.tidings.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.parser.Parser;

/** Clean-up of the short strings metadata gives: titles, names, language tags. */
final class Titles {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " · ", " :: ", " // ", " » ", " « "};
    private static final String[] SUFFIX_SEPARATORS = {" | ", " - ", " – ", " — ", " · "};
    private static final int MAX_SUFFIX_WORDS = 3;
    private static final int MIN_HEADLINE_WORDS = 4;
    private static final int MAX_NAME_LENGTH = 80;

    private Titles() {}

    /**
     * The title without a leading or trailing site name ("Story | Site", "Site - Story"). A part
     * counts as the site name when it matches {@code siteName} or the page's host name.
     */
    static String stripSiteName(String title, String siteName, URI pageUrl) {
        String t = clean(title);
        if (t == null) {
            return null;
        }
        String site = letters(siteName);
        String host = hostLabel(pageUrl);
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0 && isSite(t.substring(last + sep.length()), site, host)) {
                return t.substring(0, last).strip();
            }
            int firstSep = t.indexOf(sep);
            if (firstSep > 0 && isSite(t.substring(0, firstSep), site, host)) {
                return t.substring(firstSep + sep.length()).strip();
            }
        }
        return withoutShortSuffix(t);
    }

    /**
     * "A headline of several words | Short Name" loses the short name even when the site name
     * is unknown; a long tail is a subtitle ("Rust - a language for everyone") and stays.
     */
    private static String withoutShortSuffix(String t) {
        for (String sep : SUFFIX_SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0
                    && wordCount(t.substring(last + sep.length())) <= MAX_SUFFIX_WORDS
                    && wordCount(t.substring(0, last)) >= MIN_HEADLINE_WORDS) {
                return t.substring(0, last).strip();
            }
        }
        return t;
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static boolean isSite(String part, String site, String host) {
        String p = letters(part);
        if (p.isEmpty()) {
            return false;
        }
        if (!site.isEmpty() && (p.equals(site) || (site.length() >= 4 && p.contains(site)))) {
            return true;
        }
        return host.length() >= 3 && (p.equals(host) || (p.length() >= 3 && host.contains(p)) || p.contains(host));
    }

    /** The registrable-looking label of the host: "www.bbc.co.uk" gives "bbc". */
    private static String hostLabel(URI url) {
        if (url == null || url.getHost() == null) {
            return "";
        }
        String[] labels = url.getHost().toLowerCase(Locale.ROOT).split("\\.");
        String best = "";
        for (String label : labels) {
            if (!label.equals("www") && label.length() > best.length() && !isSuffixLabel(label)) {
                best = label;
            }
        }
        return best;
    }

    private static boolean isSuffixLabel(String label) {
        return switch (label) {
            case "com", "org", "net", "co", "uk", "gov", "edu", "info", "news", "de", "fr", "io" -> true;
            default -> false;
        };
    }

    /** Lower-case letters and digits only, for loose comparison. */
    static String letters(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Entities decoded, whitespace collapsed; null when nothing is left. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        t = collapse(t);
        return t.isEmpty() ? null : t;
    }

    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A BCP-47-like tag ("en_US" becomes "en-US"); null when blank. */
    static String language(String raw) {
        String t = clean(raw);
        if (t == null) {
            return null;
        }
        int comma = t.indexOf(',');
        if (comma > 0) {
            t = t.substring(0, comma).strip();
        }
        t = t.replace('_', '-');
        return t.length() > 35 || t.indexOf(' ') >= 0 ? null : t;
    }

    /** Splits "A, B and C" into names when every part looks like a name; else the one string. */
    static List<String> splitNames(String raw) {
        String t = clean(raw);
        if (t == null) {
            return List.of();
        }
        String normalized = stripBy(t).replace(" and ", ",").replace(" & ", ",").replace(';', ',');
        List<String> parts = new ArrayList<>();
        for (String p : normalized.split(",")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        boolean allNames = parts.size() > 1;
        for (String p : parts) {
            allNames &= p.indexOf(' ') > 0;
        }
        return allNames ? parts : List.of(stripBy(t));
    }

    /** A cleaned author name, or null when the value is a URL or too long to be a name. */
    static String authorName(String raw) {
        String t = clean(raw);
        if (t == null) {
            return null;
        }
        t = stripBy(t);
        if (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.")) {
            return null;
        }
        if (t.length() > MAX_NAME_LENGTH || t.length() < 2) {
            return null;
        }
        return t;
    }

    private static String stripBy(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("by ") || lower.startsWith("by:")) {
            return s.substring(3).strip();
        }
        if (lower.startsWith("von ") || lower.startsWith("par ") || lower.startsWith("por ")) {
            return s.substring(4).strip();
        }
        return s;
    }
}
