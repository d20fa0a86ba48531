package dev.tidings.extract;

/**
 * A 64-bit fingerprint of a block's text, the same for the block in a page and for its
 * paragraph in the extracted text: case, punctuation and spacing do not count.
 */
final class BlockPrint {

    /** No fingerprint: the text has no letters or digits. */
    static final long NONE = 0;

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private BlockPrint() {}

    /** A fingerprint of the exact characters, for keys such as a URL path. */
    static long exact(String text) {
        long h = OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * PRIME;
        }
        return h == NONE ? 1 : h;
    }

    static long of(String text) {
        long h = OFFSET;
        boolean any = false;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && any) {
                    h = (h ^ ' ') * PRIME;
                }
                space = false;
                any = true;
                h = (h ^ Character.toLowerCase(c)) * PRIME;
            } else {
                space = true;
            }
        }
        return !any ? NONE : h == NONE ? 1 : h;
    }
}
