package dev.tidings.story;

import dev.tidings.article.ArticleCard;
import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.Vectors;
import dev.tidings.search.IndexText;
import dev.tidings.search.IndexedArticle;
import dev.tidings.search.SearchIndex;
import dev.tidings.search.VectorHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Latency of the related-articles lookup with many generated articles stored. Default mode
 * {@code db}: the live path, {@link RelatedArticles#of}, over a real SQLite file (sources, articles,
 * article_vectors, stories, story_articles, article_neighbours as the enricher leaves them) and the node's Lucene index,
 * with document frequencies seeded from the database as at start. Mode {@code index}: the older
 * measurement without database reads (HNSW query plus {@link RelatedRanker} on embedding cosines).
 *
 * <p>Articles: 8 per story (or as many as a third argument says), stories spread over 90 days and grouped in topics (so a story's
 * neighbours include same-topic stories above the related threshold), about 300 sources, each
 * article with a vector and 40–80 weighted words from a Zipfian vocabulary plus its story's own
 * words. Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.tidings.story.RelatedBenchmark [-Dexec.args="ARTICLES [db|index] [PER_STORY] [KEEP_DIR]"]}.
 *
 * <p>With a fourth argument the {@code db} mode leaves its data directory there for {@code tidings
 * serve --data KEEP_DIR} (after {@code tidings reindex --data KEEP_DIR}, which indexes the texts too):
 * the stories then end at the time of the run, every article carries four hashtags (its topic's and
 * three of 5,000 drawn by Zipf's law) and the feed entry it came from (every tenth also another
 * outlet's copy), and the sources are disabled, so the site can be timed at that size ({@code
 * PageLatency}).
 */
public final class RelatedBenchmark {
    /** Members of each story unless told otherwise (a third argument). */
    private static final int DEFAULT_PER_STORY = 8;
    /** Neighbours recorded per article, as the enricher keeps its ten closest. */
    private static final int NEIGHBOURS = 10;

