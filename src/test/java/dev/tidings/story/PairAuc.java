package dev.tidings.story;

import dev.tidings.nlp.Vectors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Pairwise check of a similarity before an online sweep: the AUC of "same labelled story or not"
 * over the pairs the clusterer actually has to decide (each article with its nearest articles in
 * meaning), for the embedding cosine, the IDF-weighted word cosine and the matcher's blend. A feature
 * that does not separate these pairs better on every stream rarely survives the online replay, whose
 * early decisions re-route later ones. Uses the {@link ClusterHarness} cache. Not a test:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.tidings.story.PairAuc -Dexec.args="../shared/datasets/stories-dev /tmp/cache 20"
 * </pre>
 */
final class PairAuc {
    private PairAuc() {}

    /** One candidate pair: whether it is one story, and its scores. */
    private record Pair(boolean same, double embedding, double words) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets/stories-dev");
        Path cache = Path.of(args.length > 1 ? args[1] : "/tmp/cquality-cache");
        int neighbours = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        double weight = StoryMatcher.Params.DEFAULT.embeddingWeight();
        for (ClusterHarness.Labelled s : ClusterHarness.load(data, cache)) {
            List<Pair> pairs = candidates(s, neighbours);
            long same = pairs.stream().filter(Pair::same).count();
            System.out.printf(
                    Locale.ROOT,
                    "%-24s pairs %6d (%5d same)  AUC embedding %.4f  words %.4f  blend %.4f%n",
                    s.name(),
                    pairs.size(),
                    same,
                    auc(pairs, Pair::embedding),
                    auc(pairs, Pair::words),
                    auc(pairs, p -> weight * p.embedding() + (1 - weight) * p.words()));
        }
    }

    /** Each article with its {@code k} nearest others by embedding cosine (words weighed by the whole stream). */
    static List<Pair> candidates(ClusterHarness.Labelled s, int k) {
        List<StoryFeatures> fs = s.features();
        DocumentFrequencies df = new DocumentFrequencies();
        fs.forEach(f -> df.add(f.terms()));
        StoryMatcher words = new StoryMatcher(StoryMatcher.Params.DEFAULT, df);
        int n = fs.size();
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] cos = new double[n];
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                cos[j] = j == i
                        ? Double.NEGATIVE_INFINITY
                        : Vectors.dot(fs.get(i).embedding(), fs.get(j).embedding());
                order[j] = j;
            }
            Arrays.sort(order, (x, y) -> Double.compare(cos[y], cos[x]));
            for (int r = 0; r < Math.min(k, n - 1); r++) {
                int j = order[r];
                boolean same =
                        s.articles().get(i).cluster().equals(s.articles().get(j).cluster());
                // the blend with embedding cosine 0 leaves (1 - weight) × the word cosine
                double lex = words.similarity(0, fs.get(i).terms(), fs.get(j).terms())
                        / (1 - StoryMatcher.Params.DEFAULT.embeddingWeight());
                out.add(new Pair(same, cos[j], lex));
            }
        }
        return out;
    }

    /** The chance that a same-story pair scores above a different-story pair (ties count half). */
    static double auc(List<Pair> pairs, ToDoubleFunction<Pair> score) {
        double[][] s = pairs.stream()
                .map(p -> new double[] {score.applyAsDouble(p), p.same() ? 1 : 0})
                .toArray(double[][]::new);
        Arrays.sort(s, (x, y) -> Double.compare(x[0], y[0]));
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < s.length; ) {
            int j = i;
            while (j < s.length && s[j][0] == s[i][0]) {
                j++;
            }
            double rank = (i + j + 1) / 2.0;
            for (int t = i; t < j; t++) {
                if (s[t][1] == 1) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = s.length - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
