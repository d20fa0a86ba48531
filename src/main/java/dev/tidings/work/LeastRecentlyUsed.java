package dev.tidings.work;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps that keep at most a given number of entries, dropping the least recently read (or written)
 * first: for caches that must not grow without bound. Not thread-safe, like {@link LinkedHashMap}.
 */
public final class LeastRecentlyUsed {
    private LeastRecentlyUsed() {}

    /** An empty map of at most {@code capacity} entries. */
    public static <K, V> Map<K, V> map(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        return new LinkedHashMap<>(Math.min(capacity, 64), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
