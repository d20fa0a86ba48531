package dev.tidings.ai;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How likely each sentence of an article belongs in its summary: a logistic model over features
 * that matter in news writing (position, length, quotation, proper nouns and numbers, how much of
 * the article's recurring vocabulary it carries). The weights were chosen by cross-validation on
 * 191 CNN/DailyMail development articles; see docs/benchmarks.md.
 */
final class SentenceScorer {
    static final int FEATURES = 30;
    /* Fitted by DevSummaryTune (L2 lambda 1, chosen by repeated 5-fold cross-validation). */
    private static final double[] WEIGHTS = {
        -0.721, // bias
        0.289,
        0.702,
        0.26,
        -0.174,
        0.105,
        -0.222,
        -0.456, // position 0..6
        -1.127, // position 7 or later
        -0.447, // log(1 + words)
        -0.547, // fewer than 8 words
        0.026, // more than 45 words
        -0.338, // opens with a quotation mark
        -0.036, // attributes speech ("said", "says", "told")
        -0.104, // mean log document frequency of its words
        1.11, // share of the article's ten most frequent words it contains
        0.01, // similarity to the first sentence
        0.387, // contains a number
        0.3, // share of capitalised words
        -0.456, // a question
        0.529, // carries a photo marker such as "(pictured)"
        0.06, // opens with a pronoun or conjunction
        -0.674, // relative position in the article
        -0.152, // headed like a caption ("Label: ...")
        -0.038, // more than 70 words (a run-on the splitter could not cut)
        -0.846, // share of its words inside quotation marks
        1.341, // cosine similarity to the whole article's word counts
        0.0, // opens with a lower-case letter (a fragment)
        1.057, // share of its content words found in the captions and dropped lines
        -0.13 // the article has captions or dropped lines
    };
    private static final Pattern PRONOUN = Pattern.compile("^(He|She|They|It|His|Her|This|These|Those|But|And)\\b");
    private static final Pattern PHOTO =
            Pattern.compile("(?i)\\((pictured|left|right|centre|center|above|below)|file photo");

    private final Words words = new Words();

    /** The probability, for each sentence, that it belongs in the summary. */
    double[] score(List<String> sentences, String asides) {
        return probabilities(features(sentences, asides));
    }

    static double[] probabilities(double[][] x) {
        return probabilities(x, WEIGHTS);
    }

    static double[] probabilities(double[][] x, double[] w) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double z = 0;
            for (int k = 0; k < w.length; k++) {
                z += w[k] * x[i][k];
            }
            p[i] = 1 / (1 + Math.exp(-z));
        }
        return p;
    }

    /** One feature row per sentence. */
    double[][] features(List<String> sentences, String asides) {
        int n = sentences.size();
        Set<String> aside = new HashSet<>(words.content(asides));
        List<List<String>> tokens = sentences.stream().map(words::content).toList();
        List<Set<String>> content =
                tokens.stream().map(t -> (Set<String>) new HashSet<>(t)).toList();
        Map<String, Integer> df = new HashMap<>();
        content.forEach(set -> set.forEach(w -> df.merge(w, 1, Integer::sum)));
        List<String> top = df.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .map(Map.Entry::getKey)
                .toList();
        Set<String> first = n > 0 ? content.getFirst() : Set.of();
        Map<String, Integer> tf = new HashMap<>();
        tokens.forEach(t -> t.forEach(w -> tf.merge(w, 1, Integer::sum)));
        double docNorm =
                Math.sqrt(tf.values().stream().mapToDouble(v -> v * (double) v).sum());
        double[][] x = new double[n][FEATURES];
        for (int i = 0; i < n; i++) {
            features(sentences.get(i), i, n, content.get(i), df, top, first, x[i]);
            x[i][26] = cosine(tokens.get(i), tf, docNorm);
            Set<String> own = content.get(i);
            if (!aside.isEmpty() && !own.isEmpty()) {
                x[i][28] = own.stream().filter(aside::contains).count() / (double) own.size();
                x[i][29] = 1;
            }
        }
        return x;
    }

    private static void features(
            String s,
            int i,
            int n,
            Set<String> set,
            Map<String, Integer> df,
            List<String> top,
            Set<String> first,
            double[] f) {
        int len = Words.count(s);
        String lower = s.toLowerCase(Locale.ROOT);
        f[0] = 1;
        f[i < 7 ? 1 + i : 8] = 1;
        f[9] = Math.log(1 + len);
        f[10] = len < 8 ? 1 : 0;
        f[11] = len > 45 ? 1 : 0;
        char c = s.charAt(0);
        f[12] = c == '\'' || c == '"' || c == '‘' || c == '“' ? 1 : 0;
        f[13] = lower.contains(" said") || lower.contains(" says") || lower.contains(" told") ? 1 : 0;
        double centrality = 0;
        for (String w : set) {
            centrality += Math.log(df.get(w));
        }
        f[14] = set.isEmpty() ? 0 : centrality / set.size();
        f[15] = top.stream().filter(set::contains).count() / 10.0;
        if (i > 0 && !set.isEmpty() && !first.isEmpty()) {
            long shared = set.stream().filter(first::contains).count();
            f[16] = shared / Math.sqrt(set.size() * (double) first.size());
        }
        f[17] = s.chars().anyMatch(Character::isDigit) ? 1 : 0;
        f[18] = capitalised(s);
        f[19] = s.endsWith("?") || s.endsWith("?'") || s.endsWith("?\"") ? 1 : 0;
        f[20] = PHOTO.matcher(s).find() ? 1 : 0;
        f[21] = PRONOUN.matcher(s).find() ? 1 : 0;
        f[22] = n > 1 ? i / (double) (n - 1) : 0;
        f[23] = CleanText.labelled(s) ? 1 : 0;
        f[24] = len > 70 ? 1 : 0;
        f[25] = quoted(s, len);
        f[27] = Character.isLowerCase(c) ? 1 : 0;
    }

    private static double cosine(List<String> sentence, Map<String, Integer> tf, double docNorm) {
        if (sentence.isEmpty() || docNorm == 0) {
            return 0;
        }
        Map<String, Integer> own = new HashMap<>();
        sentence.forEach(w -> own.merge(w, 1, Integer::sum));
        double dot = 0;
        double norm = 0;
        for (var e : own.entrySet()) {
            dot += e.getValue() * (double) tf.get(e.getKey());
            norm += e.getValue() * (double) e.getValue();
        }
        return dot / (Math.sqrt(norm) * docNorm);
    }

    /** The share of a sentence's words between quotation marks (double or typographic single). */
    private static double quoted(String s, int len) {
        int inside = 0;
        boolean open = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mark = c == '"'
                    || c == '“'
                    || c == '”'
                    || c == '‘'
                    || c == '’' && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)));
            if (c == '\'' && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
                mark = true;
            }
            if (mark) {
                if (open) {
                    inside += Words.count(s.substring(start, i));
                }
                open = !open;
                start = i + 1;
            }
        }
        return len == 0 ? 0 : Math.min(1, inside / (double) len);
    }

    private static double capitalised(String s) {
        int caps = 0;
        int tokens = 0;
        for (String t : s.split("\\s+")) {
            if (!t.isEmpty()) {
                tokens++;
                if (Character.isUpperCase(t.charAt(0))) {
                    caps++;
                }
            }
        }
        return tokens == 0 ? 0 : caps / (double) tokens;
    }
}
