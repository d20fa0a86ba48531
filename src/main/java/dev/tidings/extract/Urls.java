package dev.tidings.extract;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Small URL helpers. */
final class Urls {

    private Urls() {}

    /** The lower-case host of {@code url} without a leading "www."; empty when there is none. */
    static String host(String url) {
        if (url == null || url.isEmpty()) {
            return "";
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return "";
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The distinct non-empty hosts of the given URLs. */
    static Set<String> hosts(String... urls) {
        Set<String> out = new HashSet<>();
        for (String url : urls) {
            String h = host(url);
            if (!h.isEmpty()) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * The host an {@code href} names, read without building a URL (this runs for every link of
     * a page): the host of an absolute or protocol-relative link, "" for other schemes such as
     * mailto:, and null for a relative link, which stays on the page's own host.
     */
    static String hrefHost(String href) {
        int start;
        if (href.startsWith("//")) {
            start = 2;
        } else if (href.regionMatches(true, 0, "https://", 0, 8)) {
            start = 8;
        } else if (href.regionMatches(true, 0, "http://", 0, 7)) {
            start = 7;
        } else {
            int colon = href.indexOf(':');
            int slash = href.indexOf('/');
            return colon > 0 && (slash < 0 || colon < slash) ? "" : null;
        }
        int end = start;
        while (end < href.length() && "/?#:".indexOf(href.charAt(end)) < 0) {
            end++;
        }
        String host = href.substring(start, end).toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
