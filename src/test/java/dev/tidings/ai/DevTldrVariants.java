package dev.tidings.ai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Variants of the TL;DR chooser that session 4 measured with {@link DevTldrTune} and rejected (the
 * figures are in docs/benchmarks.md), kept so the measurements can be repeated. Each is off unless
 * its system property is set: {@code cut} (extra deletion rules), {@code cross} and {@code crossi}
 * (sentence features crossed with being the first sentence, or with the index), {@code cover} (what
 * the union of the chosen sentences covers), {@code stack} (a logistic sentence scorer fitted on the
 * training fold, as one more feature), {@code bag} (averaging fits on bootstrap samples) and {@code
 * eligiblewindow} (six quote-balanced sentences rather than six sentences).
 */
final class DevTldrVariants {
    static final int BAG = Integer.getInteger("bag", 0);
    private static final int STACK = Integer.getInteger("stack", 0);
    private static final boolean COVER = Boolean.getBoolean("cover");
    private static final boolean ELIGIBLE_WINDOW = Boolean.getBoolean("eligiblewindow");
    private static final boolean CROSS_INDEX = Boolean.getBoolean("crossi");
    private static final int[] CROSS = Arrays.stream(
                    System.getProperty("cross", "").split(","))
            .filter(v -> !v.isBlank())
            .mapToInt(Integer::parseInt)
            .toArray();

    private static final Map<String, Pattern> CUTS = Map.of(
            "emerged",
            Pattern.compile(",? it (?:has |had )?(?:emerged|been revealed|was revealed|can be revealed)"
                    + "(?: today| yesterday| last night| this week)?(?=[.!]$)"),
            "moment",
            Pattern.compile("^This is the (?:\\p{Ll}+ ){0,2}moments? (?=\\p{Ll})"),
            "now",
            Pattern.compile(
                    "^Now,? (?!that\\b|is\\b|\\p{Ll}+ing\\b)(?=\\p{Lu}|(?:he|she|they|it|the|a|an|police|officers) )"),
            "when",
            Pattern.compile("^(?:Last (?:week|month|year|night|summer|season)|Earlier (?:this \\p{Ll}+|today)"
                    + "|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Yesterday|Today),? "
                    + "(?=\\p{Lu}|(?:he|she|they|it|the|a|an) )"),
            "age",
            Pattern.compile("(?<=\\p{Lu}\\p{L}{1,20}), \\d{1,3},(?= )"));
    private static final List<String> CUT = Arrays.stream(
                    System.getProperty("cut", "").split(","))
            .filter(v -> !v.isBlank())
            .toList();

    private DevTldrVariants() {}

    /** The sentence with the chosen extra deletion rules applied, none leaving under five words. */
    static String cut(String s) {
        String out = s;
        for (String name : CUT) {
            String t = CUTS.get(name).matcher(out).replaceFirst("").strip();
            if (!t.equals(out) && Words.count(t) >= Compression.MIN_WORDS) {
                out = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            }
        }
        return out;
    }

    /** How many sentences to consider: {@code window}, or enough to hold that many quote-balanced ones. */
    static int window(List<String> sentences, int window) {
        if (!ELIGIBLE_WINDOW) {
            return window;
        }
        int n = 0;
        int ok = 0;
        while (n < sentences.size() && ok < window) {
            if (ReadAlone.balanced(sentences.get(n))) {
                ok++;
            }
            n++;
        }
        return Math.max(window, n);
    }

    record Coverage(List<Set<String>> content, Set<String> top, Set<String> first) {}

    /** The article's ten commonest content words and each window sentence's, or null when off. */
    static Coverage coverage(List<String> all, List<String> window, int n) {
        if (!COVER) {
            return null;
        }
        Words words = new Words();
        Map<String, Integer> df = new HashMap<>();
        for (String s : all) {
            new HashSet<>(words.content(s)).forEach(w -> df.merge(w, 1, Integer::sum));
        }
        Set<String> top = new HashSet<>(df.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .map(Map.Entry::getKey)
                .toList());
        List<Set<String>> content = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            content.add(new HashSet<>(words.content(window.get(i))));
        }
        return new Coverage(content, top, content.getFirst());
    }

    /** The candidate's features with the crossed and coverage features appended, when on. */
    static double[] extend(double[] f, double[][] x, Coverage c, int[] set) {
        double[] out = Arrays.copyOf(f, f.length + CROSS.length + (c == null ? 0 : 2));
        for (int i : set) {
            for (int k = 0; k < CROSS.length; k++) {
                out[f.length + k] += x[i][CROSS[k]] * (CROSS_INDEX ? i / 5.0 : i == 0 ? 1 : 0);
            }
        }
        if (c != null) {
            Set<String> union = new HashSet<>();
            for (int i : set) {
                union.addAll(c.content().get(i));
            }
            int at = f.length + CROSS.length;
            out[at] = c.top().stream().filter(union::contains).count()
                    / (double) Math.max(1, c.top().size());
            out[at + 1] = c.first().isEmpty()
                    ? 0
                    : c.first().stream().filter(union::contains).count()
                            / (double) c.first().size();
        }
        return out;
    }

    /** The logistic sentence scorer fitted on these articles, when stacking is on. */
    static double[] logistic(List<DevTldrTune.Item> items) {
        return STACK == 0
                ? new double[0]
                : DevSummaryTune.fit(items.stream().map(DevTldrTune.Item::doc).toList(), 1);
    }

    /** The items with the set's summed logistic logit (stack=1) or probability (stack=2) appended. */
    static List<DevTldrTune.Item> stacked(List<DevTldrTune.Item> items, double[] logistic) {
        if (STACK == 0) {
            return items;
        }
        List<DevTldrTune.Item> out = new ArrayList<>();
        for (DevTldrTune.Item it : items) {
            double[][] x = it.doc().x();
            double[] z = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < logistic.length; k++) {
                    z[i] += logistic[k] * x[i][k];
                }
                if (STACK == 2) {
                    z[i] = 1 / (1 + Math.exp(-z[i]));
                }
            }
            List<DevTldrTune.Candidate> cs = new ArrayList<>();
            for (DevTldrTune.Candidate c : it.candidates()) {
                double[] f = Arrays.copyOf(c.f(), c.f().length + 1);
                for (int i : c.set()) {
                    f[c.f().length] += z[i];
                }
                cs.add(new DevTldrTune.Candidate(f, c.target(), c.rouge(), c.set()));
            }
            out.add(new DevTldrTune.Item(cs, it.doc()));
        }
        return out;
    }

    /** The mean of the weights fitted on {@link #BAG} bootstrap samples of the articles. */
    static double[] bagged(List<DevTldrTune.Item> items, Function<List<DevTldrTune.Item>, double[]> fit) {
        Random random = new Random(items.size() * 31L + 7);
        double[] sum = null;
        for (int b = 0; b < BAG; b++) {
            List<DevTldrTune.Item> sample = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                sample.add(items.get(random.nextInt(items.size())));
            }
            double[] w = fit.apply(sample);
            if (sum == null) {
                sum = new double[w.length];
            }
            for (int k = 0; k < w.length; k++) {
                sum[k] += w[k] / BAG;
            }
        }
        return sum;
    }
}
