package dev.tidings.ai;

import java.util.Set;

/**
 * How many content words two sentences share, as a count, as a share of the shorter one's
 * ({@code ofShorter}: one sentence told inside the other) and of both together ({@code jaccard});
 * all zero when either has none.
 */
record WordOverlap(long shared, double ofShorter, double jaccard) {
    private static final WordOverlap NONE = new WordOverlap(0, 0, 0);

    static WordOverlap of(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return NONE;
        }
        long shared = a.stream().filter(b::contains).count();
        return new WordOverlap(
                shared,
                shared / (double) Math.min(a.size(), b.size()),
                shared / (double) (a.size() + b.size() - shared));
    }
}
