package dev.tidings.ai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the TL;DR as a whole rather than sentence by sentence: every set of one to three of the
 * first {@value #WINDOW} clean sentences is scored by a linear model of its summed sentence
 * features, its length and its internal repetition, and the best set wins. The model was fitted
 * on the ROUGE of every such set in 191 CNN/DailyMail development articles (see docs/benchmarks.md),
 * so it weighs length and the number of sentences against content the way the metric does.
 */
final class TldrChooser {
    /*
     * News puts what matters first: later sentences the model likes are more often asides than the
     * news (a window of 6 was chosen by cross-validation over 5 to 10 with the listwise fit; the
     * ridge fit before it did best with 8).
     */
    static final int WINDOW = 6;
    static final int EXTRA = 8;

    /*
     * Two sentences that share this share of the shorter one's content words tell one fact twice
     * (a standfirst and the opening sentence, a caption and the sentence it restates): no TL;DR holds
     * both. Neutral on ROUGE at 0.6 (cross-validated ×20, docs/benchmarks.md, session 8), and a
     * reader is not told the same thing twice in three sentences.
     */
    static final double RESTATES = 0.6;

    /*
     * A standfirst (a first paragraph of one or two sentences) sums up the story, and the opening sentence
     * under it usually tells the same in more detail, in other words: from this share of shared
     * content words they restate each other. Lower than RESTATES, which the development set (no
     * paragraphs, so no standfirsts) measured: there, 0.5 for every pair cost 0.13 ROUGE-2.
     */
    static final double STANDFIRST_RESTATES = 0.4;

    private static final Words WORDS = new Words();

    /*
     * Fitted by DevTldrTune (listwise: the softmax of the candidates' scores pulled towards a softmax
     * of their ROUGE at temperature 5; L2 2.7 on the number and position of the sentences, 9 on their
     * other features, 0.9 on the set's own; sets that restate a sentence left out); the first
     * SentenceScorer.FEATURES weigh summed sentence features.
     */
    private static final double[] WEIGHTS = {
        -0.04045, // summed sentence features, in SentenceScorer's order (the bias sums to the number of sentences)
        0.06991,
        0.27458,
        -0.00007,
        -0.04115,
        -0.12242,
        -0.2213,
        0.0,
        0.0,
        -0.09786,
        -0.0479,
        0.05226,
        -0.07521,
        -0.01967,
        0.48377,
        0.28912,
        -0.00662,
        0.28658,
        0.04971,
        -0.09775,
        0.15364,
        -0.03725,
        -0.23531,
        -0.00965,
        0.07325,
        -0.25582,
        0.23161,
        0.0,
        0.30883,
        0.01782,
        0.60325, // length in words / 25
        -0.10957, // its square
        -0.00578, // one sentence
        0.13291, // two sentences
        -0.44943, // repeated three-word runs (share, capped)
        -0.13624, // any repeated three-word run
        -0.03041, // largest content-word overlap of two sentences (share of the shorter)
        -0.39571 // summed pairwise Jaccard overlap of content words
    };

    private TldrChooser() {}

    /** Indices of the chosen sentences, in article order; {@code x} holds each sentence's features. */
    static TreeSet<Integer> choose(List<String> sentences, double[][] x) {
        return choose(sentences, x, 0);
    }

    /** The same, for a text whose first {@code standfirst} sentences are a standfirst, a paragraph of their own. */
    static TreeSet<Integer> choose(List<String> sentences, double[][] x, int standfirst) {
        Head head = head(sentences, Math.min(WINDOW, sentences.size()));
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int[] s : subsets(eligible(sentences, head.size()))) {
            if (restates(head, s, RESTATES)
                    || restatesTheStandfirst(head, s, standfirst)
                    || answersAnAbsentQuestion(head, s)) {
                continue;
            }
            double v = dot(WEIGHTS, features(x, head, s));
            if (v > bestScore) {
                bestScore = v;
                best = s;
            }
        }
        TreeSet<Integer> chosen = new TreeSet<>();
        if (best != null) {
            for (int i : best) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    /**
     * What the set features need to know of each of the first sentences, and of each pair of them:
     * the content words two sentences share, as a share of the shorter ({@code overlap}) and of both
     * ({@code jaccard}); zero where either has no content words. Computed once, not per candidate set.
     */
    record Head(int[] words, List<Set<String>> trigrams, double[][] overlap, double[][] jaccard, boolean[] asks) {
        int size() {
            return words.length;
        }
    }

    static Head head(List<String> sentences, int n) {
        int[] words = new int[n];
        List<Set<String>> trigrams = new ArrayList<>(n);
        List<Set<String>> content = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String s = sentences.get(i);
            words[i] = Words.count(s);
            trigrams.add(Summarizer.trigrams(s));
            content.add(new HashSet<>(WORDS.content(s)));
        }
        double[][] overlap = new double[n][n];
        double[][] jaccard = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                WordOverlap o = WordOverlap.of(content.get(a), content.get(b));
                overlap[a][b] = o.ofShorter();
                jaccard[a][b] = o.jaccard();
            }
        }
        boolean[] asks = new boolean[n];
        for (int i = 0; i < n; i++) {
            asks[i] = sentences.get(i).endsWith("?");
        }
        return new Head(words, trigrams, overlap, jaccard, asks);
    }

    /**
     * Which of the first {@code n} sentences may stand in a TL;DR: not a piece of a quotation cut at
     * a full stop inside it (unbalanced double quotes), which reads badly on its own. If none may,
     * all may. (Also judging single quotes cost 0.3 to 0.5 ROUGE points: DailyMail text puts the
     * space on the wrong side of an opening single quote, so the splitter hangs it on the sentence
     * before.)
     */
    static boolean[] eligible(List<String> sentences, int n) {
        boolean[] ok = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            ok[i] = ReadAlone.balanced(sentences.get(i));
            any |= ok[i];
        }
        if (!any) {
            Arrays.fill(ok, true);
        }
        return ok;
    }

    /** Whether two sentences of the set share at least {@code limit} of the shorter one's content words. */
    static boolean restates(Head h, int[] set, double limit) {
        return largestOverlap(h, set) >= limit;
    }

    /**
     * Whether the set holds the answer to a question it leaves out: "Blame a bad settings update."
     * read without "Couldn't pay for your coffee this morning?" before it. Such a set is no
     * candidate: cross-validated ×20 with the weights refitted, 43.73 / 20.23 / 39.80 against 43.75 /
     * 20.24 / 39.82 without the rule (docs/benchmarks.md, session 10), within noise, and a TL;DR
     * never opens on a reply to nothing.
     */
    static boolean answersAnAbsentQuestion(Head h, int[] set) {
        for (int k = 0; k < set.length; k++) {
            int i = set[k];
            if (i > 0 && h.asks()[i - 1] && (k == 0 || set[k - 1] != i - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the set holds a sentence of the standfirst (the first {@code standfirst} sentences)
     * and a later sentence that tells it again.
     */
    private static boolean restatesTheStandfirst(Head h, int[] set, int standfirst) {
        for (int a : set) {
            for (int b : set) {
                if (a < standfirst && b >= standfirst && h.overlap()[a][b] >= STANDFIRST_RESTATES) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The largest share of the shorter sentence's content words that two sentences of the set share. */
    private static double largestOverlap(Head h, int[] set) {
        double largest = 0;
        for (int a = 0; a < set.length; a++) {
            for (int b = a + 1; b < set.length; b++) {
                largest = Math.max(largest, h.overlap()[set[a]][set[b]]);
            }
        }
        return largest;
    }

    /** All sets of one, two or three eligible indices, each in ascending order. */
    static List<int[]> subsets(boolean[] eligible) {
        int n = eligible.length;
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            if (!eligible[a]) {
                continue;
            }
            out.add(new int[] {a});
            for (int b = a + 1; b < n; b++) {
                if (!eligible[b]) {
                    continue;
                }
                out.add(new int[] {a, b});
                for (int c = b + 1; c < n; c++) {
                    if (eligible[c]) {
                        out.add(new int[] {a, b, c});
                    }
                }
            }
        }
        return out;
    }

    /**
     * The features of one candidate set: its sentences' features summed, then its length in words
     * (over 25, and squared), whether it has one or two sentences, and how many three-word runs its
     * sentences repeat from one another (capped share, and whether any), and how many content words
     * they share pairwise (the largest overlap of two of them as a share of the shorter, and the sum
     * of their Jaccard overlaps): a three-word run misses a fact told twice in other words.
     */
    static double[] features(double[][] x, Head h, int[] set) {
        int m = x[0].length;
        double[] f = new double[m + EXTRA];
        int length = 0;
        for (int i : set) {
            for (int k = 0; k < m; k++) {
                f[k] += x[i][k];
            }
            length += h.words()[i];
        }
        f[m] = length / 25.0;
        f[m + 1] = f[m] * f[m];
        f[m + 2] = set.length == 1 ? 1 : 0;
        f[m + 3] = set.length == 2 ? 1 : 0;
        Set<String> seen = new HashSet<>();
        int repeated = 0;
        for (int i : set) {
            for (String t : h.trigrams().get(i)) {
                if (!seen.add(t)) {
                    repeated++;
                }
            }
        }
        f[m + 4] = Math.min(repeated, 10) / 10.0;
        f[m + 5] = repeated > 0 ? 1 : 0;
        f[m + 6] = largestOverlap(h, set);
        for (int a = 0; a < set.length; a++) {
            for (int b = a + 1; b < set.length; b++) {
                f[m + 7] += h.jaccard()[set[a]][set[b]];
            }
        }
        return f;
    }

    static double dot(double[] w, double[] f) {
        double z = 0;
        for (int k = 0; k < Math.min(w.length, f.length); k++) {
            z += w[k] * f[k];
        }
        return z;
    }
}
