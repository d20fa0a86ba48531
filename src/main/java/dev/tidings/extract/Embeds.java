package dev.tidings.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** The hosts whose players may be embedded in an extracted article; every other iframe is dropped. */
public final class Embeds {

    private static final Set<String> HOSTS =
            Set.of("youtube-nocookie.com", "www.youtube-nocookie.com", "player.vimeo.com");

    private Embeds() {}

    /** The allowed hosts as content-security-policy sources (https only), in a stable order. */
    public static String policySources() {
        return String.join(" ", HOSTS.stream().sorted().map(h -> "https://" + h).toList());
    }

    /** Whether {@code src} is an https (or http) URL on an allowed embed host. */
    static boolean isAllowed(String src) {
        if (src == null || src.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(src.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            return scheme != null
                    && host != null
                    && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    && HOSTS.contains(host.toLowerCase(Locale.ROOT));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
