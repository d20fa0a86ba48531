package dev.tidings.tag;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Corpus counts kept in memory, for batch runs over a file. Not thread-safe while counting. */
final class MemoryCorpusStats implements CorpusStats {
    private final Map<String, Long> df = new HashMap<>();
    private final Map<String, Map<String, Long>> spellings = new HashMap<>();
    private long documents;

    void count(DocumentCounts doc) {
        documents++;
        for (String t : doc.terms()) {
            df.merge(t, 1L, Long::sum);
        }
        doc.names()
                .forEach((form, n) -> spellings
                        .computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new HashMap<>())
                        .merge(form, (long) n, Long::sum));
    }

    @Override
    public long documents() {
        return documents;
    }

    @Override
    public Map<String, Long> frequencies(Collection<String> terms) {
        Map<String, Long> out = new HashMap<>();
        for (String t : terms) {
            Long n = df.get(t);
            if (n != null) {
                out.put(t, n);
            }
        }
        return out;
    }

    @Override
    public Map<String, NameCount> names(Collection<String> keys) {
        Map<String, NameCount> out = new HashMap<>();
        for (String k : keys) {
            Map<String, Long> s = spellings.get(k);
            if (s != null) {
                out.put(k, NameCount.of(s));
            }
        }
        return out;
    }
}
