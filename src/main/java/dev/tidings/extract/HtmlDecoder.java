package dev.tidings.extract;

import dev.tidings.fetch.Utf8;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of an HTML page into text. The charset comes from a byte-order mark, else the
 * HTTP Content-Type header, else a {@code <meta>} declaration near the top (unless the bytes are
 * plainly UTF-8), else a sniff: UTF-8 when the bytes are valid UTF-8, windows-1252 otherwise.
 * Unknown charset names are skipped.
 */
public final class HtmlDecoder {

    /** How far into the page a {@code <meta charset>} declaration is looked for. */
    static final int META_SCAN_BYTES = 8192;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {}

    /** Decodes {@code body}; {@code contentTypeHeader} may be null. Never throws on bad charsets. */
    public static String decode(byte[] body, String contentTypeHeader) {
        if (body == null || body.length == 0) {
            return "";
        }
        Charset bom = bomCharset(body);
        int skip = bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
        return new String(body, skip, body.length - skip, detect(body, contentTypeHeader));
    }

    /** The charset chosen for {@code body}, following the order in the class comment. */
    static Charset detect(byte[] body, String contentTypeHeader) {
        Charset charset = bomCharset(body);
        if (charset == null) {
            charset = charsetParameter(contentTypeHeader);
        }
        if (charset != null) {
            return charset;
        }
        Utf8.Kind utf8 = Utf8.of(body);
        charset = metaCharset(body);
        // A stale <meta> is common (saved pages, transcoding proxies). Bytes that are valid UTF-8
        // and use multi-byte sequences are almost never text in a legacy charset, so they win.
        if (charset != null && !(utf8 == Utf8.Kind.MULTIBYTE && charset != StandardCharsets.UTF_8)) {
            return charset;
        }
        return utf8 == Utf8.Kind.INVALID ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The {@code charset=} parameter of a Content-Type value, if it names a known charset. */
    static Charset charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        String lower = contentType.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("charset");
        while (at >= 0) {
            int i = at + "charset".length();
            while (i < lower.length() && lower.charAt(i) == ' ') {
                i++;
            }
            if (i < lower.length() && lower.charAt(i) == '=') {
                return lookup(token(contentType, i + 1));
            }
            at = lower.indexOf("charset", at + 1);
        }
        return null;
    }

    /** The value starting at {@code from}: quoted, or up to a separator. */
    private static String token(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            i++;
        }
        int end = i;
        while (end < s.length() && " \"';,>/".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return s.substring(i, end);
    }

    /**
     * Finds {@code <meta charset=...>} or {@code <meta http-equiv="content-type" content="...;
     * charset=...">} in the first few KB. The bytes are read as Latin-1 so that every byte is one
     * char and ASCII markup is found whatever the real charset.
     */
    static Charset metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int at = head.indexOf("<meta");
        while (at >= 0) {
            int end = head.indexOf('>', at);
            if (end < 0) {
                return null;
            }
            String tag = head.substring(at, end);
            Charset found = charsetInMeta(tag);
            if (found != null) {
                // A page that says UTF-16 in ASCII markup cannot be UTF-16; browsers read it as UTF-8.
                return found.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : found;
            }
            at = head.indexOf("<meta", end);
        }
        return null;
    }

    private static Charset charsetInMeta(String tag) {
        int cs = tag.indexOf("charset");
        if (cs < 0) {
            return null;
        }
        int i = cs + "charset".length();
        while (i < tag.length() && tag.charAt(i) == ' ') {
            i++;
        }
        if (i < tag.length() && tag.charAt(i) == '=') {
            // Either the charset attribute or the charset parameter inside content="...".
            return lookup(token(tag, i + 1));
        }
        return null;
    }

    /** The charset called {@code name}, with the web's aliases; null when unknown. */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        // Browsers decode these labels as windows-1252, which is a superset in practice.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
