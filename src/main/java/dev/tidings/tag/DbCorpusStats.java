package dev.tidings.tag;

import dev.tidings.db.Handle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Corpus counts kept in the database, so every node judges rarity and spelling from the same numbers. */
final class DbCorpusStats implements CorpusStats {
    private static final int CHUNK = 400;

    private final Handle h;

    DbCorpusStats(Handle h) {
        this.h = h;
    }

    /** Adds one document's terms and names; sorted, so concurrent writers lock rows in the same order. */
    void count(DocumentCounts doc) {
        for (String term : new TreeSet<>(doc.terms())) {
            h.update(
                    "INSERT INTO tag_terms (term, df) VALUES (?, 1)"
                            + " ON CONFLICT (term) DO UPDATE SET df = tag_terms.df + 1",
                    term);
        }
        for (var e : new java.util.TreeMap<>(doc.names()).entrySet()) {
            h.update(
                    "INSERT INTO tag_names (name_key, spelling, n) VALUES (?, ?, ?)"
                            + " ON CONFLICT (name_key, spelling) DO UPDATE SET n = tag_names.n + ?",
                    e.getKey().toLowerCase(Locale.ROOT),
                    e.getKey(),
                    e.getValue(),
                    e.getValue());
        }
    }

    @Override
    public long documents() {
        return h.queryLong("SELECT COUNT(*) FROM tagged_articles");
    }

    @Override
    public Map<String, Long> frequencies(Collection<String> terms) {
        Map<String, Long> out = new HashMap<>();
        for (List<String> chunk : chunks(terms)) {
            h.query(
                    "SELECT term, df FROM tag_terms WHERE term IN (" + marks(chunk.size()) + ")",
                    rs -> out.put(rs.getString(1), rs.getLong(2)),
                    chunk.toArray());
        }
        return out;
    }

    @Override
    public Map<String, NameCount> names(Collection<String> keys) {
        Map<String, Map<String, Long>> spellings = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            h.query(
                    "SELECT name_key, spelling, n FROM tag_names WHERE name_key IN (" + marks(chunk.size()) + ")",
                    rs -> spellings
                            .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getLong(3)),
                    chunk.toArray());
        }
        Map<String, NameCount> out = new HashMap<>();
        spellings.forEach((k, s) -> out.put(k, NameCount.of(s)));
        return out;
    }

    private static List<List<String>> chunks(Collection<String> all) {
        List<List<String>> out = new ArrayList<>();
        List<String> list = new ArrayList<>(all);
        for (int i = 0; i < list.size(); i += CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
