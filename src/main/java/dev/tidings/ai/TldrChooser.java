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
 * by ridge regression on the ROUGE of every such set in 191 CNN/DailyMail development articles
 * (see docs/benchmarks.md), so it weighs length and the number of sentences against content the
 * way the metric does.
 */
final class TldrChooser {
    /*
     * News puts what matters first: later sentences the model likes are more often asides than the
     * news (a window of 8 was chosen by cross-validation over 5 to 10).
     */
    static final int WINDOW = 8;
    static final int EXTRA = 6;

    /* Fitted by DevTldrTune (ridge lambda 3); the first SentenceScorer.FEATURES weigh summed sentence features. */
    private static final double[] WEIGHTS = {
        3.076, // summed sentence features, in SentenceScorer's order (the bias sums to the number of sentences)
        0.913,
        2.902,
        0.944,
        0.505,
        -0.007,
        -0.578,
        -0.521,
        -1.081,
        -2.376,
        -1.25,
        -1.463,
        0.838,
        0.36,
        2.6,
        3.12,
        0.742,
        1.848,
        0.628,
        -3.593,
        3.515,
        -0.086,
        -1.656,
        -1.48,
        -1.109,
        -3.14,
        4.345,
        0.0,
        3.825,
        -0.196,
        5.554, // length in words / 25
        -0.53, // its square
        -1.863, // one sentence
        0.65, // two sentences
        -6.997, // repeated three-word runs (share, capped)
        0.049 // any repeated three-word run
    };

    private TldrChooser() {}

    /** Indices of the chosen sentences, in article order; {@code x} holds each sentence's features. */
    static TreeSet<Integer> choose(List<String> sentences, double[][] x) {
        return choose(sentences, x, WEIGHTS);
    }

    static TreeSet<Integer> choose(List<String> sentences, double[][] x, double[] weights) {
        return choose(sentences, x, weights, WINDOW);
    }

    static TreeSet<Integer> choose(List<String> sentences, double[][] x, double[] weights, int window) {
        int n = Math.min(window, sentences.size());
        List<Set<String>> trigrams = new ArrayList<>(n);
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            trigrams.add(Summarizer.trigrams(sentences.get(i)));
            words[i] = Words.count(sentences.get(i));
        }
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int[] s : subsets(eligible(sentences, n))) {
            double v = dot(weights, features(x, words, trigrams, s));
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
            ok[i] = Summarizer.balanced(sentences.get(i));
            any |= ok[i];
        }
        if (!any) {
            Arrays.fill(ok, true);
        }
        return ok;
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
     * sentences repeat from one another (capped share, and whether any).
     */
    static double[] features(double[][] x, int[] words, List<Set<String>> trigrams, int[] set) {
        int m = x[0].length;
        double[] f = new double[m + EXTRA];
        int length = 0;
        for (int i : set) {
            for (int k = 0; k < m; k++) {
                f[k] += x[i][k];
            }
            length += words[i];
        }
        f[m] = length / 25.0;
        f[m + 1] = f[m] * f[m];
        f[m + 2] = set.length == 1 ? 1 : 0;
        f[m + 3] = set.length == 2 ? 1 : 0;
        Set<String> seen = new HashSet<>();
        int repeated = 0;
        for (int i : set) {
            for (String t : trigrams.get(i)) {
                if (!seen.add(t)) {
                    repeated++;
                }
            }
        }
        f[m + 4] = Math.min(repeated, 10) / 10.0;
        f[m + 5] = repeated > 0 ? 1 : 0;
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
