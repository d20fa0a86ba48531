package dev.tidings.ai;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How likely each sentence of an article belongs in its summary: a logistic model over position,
 * length, quotation, how much of the article's recurring vocabulary it carries and how close it
 * is to the opening sentence. The weights were fitted (L2-regularised logistic regression, 1,500
 * gradient steps) to the sentences that best match the reference highlights of 191 CNN/DailyMail
 * development articles; see docs/benchmarks.md.
 */
final class SentenceScorer {
    private static final double[] WEIGHTS = {
        -0.931, // bias
        0.295,
        0.639,
        0.141,
        0.063,
        -0.139,
        0.063,
        -0.455, // position 0..6
        -1.13, // position 7 or later
        -0.3, // log(1 + words)
        -0.481, // fewer than 8 words
        0.202, // more than 45 words
        -0.435, // opens with a quotation mark
        -0.085, // attributes speech ("said", "says", "told")
        0.104, // mean log document frequency of its words
        1.245, // share of the article's ten most frequent words it contains
        0.201, // similarity to the first sentence
        0.468, // contains a number
        0.265, // share of capitalised words
        -0.354, // a question
        0.144, // carries a photo marker such as "(pictured)"
        0.028, // opens with a pronoun or conjunction
        -0.867 // relative position in the article
    };
    private static final Pattern PRONOUN = Pattern.compile("^(He|She|They|It|His|Her|This|These|Those|But|And)\\b");
    private static final Pattern PHOTO =
            Pattern.compile("(?i)\\((pictured|left|right|centre|center|above|below)|file photo");

    private final Words words = new Words();

    /** The probability, for each sentence, that it belongs in the summary. */
    double[] score(List<String> sentences) {
        int n = sentences.size();
        List<Set<String>> content = sentences.stream()
                .map(s -> (Set<String>) new HashSet<>(words.content(s)))
                .toList();
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
        double[] p = new double[n];
        double[] f = new double[WEIGHTS.length];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(f, 0);
            features(sentences.get(i), i, n, content.get(i), df, top, first, f);
            double z = 0;
            for (int k = 0; k < f.length; k++) {
                z += WEIGHTS[k] * f[k];
            }
            p[i] = 1 / (1 + Math.exp(-z));
        }
        return p;
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
