package dev.tidings.fetch;

/**
 * What a body's bytes say about UTF-8, for the charset sniffing of pages and feeds alike: a
 * declaration that contradicts the bytes is overruled by them.
 */
public final class Utf8 {
    /** Plain ASCII (any charset reads it), well-formed UTF-8 with multi-byte characters, or not UTF-8. */
    public enum Kind {
        ASCII,
        MULTIBYTE,
        INVALID
    }

    private Utf8() {}

    /**
     * Reads the bytes as UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF. A body cut
     * off by a size cap may end inside a character; that is no evidence against UTF-8.
     */
    public static Kind of(byte[] b) {
        boolean multibyte = false;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return Kind.INVALID;
            }
            multibyte = true;
            if (i + extra >= b.length) {
                break;
            }
            int cp = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int next = b[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return Kind.INVALID;
                }
                cp = (cp << 6) | (next & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return Kind.INVALID;
            }
            i += extra + 1;
        }
        return multibyte ? Kind.MULTIBYTE : Kind.ASCII;
    }
}
