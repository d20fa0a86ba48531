package dev.tidings.story;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many articles seen so far contain each word, for inverse document frequency weights. Kept
 * per node in memory (seeded from the database at start); small differences between nodes only
 * nudge weights, never the consistency of stored decisions.
 */
public final class DocumentFrequencies {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final AtomicLong documents = new AtomicLong();

    public void add(TermBag bag) {
        documents.incrementAndGet();
        for (String term : bag.weights().keySet()) {
            counts.merge(term, 1, Integer::sum);
        }
    }

    public long documents() {
        return documents.get();
    }

    /** Smoothed IDF: rare words weigh more, a word in every article weighs about 1. */
    public float idf(String term) {
        int df = counts.getOrDefault(term, 0);
        return (float) Math.log((documents.get() + 2.0) / (df + 1.0)) + 1f;
    }
}
