package dev.tidings.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores against editors' labels. BCubed: per article, precision is the share of its predicted
 * story that editors put with it, recall the share of its labelled story that we put with it;
 * both averaged over articles. Ranking: P@k and nDCG@k of a related list with relevance = same
 * labelled story, averaged over the articles that have at least one relevant article.
 */
public final class ClusterScores {
    private ClusterScores() {}

    public record BCubed(double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** Both maps go from article id to cluster label; articles missing from {@code predicted} count as alone. */
    public static BCubed bcubed(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Map<String, Integer>> overlap = new HashMap<>();
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        for (var e : gold.entrySet()) {
            String p = predicted.getOrDefault(e.getKey(), "\u0000" + e.getKey());
            predictedSize.merge(p, 1, Integer::sum);
            goldSize.merge(e.getValue(), 1, Integer::sum);
            overlap.computeIfAbsent(p, k -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (var e : gold.entrySet()) {
            String p = predicted.getOrDefault(e.getKey(), "\u0000" + e.getKey());
            int both = overlap.get(p).get(e.getValue());
            precision += (double) both / predictedSize.get(p);
            recall += (double) both / goldSize.get(e.getValue());
        }
        int n = Math.max(gold.size(), 1);
        return new BCubed(precision / n, recall / n);
    }

    public record Ranking(double precisionAt5, double ndcgAt10, int queries) {}

    /** {@code related} maps each article id to its related ids, best first. */
    public static Ranking ranking(Map<String, List<String>> related, Map<String, String> gold) {
        Map<String, Integer> goldSize = new HashMap<>();
        gold.values().forEach(c -> goldSize.merge(c, 1, Integer::sum));
        double p5 = 0;
        double ndcg = 0;
        int queries = 0;
        for (var e : gold.entrySet()) {
            int relevantTotal = goldSize.get(e.getValue()) - 1;
            if (relevantTotal <= 0) {
                continue;
            }
            queries++;
            List<String> list = related.getOrDefault(e.getKey(), List.of());
            int hits5 = 0;
            double dcg = 0;
            for (int i = 0; i < Math.min(10, list.size()); i++) {
                if (e.getValue().equals(gold.get(list.get(i))) && !list.get(i).equals(e.getKey())) {
                    dcg += 1 / log2(i + 2);
                    if (i < 5) {
                        hits5++;
                    }
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(10, relevantTotal); i++) {
                ideal += 1 / log2(i + 2);
            }
            p5 += hits5 / 5.0;
            ndcg += dcg / ideal;
        }
        return queries == 0 ? new Ranking(0, 0, 0) : new Ranking(p5 / queries, ndcg / queries, queries);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
