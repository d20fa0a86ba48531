package dev.tidings.ai;

import dev.tidings.nlp.PorterStemmer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 as Google's rouge-score computes them: lower case,
 * non-alphanumerics as separators, Porter stems for words longer than three letters, and
 * summary-level LCS over newline-separated sentences.
 */
public final class Rouge {
    private final Map<String, String> stems = new HashMap<>();

    /** Precision, recall and F1 of one measure. */
    public record Score(double precision, double recall, double f1) {
        static Score of(int hits, int predicted, int target) {
            double p = hits / (double) Math.max(predicted, 1);
            double r = hits / (double) Math.max(target, 1);
            return new Score(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
        }
    }

    /** The three measures for one candidate against one reference. */
    public record Scores(Score rouge1, Score rouge2, Score rougeLsum) {}

    /** Scores a candidate summary against a reference, both with one sentence per line. */
    public Scores score(String reference, String candidate) {
        List<String> ref = tokens(reference);
        List<String> cand = tokens(candidate);
        return new Scores(ngrams(ref, cand, 1), ngrams(ref, cand, 2), lcsSum(lines(reference), lines(candidate)));
    }

    /** The tokens rouge-score compares: lower-case alphanumeric runs, stemmed when longer than 3. */
    List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                String token = lower.substring(start, i);
                out.add(token.length() > 3 ? stems.computeIfAbsent(token, PorterStemmer::stem) : token);
                start = -1;
            }
        }
        return out;
    }

    private List<List<String>> lines(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                out.add(tokens(line));
            }
        }
        return out;
    }

    private static Score ngrams(List<String> ref, List<String> cand, int n) {
        Map<String, Integer> refCounts = counts(ref, n);
        Map<String, Integer> candCounts = counts(cand, n);
        int hits = 0;
        for (var e : refCounts.entrySet()) {
            hits += Math.min(e.getValue(), candCounts.getOrDefault(e.getKey(), 0));
        }
        return Score.of(hits, Math.max(0, cand.size() - n + 1), Math.max(0, ref.size() - n + 1));
    }

    private static Map<String, Integer> counts(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            String gram = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
            counts.merge(gram, 1, Integer::sum);
        }
        return counts;
    }

    /** Summary-level LCS: for each reference sentence, the union of its LCS with every candidate sentence. */
    private static Score lcsSum(List<List<String>> ref, List<List<String>> cand) {
        int m = ref.stream().mapToInt(List::size).sum();
        int n = cand.stream().mapToInt(List::size).sum();
        if (m == 0 || n == 0) {
            return new Score(0, 0, 0);
        }
        Map<String, Integer> refLeft = new HashMap<>();
        Map<String, Integer> candLeft = new HashMap<>();
        ref.forEach(s -> s.forEach(t -> refLeft.merge(t, 1, Integer::sum)));
        cand.forEach(s -> s.forEach(t -> candLeft.merge(t, 1, Integer::sum)));
        int hits = 0;
        for (List<String> r : ref) {
            boolean[] inUnion = new boolean[r.size()];
            for (List<String> c : cand) {
                for (int i : lcsIndices(r, c)) {
                    inUnion[i] = true;
                }
            }
            for (int i = 0; i < r.size(); i++) {
                String t = r.get(i);
                if (inUnion[i] && candLeft.getOrDefault(t, 0) > 0 && refLeft.getOrDefault(t, 0) > 0) {
                    hits++;
                    candLeft.merge(t, -1, Integer::sum);
                    refLeft.merge(t, -1, Integer::sum);
                }
            }
        }
        return Score.of(hits, n, m);
    }

    /** Indices in {@code ref} of one LCS with {@code cand}, backtracked the way rouge-score does. */
    static List<Integer> lcsIndices(List<String> ref, List<String> cand) {
        int rows = ref.size();
        int cols = cand.size();
        int[][] t = new int[rows + 1][cols + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                t[i][j] = ref.get(i - 1).equals(cand.get(j - 1))
                        ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        List<Integer> out = new ArrayList<>();
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(cand.get(j - 1))) {
                out.add(i - 1);
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        return out.reversed();
    }
}
