package dev.tidings.tag;

import java.util.Collection;
import java.util.Map;

/**
 * What the rest of the corpus says: in how many documents each term occurs (terms are stems,
 * "spill", and phrase keys, "oil spill"), and how often and how each name is written.
 */
interface CorpusStats {
    /** Documents counted, including the one being tagged once it has been counted. */
    long documents();

    /** Document frequencies of the given terms; a term never seen is absent. */
    Map<String, Long> frequencies(Collection<String> terms);

    /** For names by lowercase key ("vladimir putin"): how often the corpus writes them, and its usual spelling. */
    Map<String, NameCount> names(Collection<String> keys);

    /** A name's count over the corpus and the spelling it most often has. */
    record NameCount(String spelling, long count) {
        /** Sums the counts of every spelling of one name and keeps the commonest (ties: the first in order). */
        static NameCount of(Map<String, Long> bySpelling) {
            String best = null;
            long bestCount = -1;
            long total = 0;
            for (var e : new java.util.TreeMap<>(bySpelling).entrySet()) {
                total += e.getValue();
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return new NameCount(best, total);
        }
    }

    /** No corpus at all: every term counts as rare and every name as unseen. */
    CorpusStats NONE = new CorpusStats() {
        @Override
        public long documents() {
            return 0;
        }

        @Override
        public Map<String, Long> frequencies(Collection<String> terms) {
            return Map.of();
        }

        @Override
        public Map<String, NameCount> names(Collection<String> keys) {
            return Map.of();
        }
    };
}
