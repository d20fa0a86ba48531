package dev.tidings.story;

import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.Vectors;
import dev.tidings.search.IndexedArticle;
import dev.tidings.search.SearchIndex;
import dev.tidings.search.VectorHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Latency of the related-articles lookup with many generated articles indexed: the nearest-neighbour
 * query in the node's Lucene index (HNSW, ±7-day filter, 40 neighbours) plus ranking the candidates
 * with the same story's members, as {@link RelatedArticles} does minus its database reads. Articles
 * are random story centres plus noise, spread over 90 days. Run: {@code ./mvnw -q test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.tidings.story.RelatedBenchmark
 * [-Dexec.args=ARTICLES]}.
 */
public final class RelatedBenchmark {
    private static final int PER_STORY = 8;
    private static final int QUERIES = 2_000;

    private RelatedBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SplittableRandom random = new SplittableRandom(42);
        Instant start = Instant.parse("2026-08-01T00:00:00Z");
        int storyCount = n / PER_STORY;
        float[][] centres = new float[storyCount][];
        for (int s = 0; s < storyCount; s++) {
            centres[s] = noise(random, new float[Embedder.DIMENSIONS], 1f);
        }
        float[][] vectors = new float[n][];
        Instant[] published = new Instant[n];
        Path dir = Files.createTempDirectory("tidings-related-bench");
        long t0 = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(dir)) {
            for (int i = 0; i < n; i++) {
                int story = i / PER_STORY;
                vectors[i] = noise(random, centres[story].clone(), 0.06f);
                published[i] = start.plus(Duration.ofMinutes(story * 90L * 24 * 60 / storyCount + random.nextInt(600)));
                index.upsert(new IndexedArticle("a" + i, published[i], i % 50, story + 1, vectors[i]));
            }
            index.commit();
            index.refresh();
            System.out.printf("indexed %d articles in %.1f s%n", index.count(), (System.nanoTime() - t0) / 1e9);
            long[] nanos = new long[QUERIES];
            for (int round = 0; round < 2; round++) {
                for (int q = 0; q < QUERIES; q++) {
                    int i = random.nextInt(n);
                    long q0 = System.nanoTime();
                    lookup(index, i, vectors, published);
                    nanos[q] = System.nanoTime() - q0;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "related lookup over %d articles, %d queries (after %d warm-up): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    n,
                    QUERIES,
                    QUERIES,
                    nanos[QUERIES / 2] / 1e6,
                    nanos[QUERIES * 99 / 100] / 1e6,
                    nanos[QUERIES - 1] / 1e6);
        }
        System.exit(0);
    }

    private static List<String> lookup(SearchIndex index, int i, float[][] vectors, Instant[] published) {
        int story = i / PER_STORY;
        List<RelatedRanker.Candidate> candidates = new ArrayList<>();
        for (int m = story * PER_STORY; m < Math.min(vectors.length, (story + 1) * PER_STORY); m++) {
            candidates.add(new RelatedRanker.Candidate(
                    "a" + m,
                    Integer.toString(story + 1),
                    Integer.toString(m % 50),
                    Vectors.dot(vectors[i], vectors[m])));
        }
        Duration window = Duration.ofDays(7);
        for (VectorHit hit : index.nearest(vectors[i], 40, published[i].minus(window), published[i].plus(window))) {
            candidates.add(new RelatedRanker.Candidate(
                    hit.articleId(), Long.toString(hit.storyId()), Long.toString(hit.sourceId()), hit.similarity()));
        }
        return RelatedRanker.rank("a" + i, Integer.toString(story + 1), Integer.toString(i % 50), candidates, 8);
    }

    private static float[] noise(SplittableRandom random, float[] v, float scale) {
        for (int d = 0; d < v.length; d++) {
            v[d] += (float) (random.nextGaussian() * scale);
        }
        return Vectors.normalize(v);
    }
}