    private static final int QUERIES = 2_000;
    private static final int SOURCES = 300;
    private static final int STORIES_PER_TOPIC = 50;
    private static final int VOCABULARY = 30_000;
    private static final int STORY_WORDS = 10;
    private static final int STORIES_PER_TRANSACTION = 250;
    private static final Instant FIXED_START = Instant.parse("2026-08-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(90);
    private static final int HASHTAGS = 5_000;

    private final int n;
    private final int perStory;
    private final int storyCount;
    private final SplittableRandom random = new SplittableRandom(42);
    private final double[] zipf = cumulativeZipf(VOCABULARY);
    private final double[] tagZipf = cumulativeZipf(HASHTAGS);
    /* Whether the data is kept for the site: times end now, articles are tagged. */
    private final boolean forSite;
    private final Instant start;
    private final float[][] vectors;
    private final Instant[] published;

    private RelatedBenchmark(int n, int perStory, boolean forSite) {
        this.n = n;
        this.forSite = forSite;
        this.start = forSite ? Instant.now().minus(SPAN).minus(Duration.ofHours(10)) : FIXED_START;
        this.perStory = perStory;
        this.storyCount = (n + perStory - 1) / perStory;
        this.vectors = new float[n][];
        this.published = new Instant[n];
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String mode = args.length > 1 ? args[1] : "db";
        int perStory = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_PER_STORY;
        Path keep = args.length > 3 ? Path.of(args[3]) : null;
        var bench = new RelatedBenchmark(n, perStory, keep != null);
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("relbench-related-");
        try {
            switch (mode) {
                case "db" -> bench.database(dir);
                case "index" -> bench.indexOnly(dir);
                default -> throw new IllegalArgumentException("mode must be db or index, was " + mode);
            }
        } finally {
            if (keep != null) {
                System.exit(0);
            }
            // The database and index of 100,000 articles take a few hundred MB of the shared /tmp.
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    /** Vectors and publication times of every article, story by story; topics group stories. */
    private void generateVectors() {
        int topics = Math.max(1, storyCount / STORIES_PER_TOPIC);
        float[][] topicCentres = new float[topics][];
        for (int t = 0; t < topics; t++) {
            topicCentres[t] = noise(new float[Embedder.DIMENSIONS], 1f);
        }
        for (int s = 0; s < storyCount; s++) {
            // Noise of norm ≈ 1 around the topic: stories of one topic have cosine ≈ 0.5.
            float[] centre = noise(topicCentres[s % topics].clone(), 0.051f);
            Instant base = start.plus(Duration.ofMinutes(s * SPAN.toMinutes() / storyCount));
            for (int i = s * perStory; i < Math.min(n, (s + 1) * perStory); i++) {
                vectors[i] = noise(centre.clone(), 0.022f);
                published[i] = base.plus(Duration.ofMinutes(random.nextInt(600)));
            }
        }
    }

    private void database(Path dir) {
        long t0 = System.nanoTime();
        generateVectors();
        try (Database db = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            long[] sources = db.transaction(h -> {
                long[] ids = new long[SOURCES];
                for (int s = 0; s < SOURCES; s++) {
                    ids[s] = h.insert(
                                    "INSERT INTO sources (feed_url, title, slug, created_at, enabled) VALUES (?, ?, ?, ?, ?)",
                                    "https://outlet" + s + ".example/rss",
                                    "Outlet " + s,
                                    "outlet-" + s,
                                    start,
                                    forSite ? 0 : 1)
                            .orElseThrow();
                }
                return ids;
            });
            for (int first = 0; first < storyCount; first += STORIES_PER_TRANSACTION) {
                int from = first;
                db.transaction(h -> {
                    for (int s = from; s < Math.min(storyCount, from + STORIES_PER_TRANSACTION); s++) {
                        insertStory(h, s, sources, index);
                    }
                    return null;
                });
            }
            index.commit();
            index.refresh();
            double populated = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "articles %d (%d stories, %d sources), populated database and index in %.1f s (index holds %d)%n",
                    n, storyCount, SOURCES, populated, index.count());

            var stories = new StoryRepository(db);
            var df = new DocumentFrequencies();
            stories.forEachRecentTerms(20_000, df::add);
            // every lookup worked out, none served again from the lists the page keeps for a minute
            var related = new RelatedArticles(stories, index, df, java.time.Duration.ZERO, System::nanoTime);
            long[] nanos = new long[QUERIES];
            int results = 0;
            int sameStory = 0;
            int sameTopic = 0;
            int topics = Math.max(1, storyCount / STORIES_PER_TOPIC);
            for (int round = 0; round < 2; round++) {
                for (int q = 0; q < QUERIES; q++) {
                    int i = random.nextInt(n);
                    long q0 = System.nanoTime();
                    List<ArticleCard> cards = related.of(id(i), 8);
                    nanos[q] = System.nanoTime() - q0;
                    if (round == 1) {
                        for (ArticleCard c : cards) {
                            int story = Integer.parseInt(c.id().substring(1), 16) / perStory;
                            results++;
                            sameStory += story == i / perStory ? 1 : 0;
                            sameTopic += story % topics == (i / perStory) % topics ? 1 : 0;
                        }
                    }
                }
            }
            report("RelatedArticles.of(id, 8), SQLite + Lucene", nanos);
            System.out.printf(
                    "sanity: %.2f results per lookup; %.1f%% from the article's own story, %.1f%% from its topic"
                            + " (a story has %d members, so at most %d of 8 are its own)%n",
                    results / (double) QUERIES,
                    100.0 * sameStory / Math.max(1, results),
                    100.0 * sameTopic / Math.max(1, results),
                    perStory,
                    perStory - 1);
        }
    }

    /**
     * The feed entries a site keeps beside its articles: the one each article was stored from, and for
     * every tenth article a copy another outlet published (stored once, "also published by").
     */
    private void entries(Handle h, int i, long source, long[] sources) {
        String insert = "INSERT INTO entries (source_id, guid, url, title, state, article_id, seen_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        h.update(insert, source, "g" + i, "https://example.org/a" + i, "Article " + i, "done", id(i), published[i]);
        if (i % 10 == 0) {
            long other = sources[(int) ((source + 1 + i) % SOURCES)];
            if (other != source) {
                h.update(
                        insert,
                        other,
                        "c" + i,
                        "https://copy.example.org/a" + i,
                        "Article " + i,
                        "duplicate",
                        id(i),
                        published[i]);
            }
        }
    }

    /** One story's row, its members' articles, vectors and words, and their index documents. */
    private void insertStory(Handle h, int s, long[] sources, SearchIndex index) {
        int first = s * perStory;
        int last = Math.min(n, first + perStory);
        Instant firstAt = published[first];
        Instant lastAt = published[first];
        for (int i = first; i < last; i++) {
            firstAt = published[i].isBefore(firstAt) ? published[i] : firstAt;
            lastAt = published[i].isAfter(lastAt) ? published[i] : lastAt;
        }
        long storyId = h.insert(
                        "INSERT INTO stories (title, lead_article_id, first_published_at, last_published_at,"
                                + " article_count, outlet_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        "Story " + s,
                        id(first),
                        firstAt,
                        lastAt,
                        last - first,
                        last - first,
                        lastAt,
                        lastAt)
                .orElseThrow();
        for (int i = first; i < last; i++) {
            long source = sources[random.nextInt(SOURCES)];
            String title = "Article " + i + " of story " + s;
            h.update(
                    "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at, lead,"
                            + " body_html, body_text, word_count, content_hash) VALUES (?, ?, ?, ?, 'en', ?, ?, ?, '', ?, 1, ?)",
                    id(i),
                    source,
                    "https://example.org/a" + i,
                    title,
                    published[i],
                    published[i],
                    title,
                    title,
                    "h" + i);
            h.update(
                    "INSERT INTO article_vectors (article_id, model, embedding, terms, created_at) VALUES (?, ?, ?, ?, ?)",
                    id(i),
                    Embedder.MODEL,
                    Vectors.toBytes(vectors[i]),
                    words(s).format(),
                    published[i]);
            StoryRepository.addToStory(h, id(i), storyId, 0.5, published[i]);
            index.add(new IndexedArticle(id(i), published[i], source, storyId, vectors[i]), IndexText.EMPTY);
            if (forSite) {
                tag(h, i, s);
                entries(h, i, source, sources);
            }
        }
        // Each member's neighbourhood, as the enricher records it (its ten closest): here story mates.
        for (int i = first; i < last; i++) {
            for (int k = 1; k <= Math.min(NEIGHBOURS, last - first - 1); k++) {
                int m = first + (i - first + k) % (last - first);
                h.update(
                        "INSERT INTO article_neighbours (article_id, neighbour_id, similarity) VALUES (?, ?, ?)",
                        id(i),
                        id(m),
                        Vectors.dot(vectors[i], vectors[m]));
            }
        }
    }

    /** Four hashtags: the story's topic's, first, and three drawn by Zipf's law from 5,000. */
    private void tag(Handle h, int article, int story) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("Topic" + story % Math.max(1, storyCount / STORIES_PER_TOPIC));
        while (tags.size() < 4) {
            int r = Arrays.binarySearch(tagZipf, random.nextDouble());
            tags.add("Tag" + (r < 0 ? -r - 1 : r));
        }
        int rank = 0;
        for (String tag : tags) {
            h.update(
                    "INSERT INTO article_tags (article_id, tag_key, tag, tag_rank, published_at) VALUES (?, ?, ?, ?, ?)",
                    id(article),
                    tag.toLowerCase(Locale.ROOT),
                    tag,
                    rank++,
                    published[article]);
        }
        h.update(
                "INSERT INTO tagged_articles (article_id, keyphrases, tagged_at) VALUES (?, '', ?)",
                id(article),
                published[article]);
    }

    /** Article {@code i}'s id, in the form the site's pages accept (16 hexadecimal digits). */
    private static String id(int i) {
        return String.format("a%015x", i);
    }

    private static double[] cumulativeZipf(int size) {
        double[] c = new double[size];
        double sum = 0;
        for (int r = 0; r < size; r++) {
            sum += 1.0 / (r + 1);
            c[r] = sum;
        }
        for (int r = 0; r < size; r++) {
            c[r] /= sum;
        }
        return c;
    }

    /** 40–80 words: 6–10 of the story's own (weighted as title words and names) and Zipfian common words. */
    private TermBag words(int story) {
        int size = 40 + random.nextInt(41);
        Map<String, Float> w = new HashMap<>();
        int own = 6 + random.nextInt(5);
        for (int k = 0; k < own; k++) {
            w.put("s" + story + "x" + random.nextInt(STORY_WORDS), 2f + random.nextInt(3) * 0.5f);
        }
        while (w.size() < size) {
            int r = Arrays.binarySearch(zipf, random.nextDouble());
            w.merge("w" + (r < 0 ? -r - 1 : r), 1f, (a, b) -> Math.min(3f, a + 0.5f));
        }
        return new TermBag(w);
    }

    /** The older measurement: HNSW query plus ranking on embedding cosines, no database reads. */
    private void indexOnly(Path dir) {
        long t0 = System.nanoTime();
        generateVectors();
        try (SearchIndex index = SearchIndex.open(dir)) {
            for (int i = 0; i < n; i++) {
                int story = i / perStory;
                index.upsert(new IndexedArticle(id(i), published[i], i % 50, story + 1, vectors[i]));
            }
            index.commit();
            index.refresh();
            System.out.printf("indexed %d articles in %.1f s%n", index.count(), (System.nanoTime() - t0) / 1e9);
            long[] nanos = new long[QUERIES];
            for (int round = 0; round < 2; round++) {
                for (int q = 0; q < QUERIES; q++) {
                    int i = random.nextInt(n);
                    long q0 = System.nanoTime();
                    lookup(index, i);
                    nanos[q] = System.nanoTime() - q0;
                }
            }
            report("index-only lookup (no database reads)", nanos);
        }
    }

    private void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(
                "%s over %d articles, %d queries (after %d warm-up): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what,
                n,
                QUERIES,
                QUERIES,
                nanos[QUERIES / 2] / 1e6,
                nanos[QUERIES * 99 / 100] / 1e6,
                nanos[QUERIES - 1] / 1e6);
    }

    private List<String> lookup(SearchIndex index, int i) {
        int story = i / perStory;
        List<RelatedRanker.Candidate> candidates = new ArrayList<>();
        for (int m = story * perStory; m < Math.min(n, (story + 1) * perStory); m++) {
            double cosine = Vectors.dot(vectors[i], vectors[m]);
            candidates.add(new RelatedRanker.Candidate(
                    id(m), Integer.toString(story + 1), Integer.toString(m % 50), cosine, cosine));
        }
        Duration window = Duration.ofDays(7);
        for (VectorHit hit : index.nearest(vectors[i], 40, published[i].minus(window), published[i].plus(window))) {
            candidates.add(new RelatedRanker.Candidate(
                    hit.articleId(),
                    Long.toString(hit.storyId()),
                    Long.toString(hit.sourceId()),
                    hit.similarity(),
                    hit.similarity()));
        }
        return RelatedRanker.rank(id(i), Integer.toString(story + 1), Integer.toString(i % 50), candidates, 8);
    }

    private float[] noise(float[] v, float scale) {
        for (int d = 0; d < v.length; d++) {
            v[d] += (float) (random.nextGaussian() * scale);
        }
        return Vectors.normalize(v);
    }
}
