package dev.tidings.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Resolves the links found in feeds, which are often relative, padded or not quite valid URIs. */
final class FeedUrls {

    private static final String HEX = "0123456789ABCDEF";

    private FeedUrls() {}

    /**
     * Resolves {@code raw} against {@code base} and returns it only if the result is an absolute
     * http or https URI with a host; otherwise null.
     */
    static URI resolveHttp(URI base, String raw) {
        URI resolved = resolve(base, raw);
        return isHttp(resolved) ? resolved : null;
    }

    /** Resolves {@code raw} against {@code base} (which may be null); null if it is not a URI. */
    static URI resolve(URI base, String raw) {
        URI uri = parse(raw);
        if (uri == null) {
            return null;
        }
        if (uri.isAbsolute() || base == null || base.isOpaque()) {
            return uri;
        }
        try {
            // URI.resolve joins "http://host" and "a" into "http://hosta"; give it a root path.
            URI anchored = base.getRawPath() == null || base.getRawPath().isEmpty()
                    ? new URI(base.getScheme(), base.getRawAuthority(), "/", null, null)
                    : base;
            return anchored.resolve(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isHttp(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static URI parse(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            try {
                return new URI(escapeIllegal(text));
            } catch (URISyntaxException again) {
                return null;
            }
        }
    }

    /** Percent-encodes the characters publishers leave raw in links: spaces, non-ASCII, and the like. */
    private static String escapeIllegal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && !isEscape(text, i)) {
                out.append("%25");
            } else if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isEscape(String text, int percent) {
        return percent + 2 < text.length()
                && HEX.indexOf(Character.toUpperCase(text.charAt(percent + 1))) >= 0
                && HEX.indexOf(Character.toUpperCase(text.charAt(percent + 2))) >= 0;
    }
}
