package dev.tidings.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as the multiset of its overlapping 4-token shingles, tokens being Unicode {@code \w+}
 * runs with case kept. A text of fewer than four tokens is one shingle of all of them.
 */
final class Shingles {

    static final int SIZE = 4;
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private final Map<String, Integer> counts;
    private final int total;

    private Shingles(Map<String, Integer> counts, int total) {
        this.counts = counts;
        this.total = total;
    }

    static Shingles of(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return new Shingles(counts, 0);
        }
        if (tokens.size() < SIZE) {
            counts.put(String.join(" ", tokens), 1);
            return new Shingles(counts, 1);
        }
        int total = 0;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + SIZE <= tokens.size(); i++) {
            b.setLength(0);
            for (int k = 0; k < SIZE; k++) {
                if (k > 0) {
                    b.append(' ');
                }
                b.append(tokens.get(i + k));
            }
            counts.merge(b.toString(), 1, Integer::sum);
            total++;
        }
        return new Shingles(counts, total);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    int size() {
        return total;
    }

    /** Size of the multiset intersection with {@code other}. */
    int overlap(Shingles other) {
        Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<String, Integer> large = small == counts ? other.counts : counts;
        int matched = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer n = large.get(e.getKey());
            if (n != null) {
                matched += Math.min(n, e.getValue());
            }
        }
        return matched;
    }
}
