package dev.tidings.story;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many articles seen so far contain each word, for inverse document frequency weights. Kept
 * per node in memory (seeded from the database at start); small differences between nodes only
 * nudge weights, never the consistency of stored decisions.
 */
public final class DocumentFrequencies {
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    private final AtomicLong documents = new AtomicLong();

    /**
     * One word's count, and its weight as last worked out. Matching one article against forty
     * stories asks for the weight of the same common words thousands of times while no count
     * changes; the logarithm is taken once per word and count.
     */
    private static final class Word {
        final AtomicInteger documents = new AtomicInteger();
        volatile Weight weight;

        float idf(long all) {
            int df = documents.get();
            Weight known = weight;
            if (known != null && known.allDocuments() == all && known.wordDocuments() == df) {
                return known.idf();
            }
            float idf = DocumentFrequencies.idf(all, df);
            weight = new Weight(all, df, idf);
            return idf;
        }
    }

    /** A word's IDF, and the counts it was worked out from. */
    private record Weight(long allDocuments, int wordDocuments, float idf) {}

    public void add(TermBag bag) {
        documents.incrementAndGet();
        for (String term : bag.weights().keySet()) {
            words.computeIfAbsent(term, t -> new Word()).documents.incrementAndGet();
        }
    }

    public long documents() {
        return documents.get();
    }

    /** Smoothed IDF: rare words weigh more, a word in every article weighs about 1. */
    public float idf(String term) {
        long all = documents.get();
        Word word = words.get(term);
        return word == null ? idf(all, 0) : word.idf(all);
    }

    /**
     * A bag of words tied to these counts, to be weighed again and again: each word is looked up
     * once, here, rather than at every weighing. Weighs as {@link #idf} does, word for word.
     */
    final class Bag {
        private final Word[] words;
        private final float[] weights;

        private Bag(Map<String, Float> bag) {
            words = new Word[bag.size()];
            weights = new float[bag.size()];
            int i = 0;
            for (var e : bag.entrySet()) {
                words[i] = DocumentFrequencies.this.words.computeIfAbsent(e.getKey(), t -> new Word());
                weights[i++] = e.getValue();
            }
        }

        boolean of(DocumentFrequencies counts) {
            return counts == DocumentFrequencies.this;
        }

        /**
         * The length of the bag's IDF-weighted vector, summed in the bag's own order (so the same,
         * to the bit, as summing over the map it was made from).
         */
        double weightedNorm() {
            long all = documents.get();
            double s = 0;
            for (int i = 0; i < words.length; i++) {
                double x = weights[i] * words[i].idf(all);
                s += x * x;
            }
            return Math.sqrt(s);
        }
    }

    /** {@code bag}, set up for weighing many times while it does not change. */
    Bag bag(Map<String, Float> bag) {
        return new Bag(bag);
    }

    private static float idf(long all, int df) {
        return (float) Math.log((all + 2.0) / (df + 1.0)) + 1f;
    }
}
