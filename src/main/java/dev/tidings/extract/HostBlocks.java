package dev.tidings.extract;

import dev.tidings.work.LeastRecentlyUsed;
import java.util.Map;

/**
 * The block fingerprints seen on one host, each with the distinct pages it was seen on (up to a
 * few). Least recently seen fingerprints are dropped first, so the blocks a site repeats stay
 * while one-off paragraphs make room. Not thread-safe; {@link HostBoilerplate} locks it.
 */
final class HostBlocks {

    private final int maxPagesKept;
    private final Map<Long, long[]> pagesByPrint;

    HostBlocks(int maxBlocks, int maxPagesKept) {
        this.maxPagesKept = maxPagesKept;
        this.pagesByPrint = LeastRecentlyUsed.map(maxBlocks);
    }

    /** On how many pages other than {@code page} the block was seen (at most the number kept). */
    int otherPages(long print, long page) {
        long[] pages = pagesByPrint.get(print);
        if (pages == null) {
            return 0;
        }
        int n = 0;
        for (long p : pages) {
            if (p != 0 && p != page) {
                n++;
            }
        }
        return n;
    }

    void record(long print, long page) {
        long[] pages = pagesByPrint.computeIfAbsent(print, k -> new long[maxPagesKept]);
        for (int i = 0; i < pages.length; i++) {
            if (pages[i] == page) {
                return;
            }
            if (pages[i] == 0) {
                pages[i] = page;
                return;
            }
        }
    }

    int size() {
        return pagesByPrint.size();
    }
}
