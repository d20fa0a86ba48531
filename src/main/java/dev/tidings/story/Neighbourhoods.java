package dev.tidings.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How crowded each article's neighbourhood is: its {@value #NEAREST} highest blended similarities to
 * other articles, kept current as articles arrive (a newcomer enters the lists of the neighbours it
 * finds), and their mean, the article's <em>hubness</em>.
 *
 * <p>Some articles are close to everything (round-ups, opinion on a running topic) and would crowd
 * every related list. Ranking another story's article by its similarity minus half its hubness
 * (cross-domain similarity local scaling, Conneau et al. 2018) corrects for that; the same lists
 * are kept in the database for the article page (table {@code article_neighbours}).
 */
final class Neighbourhoods {
    /** How many nearest similarities make an article's hubness. */
    static final int NEAREST = 10;

    private final Map<String, double[]> nearest = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();

    /** Records that {@code a} and {@code b} are neighbours at {@code similarity}, in both lists. */
    void link(String a, String b, double similarity) {
        offer(a, similarity);
        offer(b, similarity);
    }

    private void offer(String id, double similarity) {
        double[] top = nearest.computeIfAbsent(id, k -> new double[NEAREST]);
        int n = sizes.getOrDefault(id, 0);
        if (n < NEAREST) {
            top[n] = similarity;
            sizes.put(id, n + 1);
            Arrays.sort(top, 0, n + 1);
        } else if (similarity > top[0]) {
            top[0] = similarity;
            Arrays.sort(top);
        }
    }

    /** The mean of the article's nearest similarities; 0 for an article with no neighbour yet. */
    double hubness(String id) {
        int n = sizes.getOrDefault(id, 0);
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        double[] top = nearest.get(id);
        for (int i = 0; i < n; i++) {
            sum += top[i];
        }
        return sum / n;
    }
}
