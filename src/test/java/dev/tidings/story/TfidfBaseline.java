package dev.tidings.story;

import dev.tidings.nlp.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The yardstick the stories issue quotes for its held-out stream (BCubed 0.805, P@5 0.426, nDCG@10
 * 0.876 there): online TF-IDF centroid clustering with a three-day window, run on the development
 * streams so that Tidings' own figures can be read against it. Each arriving article is weighed by
 * the document frequencies seen so far (itself included), joins the story whose centroid (the sum of
 * its members' unit vectors) is most similar if that cosine reaches the threshold and the story's
 * last article is at most three days older (undated articles match any story), else starts one.
 * Related lists: the article's own story first, then everything else, each by TF-IDF cosine under
 * the final frequencies. The threshold is swept and every value printed, so the baseline is shown at
 * its best on each stream (a kinder comparison than it would get on held-out data). Not a test:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.tidings.story.TfidfBaseline -Dexec.args="../shared/datasets/stories-dev /tmp/cache"
 * </pre>
 *
 * A third argument {@code dated:SPAN_DAYS:SPREAD_HOURS:SEED} runs it on ClusterHarness's simulated
 * dated streams instead, where its three-day window acts.
 */
final class TfidfBaseline {
    private static final Duration WINDOW = Duration.ofDays(3);

    private TfidfBaseline() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets/stories-dev");
        Path cache = Path.of(args.length > 1 ? args[1] : "/tmp/cquality-cache");
        for (ClusterHarness.Labelled s :
                ClusterHarness.simulated(ClusterHarness.load(data, cache), args.length > 2 ? args[2] : "")) {
            List<Map<String, Integer>> counts = new ArrayList<>();
            for (BatchArticle a : s.articles()) {
                counts.add(counts(a));
            }
            for (double threshold = 0.10; threshold < 0.61; threshold += 0.05) {
                Map<String, String> predicted = cluster(s.articles(), counts, threshold);
                Map<String, List<String>> related = related(s.articles(), counts, predicted, 10);
                ClusterHarness.Result r = ClusterHarness.score(s, predicted, related);
                System.out.printf(
                        Locale.ROOT,
                        "%-22s threshold %.2f  BCubed %.4f (P %.3f R %.3f)  P@5 %.4f (ceiling %.4f)  nDCG@10 %.4f%n",
                        s.name(),
                        threshold,
                        r.bcubed().f1(),
                        r.bcubed().precision(),
                        r.bcubed().recall(),
                        r.ranking().precisionAt5(),
                        r.ceiling(),
                        r.ranking().ndcgAt10());
            }
        }
    }

    static Map<String, Integer> counts(BatchArticle a) {
        Map<String, Integer> tf = new HashMap<>();
        for (String part : new String[] {a.title(), a.text()}) {
            for (Words.Word w : Words.of(part)) {
                tf.merge(w.term(), 1, Integer::sum);
            }
        }
        return tf;
    }

    /** A unit TF-IDF vector: (1 + ln tf) × (ln((N + 1) / (df + 1)) + 1). */
    static Map<String, Double> vector(Map<String, Integer> tf, Map<String, Integer> df, int documents) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (var e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue()))
                    * (Math.log((documents + 1.0) / (df.getOrDefault(e.getKey(), 0) + 1.0)) + 1);
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        v.replaceAll((k, w) -> w * scale);
        return v;
    }

    static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return dot(b, a);
        }
        double sum = 0;
        for (var e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(dot(v, v));
    }

    private static final class Cluster {
        final String id;
        final Map<String, Double> centroid = new HashMap<>();
        /** The centroid's length, updated when a member joins rather than at every comparison. */
        double norm;

        Instant last;

        Cluster(String id) {
            this.id = id;
        }
    }

    static Map<String, String> cluster(
            List<BatchArticle> articles, List<Map<String, Integer>> counts, double threshold) {
        Map<String, Integer> df = new HashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            BatchArticle a = articles.get(i);
            counts.get(i).keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            Map<String, Double> v = vector(counts.get(i), df, i + 1);
            Cluster best = null;
            double bestCos = threshold;
            for (Cluster c : clusters) {
                if (a.published() != null
                        && c.last != null
                        && Duration.between(c.last, a.published()).abs().compareTo(WINDOW) > 0) {
                    continue;
                }
                double cos = c.norm == 0 ? 0 : dot(v, c.centroid) / c.norm;
                if (cos >= bestCos) {
                    bestCos = cos;
                    best = c;
                }
            }
            if (best == null) {
                best = new Cluster("b" + clusters.size());
                clusters.add(best);
            }
            Cluster joined = best;
            v.forEach((t, w) -> joined.centroid.merge(t, w, Double::sum));
            joined.norm = norm(joined.centroid);
            if (a.published() != null) {
                joined.last = a.published();
            }
            out.put(a.id(), joined.id);
        }
        return out;
    }

    static Map<String, List<String>> related(
            List<BatchArticle> articles, List<Map<String, Integer>> counts, Map<String, String> story, int k) {
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        List<Map<String, Double>> vs = new ArrayList<>();
        counts.forEach(c -> vs.add(vector(c, df, counts.size())));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            String id = articles.get(i).id();
            List<Integer> order = new ArrayList<>();
            double[] cos = new double[articles.size()];
            for (int j = 0; j < articles.size(); j++) {
                if (j != i) {
                    cos[j] = dot(vs.get(i), vs.get(j));
                    order.add(j);
                }
            }
            String own = story.get(id);
            order.sort(Comparator.<Integer, Boolean>comparing(
                            j -> !own.equals(story.get(articles.get(j).id())))
                    .thenComparing(j -> -cos[j]));
            out.put(id, order.stream().limit(k).map(j -> articles.get(j).id()).toList());
        }
        return out;
    }
}
