package dev.tidings.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One spelling per article URL: lower-case scheme and host, no default port, no fragment, no
 * tracking parameters, remaining query parameters sorted, dot segments removed and
 * percent-escapes of unreserved characters decoded.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "yclid",
            "igshid",
            "mc_cid",
            "mc_eid",
            "_ga",
            "_gl",
            "ref_src",
            "ref_url",
            "cmpid",
            "ncid",
            "ocid",
            "sr_share",
            "spm",
            "__twitter_impression",
            "mkt_tok",
            "oly_anon_id",
            "oly_enc_id",
            "vero_id",
            "_hsenc",
            "_hsmi",
            "hsctatracking",
            "rss",
            "s_cid");

    private CanonicalUrl() {}

    /** Returns the canonical form, or throws IllegalArgumentException for a URL that is not http(s). */
    public static URI of(URI url) {
        String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getRawAuthority() == null) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
        }
        String host = url.getHost();
        if (host == null) {
            throw new IllegalArgumentException("URL has no host: " + url);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = url.getPort();
        boolean defaultPort =
                port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String path =
                normalizeEscapes(url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath());
        path = removeDotSegments(path);
        String query = cleanQuery(url.getRawQuery());
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (host.contains(":")) {
            out.append('[').append(host.replace("[", "").replace("]", "")).append(']');
        } else {
            out.append(host);
        }
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        if (query != null) {
            out.append('?').append(query);
        }
        try {
            return new URI(out.toString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot canonicalize " + url + ": " + e.getMessage(), e);
        }
    }

    /** Parses and canonicalizes; null when the text is not a usable http(s) URL. */
    public static URI parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return of(new URI(text.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isTracking(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("utm_") || TRACKING.contains(n);
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            // Judge the name as it will be written: "utm%5Fsource" is utm_source once decoded.
            String normalized = normalizeEscapes(pair);
            int eq = normalized.indexOf('=');
            String name = eq < 0 ? normalized : normalized.substring(0, eq);
            if (!isTracking(name)) {
                kept.add(normalized);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        // Sorted by name only; the sort is stable, so repeated parameters keep their order.
        kept.sort(java.util.Comparator.comparing(pair -> pair.split("=", 2)[0]));
        return String.join("&", kept);
    }

    /** Upper-cases escape hex digits and decodes escapes of unreserved characters (RFC 3986 §6.2.2). */
    static String normalizeEscapes(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (isUnreserved(value)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String removeDotSegments(String path) {
        if (!path.contains("/.")) {
            return path;
        }
        List<String> segments = new ArrayList<>();
        String[] parts = path.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String s = parts[i];
            boolean last = i == parts.length - 1;
            if (s.equals(".")) {
                if (last) {
                    segments.add("");
                }
            } else if (s.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
                if (last) {
                    segments.add("");
                }
            } else {
                segments.add(s);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
