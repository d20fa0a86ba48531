package dev.tidings.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks a document's noun phrases by salience. Words are scored by a PageRank over their
 * co-occurrence graph biased towards early positions (as PositionRank), weighted by how rare
 * each word is in the corpus and by the headline; a phrase scores the sum of its words, then
 * gains from its own frequency.
 */
final class KeyphraseExtractor {
    /** Tunable weights; the defaults were chosen on development data (see docs/benchmarks.md). */
    record Params(
            int maxLength,
            int window,
            double damping,
            double idfPower,
            double titleBoost,
            double phraseTfWeight,
            double lengthPenalty,
            double properBoost) {
        static final Params DEFAULT = new Params(4, 10, 0.85, 1.0, 0.5, 3.0, 0.3, 0.0);
    }

    private final Params params;
    private final NounPhrases phrases;

    KeyphraseExtractor(Params params) {
        this.params = params;
        this.phrases = new NounPhrases(params.maxLength());
    }

    /** Candidates of the document, keyed by their stems. */
    Map<String, Candidate> candidates(List<Token> tokens) {
        return phrases.of(tokens);
    }

    /** Scores every candidate in place and returns them best first. */
    List<Candidate> rank(List<Token> tokens, Map<String, Candidate> candidates, CorpusStats corpus) {
        Map<String, Double> words = wordScores(tokens, candidates, corpus);
        Set<String> titleStems = new HashSet<>();
        for (Token t : tokens) {
            if (t.title()) {
                titleStems.add(t.stem());
            }
        }
        for (Candidate c : candidates.values()) {
            double s = 0;
            for (String stem : c.stems) {
                double w = words.getOrDefault(stem, 0.0);
                if (titleStems.contains(stem)) {
                    w *= 1 + params.titleBoost();
                }
                s += w;
            }
            s *= 1 + params.phraseTfWeight() * Math.log(c.count + c.contained);
            s /= Math.pow(c.length(), params.lengthPenalty());
            if (c.proper) {
                s *= 1 + params.properBoost();
            }
            c.score = s;
        }
        List<Candidate> ranked = mergeNameParts(candidates.values());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.firstToken));
        return ranked;
    }

    /**
     * "Putin" is part of "Vladimir Putin" when the document names him in full:
     * its weight goes to the full name, and it leaves the list.
     */
    private static List<Candidate> mergeNameParts(Collection<Candidate> all) {
        List<Candidate> names = new ArrayList<>();
        for (Candidate c : all) {
            if (c.proper && c.length() > 1) {
                names.add(c);
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            Candidate whole = null;
            if (c.proper && c.length() < 3) {
                for (Candidate n : names) {
                    if (n != c
                            && n.length() > c.length()
                            && endOf(c.stems, n.stems)
                            && (whole == null || n.score > whole.score)) {
                        whole = n;
                    }
                }
            }
            if (whole == null) {
                kept.add(c);
            } else {
                whole.score += c.score;
                whole.count += c.count;
                whole.parts.add(c);
            }
        }
        return kept;
    }

    /** Whether {@code part} ends {@code whole}: "Putin" of "Vladimir Putin" (but not "Vesper" of "Vesper Air"). */
    private static boolean endOf(String[] part, String[] whole) {
        for (int i = 0; i < part.length; i++) {
            if (!part[i].equals(whole[whole.length - part.length + i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code part} starts {@code whole}: "Dita" of "Dita Von Teese". */
    private static boolean startOf(String[] part, String[] whole) {
        for (int i = 0; i < part.length; i++) {
            if (!part[i].equals(whole[i])) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Double> wordScores(List<Token> tokens, Map<String, Candidate> candidates, CorpusStats corpus) {
        Set<String> inCandidates = new HashSet<>();
        for (Candidate c : candidates.values()) {
            inCandidates.addAll(List.of(c.stems));
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> nodes = new ArrayList<>();
        int[] sequence = new int[tokens.size()];
        List<Double> bias = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (NounPhrases.chunkable(t) && !t.pos().equals(NounPhrases.JOIN) && inCandidates.contains(t.stem())) {
                Integer id = index.get(t.stem());
                if (id == null) {
                    id = nodes.size();
                    index.put(t.stem(), id);
                    nodes.add(t.stem());
                    bias.add(0.0);
                }
                sequence[i] = id;
                bias.set(id, bias.get(id) + 1.0 / (i + 1));
            } else {
                sequence[i] = -1;
            }
        }
        int n = nodes.size();
        if (n == 0) {
            return Map.of();
        }
        double[][] weights = new double[n][];
        int[][] neighbours = new int[n][];
        Map<Long, Double> pairs = new HashMap<>();
        for (int i = 0; i < sequence.length; i++) {
            if (sequence[i] < 0) {
                continue;
            }
            for (int j = i + 1; j < Math.min(sequence.length, i + params.window()); j++) {
                if (sequence[j] >= 0 && sequence[j] != sequence[i]) {
                    int a = Math.min(sequence[i], sequence[j]);
                    int b = Math.max(sequence[i], sequence[j]);
                    pairs.merge(((long) a << 32) | b, 1.0, Double::sum);
                }
            }
        }
        int[] degree = new int[n];
        for (long pair : pairs.keySet()) {
            degree[(int) (pair >>> 32)]++;
            degree[(int) pair]++;
        }
        for (int k = 0; k < n; k++) {
            neighbours[k] = new int[degree[k]];
            weights[k] = new double[degree[k]];
            degree[k] = 0;
        }
        for (var e : pairs.entrySet()) {
            int a = (int) (e.getKey() >>> 32);
            int b = (int) (long) e.getKey();
            neighbours[a][degree[a]] = b;
            weights[a][degree[a]++] = e.getValue();
            neighbours[b][degree[b]] = a;
            weights[b][degree[b]++] = e.getValue();
        }
        double[] rank = pageRank(neighbours, weights, bias);
        Map<String, Long> df = corpus.frequencies(nodes);
        long docs = corpus.documents();
        Map<String, Double> scores = new HashMap<>();
        for (int k = 0; k < n; k++) {
            double idf = idf(docs, df.getOrDefault(nodes.get(k), 0L));
            scores.put(nodes.get(k), rank[k] * Math.pow(idf, params.idfPower()));
        }
        return scores;
    }

    /** Inverse document frequency, smoothed, and 1 for every word when there is no corpus. */
    static double idf(long documents, long df) {
        if (documents < 2) {
            return 1.0;
        }
        return Math.log((documents + 1.0) / (Math.min(df, documents) + 0.5));
    }

    private double[] pageRank(int[][] neighbours, double[][] weights, List<Double> bias) {
        int n = neighbours.length;
        double biasSum = 0;
        for (double b : bias) {
            biasSum += b;
        }
        double[] teleport = new double[n];
        for (int k = 0; k < n; k++) {
            teleport[k] = bias.get(k) / biasSum;
        }
        double[] outWeight = new double[n];
        for (int k = 0; k < n; k++) {
            for (double w : weights[k]) {
                outWeight[k] += w;
            }
        }
        double[] rank = teleport.clone();
        double[] next = new double[n];
        double d = params.damping();
        for (int iter = 0; iter < 50; iter++) {
            java.util.Arrays.fill(next, 0);
            double dangling = 0;
            for (int k = 0; k < n; k++) {
                if (outWeight[k] == 0) {
                    dangling += rank[k];
                    continue;
                }
                double share = rank[k] / outWeight[k];
                int[] nb = neighbours[k];
                double[] w = weights[k];
                for (int e = 0; e < nb.length; e++) {
                    next[nb[e]] += share * w[e];
                }
            }
            double change = 0;
            for (int k = 0; k < n; k++) {
                double v = (1 - d) * teleport[k] + d * (next[k] + dangling * teleport[k]);
                change += Math.abs(v - rank[k]);
                rank[k] = v;
            }
            if (change < 1e-6) {
                break;
            }
        }
        return rank;
    }

    /** Terms whose document frequency the corpus keeps for this document: its candidate stems and phrase keys. */
    static Collection<String> terms(Map<String, Candidate> candidates) {
        Set<String> terms = new HashSet<>();
        for (Candidate c : candidates.values()) {
            terms.addAll(List.of(c.stems));
            if (c.length() > 1) {
                terms.add(c.key);
            }
        }
        return terms;
    }
}
