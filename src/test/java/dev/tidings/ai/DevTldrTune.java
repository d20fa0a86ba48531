package dev.tidings.ai;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Development harness (not a test): fits {@link TldrChooser}'s weights on the ROUGE of every
 * candidate TL;DR and reports ROUGE under repeated 5-fold cross-validation next to Lead-3. The fit
 * is listwise by default (the softmax of the candidates' scores pulled towards a softmax of their
 * ROUGE at temperature {@code listwise}, default 5 ROUGE points, by Newton's method); {@code
 * -Dlistwise=0} fits the earlier ridge regression of within-article centred ROUGE instead.
 * Arguments: FILE LAMBDA REPEATS; system
 * properties {@code window} (sentences considered, default {@link TldrChooser#WINDOW}), {@code
 * compress=false} (score the sentences uncompressed), {@code mix} (weights of ROUGE-1,2,Lsum in
 * the target, default 1,1,1) and {@code focus} (weight candidates near the article's best by
 * exp(gap/focus), in ROUGE points), {@code l2} (per-group L2 multiples, below), {@code seed} (of the
 * first shuffle, default 17), {@code drop} (features left out), {@code trainwindow} and {@code
 * dump} (print each article's chosen and best set); {@link DevTldrVariants} holds the other variants
 * session 4 measured and rejected. Run: {@code ./mvnw -q test-compile} then
 * {@code java -cp target/test-classes:target/tidings.jar dev.tidings.ai.DevTldrTune
 * ../shared/datasets/summaries-dev/cnndm-dev.jsonl 3 4}.
 */
final class DevTldrTune {
    private static final int WINDOW = Integer.getInteger("window", TldrChooser.WINDOW);
    /* -Drestates=2 lets every set be a candidate, as before session 8 */
    private static final double RESTATES =
            Double.parseDouble(System.getProperty("restates", Double.toString(TldrChooser.RESTATES)));
    private static final boolean COMPRESS = !"false".equals(System.getProperty("compress"));
    /* -Danswers=false lets a set quote a question's answer without the question, as before session 10 */
    private static final boolean ANSWERS_NEED_QUESTIONS = !"false".equals(System.getProperty("answers"));

    private static final double[] MIX = Arrays.stream(
                    System.getProperty("mix", "1,1,1").split(","))
            .mapToDouble(Double::parseDouble)
            .toArray();

    private static final double LISTWISE = Double.parseDouble(System.getProperty("listwise", "5"));

    private static final double FOCUS = Double.parseDouble(System.getProperty("focus", "0"));

    /*
     * The L2 penalty of each group of weights, as multiples of LAMBDA: the sentences' number and
     * position (well determined), their other features (30 noisy ones), the set's own features (8,
     * each seen in every candidate). Session 4 measured these against one LAMBDA for all
     * (-Dl2=1,1,1; docs/benchmarks.md).
     */
    private static final double[] L2 = Arrays.stream(
                    System.getProperty("l2", "0.9,3,0.3").split(","))
            .mapToDouble(Double::parseDouble)
            .toArray();

    /* Fitting on a wider window than the one chosen from (session 4, rejected). */
    private static final int TRAIN_WINDOW = Integer.getInteger("trainwindow", WINDOW);

    /* Features left out (zeroed), by index: for measuring what one adds. */
    private static final java.util.Set<Integer> DROP = Arrays.stream(
                    System.getProperty("drop", "").split(","))
            .filter(v -> !v.isBlank())
            .map(Integer::valueOf)
            .collect(java.util.stream.Collectors.toSet());

    record Candidate(double[] f, double target, double[] rouge, int[] set) {}

    record Item(List<Candidate> candidates, DevSummaryTune.Doc doc) {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/datasets/summaries-dev/cnndm-dev.jsonl");
        double lambda = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        List<DevSummaryTune.Doc> docs = new DevSummaryTune().load(file);
        Rouge rouge = new Rouge();
        List<Item> items = new ArrayList<>();
        List<Item> trainItems = new ArrayList<>();
        double[] lead = new double[3];
        List<double[]> leadByArticle = new ArrayList<>();
        for (DevSummaryTune.Doc d : docs) {
            List<String> sentences = COMPRESS
                    ? d.sentences().stream()
                            .map(Compression::compress)
                            .map(DevTldrVariants::cut)
                            .toList()
                    : d.sentences();
            Item it = candidates(d, sentences, rouge, WINDOW);
            items.add(it);
            trainItems.add(TRAIN_WINDOW == WINDOW ? it : candidates(d, sentences, rouge, TRAIN_WINDOW));
            add(lead, rouge.score(d.reference(), d.lead3()), docs.size());
            double[] one = new double[3];
            add(one, rouge.score(d.reference(), d.lead3()), 1);
            leadByArticle.add(one);
        }
        double[] full = DevTldrVariants.logistic(trainItems);
        double[] w = fit(DevTldrVariants.stacked(trainItems, full), lambda);
        List<Item> devItems = DevTldrVariants.stacked(items, full);
        if (System.getProperty("dump") != null) {
            for (int a = 0; a < docs.size(); a++) {
                DevSummaryTune.Doc d = docs.get(a);
                Candidate best = null;
                Candidate top = null;
                for (Candidate c : devItems.get(a).candidates) {
                    if (best == null || TldrChooser.dot(w, c.f) > TldrChooser.dot(w, best.f)) {
                        best = c;
                    }
                    if (top == null || c.target > top.target) {
                        top = c;
                    }
                }
                System.out.println("=== REF: " + d.reference().replace("\n", " | "));
                System.out.printf(
                        "chosen %s %.1f oracle %s %.1f%n",
                        Arrays.toString(best.set), 100 * best.target, Arrays.toString(top.set), 100 * top.target);
                for (int i = 0; i < Math.min(WINDOW, d.sentences().size()); i++) {
                    System.out.println(
                            i + " " + Compression.compress(d.sentences().get(i)));
                }
            }
        }
        double[] cv = new double[3];
        double[][] cvByArticle = new double[items.size()][3];
        for (int r = 0; r < repeats; r++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(Integer.getInteger("seed", 17) + r));
            for (int f = 0; f < 5; f++) {
                List<Item> train = new ArrayList<>();
                List<Item> test = new ArrayList<>();
                for (int k = 0; k < order.size(); k++) {
                    if (k % 5 == f) {
                        test.add(items.get(order.get(k)));
                    } else {
                        train.add(trainItems.get(order.get(k)));
                    }
                }
                double[] lw = DevTldrVariants.logistic(train);
                List<Item> stackedTest = DevTldrVariants.stacked(test, lw);
                double[] fitted = fit(DevTldrVariants.stacked(train, lw), lambda);
                double[] s = evaluate(stackedTest, fitted);
                for (int k = 0; k < 3; k++) {
                    cv[k] += s[k] * test.size() / items.size() / repeats;
                }
                for (int k = 0; k < test.size(); k++) {
                    double[] chosen = chosen(stackedTest.get(k), fitted);
                    for (int m = 0; m < 3; m++) {
                        cvByArticle[order.get(k * 5 + f)][m] += chosen[m] / repeats;
                    }
                }
            }
        }
        System.out.printf(
                "articles %d window %d compress %s lambda %.2f%nfitted-on-dev %s%ncv(5-fold x%d) %s%nlead3 %s%n",
                items.size(), WINDOW, COMPRESS, lambda, fmt(evaluate(devItems, w)), repeats, fmt(cv), fmt(lead));
        margins(cvByArticle, leadByArticle);
        System.out.println("weights "
                + Arrays.toString(Arrays.stream(w)
                        .map(v -> Math.round(v * 100000) / 100000.0)
                        .toArray()));
    }

    /** Every candidate TL;DR of the article with its features and ROUGE (the mean of the three F1s). */
    static Item candidates(DevSummaryTune.Doc d, List<String> sentences, Rouge rouge, int window) {
        int n = Math.min(DevTldrVariants.window(sentences, window), sentences.size());
        TldrChooser.Head head = TldrChooser.head(sentences, n);
        List<Candidate> out = new ArrayList<>();
        DevTldrVariants.Coverage cov = DevTldrVariants.coverage(d.sentences(), sentences, head.size());
        for (int[] s : TldrChooser.subsets(TldrChooser.eligible(sentences, head.size()))) {
            if (TldrChooser.restates(head, s, RESTATES)
                    || ANSWERS_NEED_QUESTIONS && TldrChooser.answersAnAbsentQuestion(head, s)) {
                continue;
            }
            TreeSet<Integer> set = new TreeSet<>();
            Arrays.stream(s).forEach(set::add);
            Rouge.Scores r = rouge.score(d.reference(), DevSummaryTune.text(sentences, set));
            double[] f1 = {r.rouge1().f1(), r.rouge2().f1(), r.rougeLsum().f1()};
            double target = (MIX[0] * f1[0] + MIX[1] * f1[1] + MIX[2] * f1[2]) / (MIX[0] + MIX[1] + MIX[2]);
            double[] f = DevTldrVariants.extend(TldrChooser.features(d.x(), head, s), d.x(), cov, s);
            DROP.forEach(k -> f[k] = 0);
            out.add(new Candidate(f, target, f1, s));
        }
        return new Item(out, d);
    }

    /**
     * The cross-validated margin over Lead-3 with a 95% interval from a paired bootstrap over
     * articles (10,000 resamples, seeded): how far the margin on 191 articles can be trusted.
     */
    static void margins(double[][] cvByArticle, List<double[]> leadByArticle) {
        int n = cvByArticle.length;
        double[][] diff = new double[n][3];
        for (int a = 0; a < n; a++) {
            for (int m = 0; m < 3; m++) {
                diff[a][m] = cvByArticle[a][m] - leadByArticle.get(a)[m];
            }
        }
        Random random = new Random(5);
        int resamples = 10_000;
        double[][] means = new double[3][resamples];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                double[] d = diff[random.nextInt(n)];
                for (int m = 0; m < 3; m++) {
                    means[m][b] += d[m] / n;
                }
            }
        }
        String[] names = {"rouge1", "rouge2", "rougeLsum"};
        for (int m = 0; m < 3; m++) {
            double mean = 0;
            for (double[] d : diff) {
                mean += d[m] / n;
            }
            Arrays.sort(means[m]);
            System.out.printf(
                    "margin over lead3 %s %+.2f (95%% bootstrap interval %+.2f to %+.2f)%n",
                    names[m], mean, means[m][resamples / 40], means[m][resamples - resamples / 40 - 1]);
        }
    }

    /** The ROUGE (percent) of the candidate the weights rank first. */
    static double[] chosen(Item it, double[] w) {
        Candidate best = null;
        double score = Double.NEGATIVE_INFINITY;
        for (Candidate c : it.candidates) {
            double v = TldrChooser.dot(w, c.f);
            if (v > score) {
                score = v;
                best = c;
            }
        }
        return new double[] {100 * best.rouge[0], 100 * best.rouge[1], 100 * best.rouge[2]};
    }

    static double[] evaluate(List<Item> items, double[] w) {
        double[] sum = new double[3];
        for (Item it : items) {
            double[] r = chosen(it, w);
            for (int k = 0; k < 3; k++) {
                sum[k] += r[k] / items.size();
            }
        }
        return sum;
    }

    /** Ridge regression of within-article centred targets (in percent) on within-article centred features. */
    static double[] fit(List<Item> items, double lambda) {
        if (DevTldrVariants.BAG > 0) {
            return DevTldrVariants.bagged(items, sample -> once(sample, lambda));
        }
        return once(items, lambda);
    }

    static double[] once(List<Item> items, double lambda) {
        if (LISTWISE > 0) {
            return listwise(items, lambda, LISTWISE);
        }
        int m = items.getFirst().candidates.getFirst().f.length;
        double[][] a = new double[m][m];
        double[] b = new double[m];
        for (Item it : items) {
            int n = it.candidates.size();
            double[] meanF = new double[m];
            double meanT = 0;
            for (Candidate c : it.candidates) {
                for (int k = 0; k < m; k++) {
                    meanF[k] += c.f[k] / n;
                }
                meanT += c.target / n;
            }
            double[] x = new double[m];
            double top =
                    it.candidates.stream().mapToDouble(Candidate::target).max().orElse(0);
            for (Candidate c : it.candidates) {
                double weight = FOCUS > 0 ? Math.exp(100 * (c.target - top) / FOCUS) : 1;
                for (int k = 0; k < m; k++) {
                    x[k] = c.f[k] - meanF[k];
                }
                double y = 100 * (c.target - meanT);
                for (int i = 0; i < m; i++) {
                    b[i] += weight * x[i] * y;
                    for (int j = 0; j < m; j++) {
                        a[i][j] += weight * x[i] * x[j];
                    }
                }
            }
        }
        for (int i = 0; i < m; i++) {
            a[i][i] += lambda;
        }
        return solve(a, b);
    }

    /**
     * Listwise fit: the softmax of the candidates' scores is pulled towards a softmax of their
     * ROUGE (temperature {@code t} ROUGE points) by Newton's method on the L2-penalised cross-entropy.
     */
    static double[] listwise(List<Item> items, double lambda, double t) {
        int m = items.getFirst().candidates.getFirst().f.length;
        double[] w = new double[m];
        double last = Double.POSITIVE_INFINITY;
        for (int iter = 0; iter < 30; iter++) {
            double[] g = new double[m];
            double[][] h = new double[m][m];
            double loss = 0;
            for (Item it : items) {
                int n = it.candidates.size();
                double[] z = new double[n];
                double[] pt = new double[n];
                double zmax = Double.NEGATIVE_INFINITY;
                double top = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < n; c++) {
                    z[c] = TldrChooser.dot(w, it.candidates.get(c).f);
                    zmax = Math.max(zmax, z[c]);
                    top = Math.max(top, it.candidates.get(c).target);
                }
                double zs = 0;
                double ts = 0;
                for (int c = 0; c < n; c++) {
                    z[c] = Math.exp(z[c] - zmax);
                    zs += z[c];
                    pt[c] = Math.exp(100 * (it.candidates.get(c).target - top) / t);
                    ts += pt[c];
                }
                double[] mean = new double[m];
                for (int c = 0; c < n; c++) {
                    double pm = z[c] / zs;
                    pt[c] /= ts;
                    loss -= pt[c] * Math.log(Math.max(pm, 1e-300));
                    double[] f = it.candidates.get(c).f;
                    for (int i = 0; i < m; i++) {
                        g[i] += (pm - pt[c]) * f[i];
                        mean[i] += pm * f[i];
                        for (int j = 0; j < m; j++) {
                            h[i][j] += pm * f[i] * f[j];
                        }
                    }
                }
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        h[i][j] -= mean[i] * mean[j];
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                double l = lambda * L2[group(i)];
                loss += l / 2 * w[i] * w[i];
                g[i] += l * w[i];
                h[i][i] += l;
            }
            double[] step = solve(h, g);
            double size = 0;
            for (int i = 0; i < m; i++) {
                w[i] -= step[i];
                size += step[i] * step[i];
            }
            if (Math.abs(last - loss) < 1e-6 * Math.abs(loss) || size < 1e-10) {
                break;
            }
            last = loss;
        }
        return w;
    }

    /**
     * 0 for the summed bias (the number of sentences) and position features (one-hot and relative), 1
     * for the other sentence features, 2 for the set's own.
     */
    static int group(int feature) {
        if (feature >= SentenceScorer.FEATURES + TldrChooser.EXTRA) {
            return Integer.getInteger("extragroup", 2);
        }
        if (feature >= SentenceScorer.FEATURES) {
            return 2;
        }
        return feature <= 8 || feature == 22 ? 0 : 1;
    }

    /** Gaussian elimination with partial pivoting; a direction with no data gets weight 0. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int p = 0; p < n; p++) {
            int max = p;
            for (int i = p + 1; i < n; i++) {
                if (Math.abs(a[i][p]) > Math.abs(a[max][p])) {
                    max = i;
                }
            }
            double[] row = a[p];
            a[p] = a[max];
            a[max] = row;
            double tb = b[p];
            b[p] = b[max];
            b[max] = tb;
            if (Math.abs(a[p][p]) < 1e-12) {
                continue;
            }
            for (int i = p + 1; i < n; i++) {
                double f = a[i][p] / a[p][p];
                b[i] -= f * b[p];
                for (int j = p; j < n; j++) {
                    a[i][j] -= f * a[p][j];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = 0;
            for (int j = i + 1; j < n; j++) {
                s += a[i][j] * x[j];
            }
            x[i] = Math.abs(a[i][i]) < 1e-12 ? 0 : (b[i] - s) / a[i][i];
        }
        return x;
    }

    private static void add(double[] sum, Rouge.Scores s, int n) {
        sum[0] += 100 * s.rouge1().f1() / n;
        sum[1] += 100 * s.rouge2().f1() / n;
        sum[2] += 100 * s.rougeLsum().f1() / n;
    }

    private static String fmt(double[] s) {
        return String.format("%.2f / %.2f / %.2f", s[0], s[1], s[2]);
    }
}
