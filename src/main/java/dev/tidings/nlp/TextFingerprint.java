package dev.tidings.nlp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fingerprints of a text for near-duplicate detection: a MinHash signature of its word shingles
 * (estimates Jaccard similarity; its bands are lookup keys), and a SimHash (close texts differ in
 * few bits). Both ignore case, punctuation and spacing, so the same wire copy extracted from two
 * page templates still matches.
 */
public record TextFingerprint(long[] minhash, long simhash) {
    /** Words per shingle. */
    static final int SHINGLE = 4;
    /** Signature length and its split into bands for lookup: 16 bands of 4 values. */
    public static final int HASHES = 64;

    public static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final long[] SEEDS = seeds();

    public static TextFingerprint of(String text) {
        List<String> words = words(text);
        long[] shingles = shingles(words);
        return new TextFingerprint(minhash(shingles), simhash(shingles));
    }

    /** The share of signature values two texts have in common: an estimate of their shingle Jaccard. */
    public double jaccard(TextFingerprint other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minhash[i] == other.minhash[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    public int simhashDistance(TextFingerprint other) {
        return Long.bitCount(simhash ^ other.simhash);
    }

    /**
     * Whether two texts are the same story text, lightly edited: most shingles shared, or nearly
     * the same SimHash. Texts too short to fingerprint never match.
     */
    public boolean nearDuplicateOf(TextFingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return false;
        }
        return jaccard(other) >= 0.7 || simhashDistance(other) <= 3 && jaccard(other) >= 0.4;
    }

    public boolean isEmpty() {
        return minhash[0] == Long.MAX_VALUE;
    }

    /** One lookup key per band; texts sharing any key are candidates. */
    public long[] bands() {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 0x9E3779B97F4A7C15L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ minhash[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    public byte[] minhashBytes() {
        ByteBuffer buf = ByteBuffer.allocate(HASHES * 8);
        for (long v : minhash) {
            buf.putLong(v);
        }
        return buf.array();
    }

    public static TextFingerprint fromStored(byte[] minhashBytes, long simhash) {
        ByteBuffer buf = ByteBuffer.wrap(minhashBytes);
        long[] m = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            m[i] = buf.getLong();
        }
        return new TextFingerprint(m, simhash);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder w = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (!w.isEmpty()) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        if (!w.isEmpty()) {
            words.add(w.toString());
        }
        return words;
    }

    static long[] shingles(List<String> words) {
        if (words.size() < SHINGLE) {
            return new long[0];
        }
        long[] out = new long[words.size() - SHINGLE + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 0x84222325CBF29CE4L;
            for (int j = 0; j < SHINGLE; j++) {
                h = mix(h ^ words.get(i + j).hashCode() * 0x100000001B3L + j);
            }
            out[i] = h;
        }
        return out;
    }

    private static long[] minhash(long[] shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    private static long simhash(long[] shingles) {
        int[] votes = new int[64];
        for (long s : shingles) {
            long h = mix(s);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += (h >>> bit & 1) == 1 ? 1 : -1;
            }
        }
        long out = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                out |= 1L << bit;
            }
        }
        return out;
    }

    /** A 64-bit finalizer (as in SplitMix64): every input bit flips about half the output bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x5EED_7151_0000_0001L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            s[i] = x;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFingerprint f && f.simhash == simhash && java.util.Arrays.equals(f.minhash, minhash);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(minhash) * 31 + Long.hashCode(simhash);
    }

    @Override
    public String toString() {
        return "TextFingerprint[simhash=" + Long.toHexString(simhash) + "]";
    }
}
