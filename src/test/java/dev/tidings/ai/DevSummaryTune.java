package dev.tidings.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Development harness (not a test): fits the sentence scorer's logistic weights (which rank key
 * points and feed the story summary; {@link DevTldrTune} fits the TL;DR chooser) on the
 * CNN/DailyMail development articles, and reports ROUGE of the scorer's own greedy TL;DR under
 * repeated k-fold cross-validation, so a change is judged on articles its weights never saw.
 * Arguments: FILE LAMBDA REPEATS; system properties {@code budget} (a TL;DR word budget), {@code
 * soft} (mix of soft labels) and {@code dump} (print each article's sentences with the oracle's
 * picks) were the experiments in docs/benchmarks.md. Run: {@code ./mvnw -q test-compile} then
 * {@code java -cp target/test-classes:target/tidings.jar dev.tidings.ai.DevSummaryTune
 * ../shared/datasets/summaries-dev/cnndm-dev.jsonl 1 4}.
 */
final class DevSummaryTune {
    record Doc(List<String> sentences, double[][] x, double[] y, String reference, String lead3, String asides) {}

    private final Rouge rouge = new Rouge();
    static int budget = Integer.parseInt(System.getProperty("budget", "1000"));

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/datasets/summaries-dev/cnndm-dev.jsonl");
        double lambda = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        new DevSummaryTune().run(file, lambda, repeats);
    }

    void run(Path file, double lambda, int repeats) throws Exception {
        List<Doc> docs = load(file);
        if (System.getProperty("dump") != null) {
            for (Doc d : docs) {
                System.out.println("=== REF: " + d.reference.replace("\n", " | "));
                for (int i = 0; i < Math.min(d.sentences.size(), 8); i++) {
                    System.out.println((d.y[i] > 0 ? "* " : "  ") + i + " [" + Words.count(d.sentences.get(i)) + "] "
                            + d.sentences.get(i));
                }
            }
            return;
        }
        double[] full = fit(docs, lambda);
        double[] dev = evaluate(docs, full);
        double[] lead = new double[3];
        for (Doc d : docs) {
            add(lead, rouge.score(d.reference, d.lead3));
        }
        double[] clean = new double[3];
        for (Doc d : docs) {
            TreeSet<Integer> t = new TreeSet<>();
            for (int i = 0; i < d.sentences.size() && t.size() < 3; i++) {
                double[] f = d.x[i];
                if (f[12] == 0 && f[19] == 0 && f[10] == 0 && f[23] == 0) {
                    t.add(i);
                }
            }
            add(clean, rouge.score(d.reference, text(d.sentences, t)));
        }
        System.out.println("clean-lead3 " + fmt(scale(clean, docs.size())));
        double[] cv = new double[3];
        for (int r = 0; r < repeats; r++) {
            double[] one = crossValidate(docs, lambda, 5, new Random(17 + r));
            for (int k = 0; k < 3; k++) {
                cv[k] += one[k] / repeats;
            }
        }
        System.out.printf(
                "articles %d lambda %.3f%nfitted-on-dev %s%ncv(5-fold x%d) %s%nlead3 %s%n",
                docs.size(), lambda, fmt(dev), repeats, fmt(cv), fmt(scale(lead, docs.size())));
        System.out.println("weights " + Arrays.toString(round(full)));
    }

    List<Doc> load(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        SentenceScorer scorer = new SentenceScorer();
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            String article = row.path("article").asText();
            String ref = row.path("highlights").asText();
            Summarizer.Clean c = Summarizer.clean(article);
            if (c.sentences().isEmpty()) {
                continue;
            }
            double[][] x = scorer.features(c.raw(), c.asides());
            docs.add(new Doc(
                    c.sentences(),
                    x,
                    oracle(c.sentences(), ref),
                    ref,
                    String.join("\n", Summarizer.lead(article, 3)),
                    c.asides()));
        }
        return docs;
    }

    /** 1 for the sentences a greedy search for the best ROUGE-1 + ROUGE-2 picks, else 0. */
    double[] oracle(List<String> sentences, String ref) {
        double[] y = new double[sentences.size()];
        TreeSet<Integer> chosen = new TreeSet<>();
        double best = 0;
        for (int step = 0; step < 3; step++) {
            int pick = -1;
            for (int i = 0; i < sentences.size(); i++) {
                if (chosen.contains(i)) {
                    continue;
                }
                TreeSet<Integer> t = new TreeSet<>(chosen);
                t.add(i);
                Rouge.Scores s = rouge.score(ref, text(sentences, t));
                double v = s.rouge1().f1() + s.rouge2().f1();
                if (v > best) {
                    best = v;
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            chosen.add(pick);
            y[pick] = 1;
        }
        double soft = Double.parseDouble(System.getProperty("soft", "0"));
        if (soft > 0) {
            double[] own = new double[y.length];
            double max = 1e-9;
            for (int i = 0; i < y.length; i++) {
                Rouge.Scores s = rouge.score(ref, sentences.get(i));
                own[i] = s.rouge1().f1() + s.rouge2().f1();
                max = Math.max(max, own[i]);
            }
            for (int i = 0; i < y.length; i++) {
                y[i] = (1 - soft) * y[i] + soft * own[i] / max;
            }
        }
        return y;
    }

    double[] crossValidate(List<Doc> docs, double lambda, int folds, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        double[] sum = new double[3];
        for (int f = 0; f < folds; f++) {
            List<Doc> train = new ArrayList<>();
            List<Doc> test = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                (k % folds == f ? test : train).add(docs.get(order.get(k)));
            }
            double[] w = fit(train, lambda);
            double[] s = evaluate(test, w);
            for (int k = 0; k < 3; k++) {
                sum[k] += s[k] * test.size();
            }
        }
        return new double[] {sum[0] / docs.size(), sum[1] / docs.size(), sum[2] / docs.size()};
    }

    double[] evaluate(List<Doc> docs, double[] w) {
        double[] sum = new double[3];
        for (Doc d : docs) {
            double[] p = SentenceScorer.probabilities(d.x, w);
            add(sum, rouge.score(d.reference, text(d.sentences, greedy(d.sentences, p, budget))));
        }
        return scale(sum, docs.size()).clone();
    }

    /**
     * The logistic scorer's own TL;DR, as it was chosen before {@link TldrChooser}: the likeliest of
     * the first six sentences, skipping any that repeats a three-word run already taken.
     */
    static TreeSet<Integer> greedy(List<String> sentences, double[] probability, int budget) {
        Integer[] order = new Summarizer.Scored(sentences, probability).byProbability();
        TreeSet<Integer> tldr = new TreeSet<>();
        java.util.Set<String> trigrams = new java.util.HashSet<>();
        int words = 0;
        for (int i : order) {
            if (tldr.size() == 3 || words >= budget) {
                break;
            }
            if (i >= 6) {
                continue;
            }
            java.util.Set<String> t = Summarizer.trigrams(sentences.get(i));
            if (t.stream().noneMatch(trigrams::contains)) {
                tldr.add(i);
                trigrams.addAll(t);
                words += Words.count(sentences.get(i));
            }
        }
        return tldr;
    }

    /** L2-regularised logistic regression by gradient descent (features are on similar scales). */
    static double[] fit(List<Doc> docs, double lambda) {
        int m = docs.getFirst().x[0].length;
        double[] w = new double[m];
        int n = 0;
        for (Doc d : docs) {
            n += d.y.length;
        }
        double rate = 0.5;
        double[] g = new double[m];
        for (int step = 0; step < 1500; step++) {
            Arrays.fill(g, 0);
            for (Doc d : docs) {
                for (int i = 0; i < d.y.length; i++) {
                    double z = 0;
                    double[] xi = d.x[i];
                    for (int k = 0; k < m; k++) {
                        z += w[k] * xi[k];
                    }
                    double err = 1 / (1 + Math.exp(-z)) - d.y[i];
                    for (int k = 0; k < m; k++) {
                        g[k] += err * xi[k];
                    }
                }
            }
            for (int k = 0; k < m; k++) {
                double reg = k == 0 ? 0 : lambda * w[k];
                w[k] -= rate * (g[k] / n + reg / n);
            }
        }
        return w;
    }

    static String text(List<String> sentences, TreeSet<Integer> chosen) {
        return String.join("\n", chosen.stream().map(sentences::get).toList());
    }

    private static void add(double[] sum, Rouge.Scores s) {
        sum[0] += s.rouge1().f1();
        sum[1] += s.rouge2().f1();
        sum[2] += s.rougeLsum().f1();
    }

    private static double[] scale(double[] sum, int n) {
        return new double[] {100 * sum[0] / n, 100 * sum[1] / n, 100 * sum[2] / n};
    }

    private static String fmt(double[] s) {
        return String.format("%.2f / %.2f / %.2f", s[0], s[1], s[2]);
    }

    private static double[] round(double[] w) {
        return Arrays.stream(w).map(v -> Math.round(v * 1000) / 1000.0).toArray();
    }
}
