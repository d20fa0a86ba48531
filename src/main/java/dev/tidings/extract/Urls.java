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
}
