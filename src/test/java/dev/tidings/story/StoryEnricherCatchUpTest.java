package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.article.ArticleChanges;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import dev.tidings.db.SharedTurns;
import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.Vectors;
import dev.tidings.search.ArticleTexts;
import dev.tidings.search.SearchIndex;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up makes a node's index hold exactly the database's articles, whatever it lacked. */
class StoryEnricherCatchUpTest {
    private static final Instant T = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anEmptyIndexIsFilledInOnePassAndAFewMissingArticlesOneByOne() {
        int n = 1_200; // more than are read one by one
        try (Database db = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(dir.resolve("index"), new ArticleTexts(db));
                Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            storeArticles(db, n);
            var stories = new StoryRepository(db);
            var enricher = enricher(db, index, embedder);
            Set<String> all = new HashSet<>();
            stories.forEachIndexableStory((id, story) -> all.add(id));
            assertThat(all).hasSize(n);

            enricher.catchUp();
            assertThat(index.ids()).as("a first start on a filled database").isEqualTo(all);
            assertThat(enricher.followChanges())
                    .as("the follower then has nothing to do: nothing changed")
                    .isZero();

            Set<String> lost = Set.of(id(3), id(1_100));
            lost.forEach(index::delete);
            String gone = id(7);
            db.transaction(h -> h.update("DELETE FROM articles WHERE id = ?", gone));
            // a merge the index missed: article 5 now belongs with article 6
            String moved = id(5);
            long storyOf6 = index.storyOfEach().get(id(6));
            db.transaction(
                    h -> h.update("UPDATE story_articles SET story_id = ? WHERE article_id = ?", storyOf6, moved));
            index.refresh();
            enricher.catchUp();
            Set<String> expected = new HashSet<>(all);
            expected.remove(gone);
            assertThat(index.ids())
                    .as("articles lost from the index are indexed again, one the database lost is dropped")
                    .isEqualTo(expected);
            assertThat(index.storyOfEach()).containsEntry(moved, storyOf6);

            assertThat(enricher.reindex())
                    .as("a rebuild indexes every article once")
                    .isEqualTo(expected.size());
            assertThat(index.storyOfEach()).containsEntry(moved, storyOf6).hasSize(expected.size());
            assertThat(enricher.followChanges()).isZero();
        }
    }

    @Test
    void theFollowerAppliesEachChangeAnotherNodeNotedOnceAndNothingWhenNothingChanged() {
        try (Database db = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(dir.resolve("index"), new ArticleTexts(db));
                Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            storeArticles(db, 300);
            var enricher = new StoryEnricher(
                    new ArticleRepository(db),
                    new StoryRepository(db),
                    new Features(embedder),
                    index,
                    Clock.systemUTC());
            enricher.catchUp();
            assertThat(enricher.followChanges())
                    .as("nothing changed since the start")
                    .isZero();
            db.transaction(h -> {
                ArticleChanges.note(h, id(1), T);
                return null;
            });
            assertThat(enricher.followChanges())
                    .as("a change this process made, and indexed as it did, is not indexed again")
                    .isZero();

            // another node merges the oldest article's story into another, as its assigner does
            long storyOf6 = index.storyOfEach().get(id(6));
            db.transaction(
                    h -> h.update("UPDATE story_articles SET story_id = ? WHERE article_id = ?", storyOf6, id(0)));
            noteAs(db, 0, id(0));
            assertThat(enricher.followChanges()).isEqualTo(1);
            assertThat(index.storyOfEach()).containsEntry(id(0), storyOf6);
            assertThat(enricher.followChanges()).as("a change is applied once").isZero();

            // on PostgreSQL a change may commit after one numbered later: both are applied
            long last = new ArticleChanges(db).last();
            noteAs(db, last + 5, id(20));
            assertThat(enricher.followChanges()).isEqualTo(1);
            noteAs(db, last + 2, id(21));
            assertThat(enricher.followChanges())
                    .as("the change that committed late")
                    .isEqualTo(1);

            // a copy replaced by its original leaves every node's index
            db.transaction(h -> h.update("DELETE FROM articles WHERE id = ?", id(9)));
            noteAs(db, 0, id(9));
            assertThat(enricher.followChanges()).isEqualTo(1);
            assertThat(index.ids()).hasSize(299).doesNotContain(id(9));
        }
    }

    @Test
    void aNodeStartingAgainFollowsWhatChangedSinceItsIndexWasLastCommitted() {
        try (Database db = Database.openSqlite(dir);
                Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            storeArticles(db, 300);
            try (SearchIndex index = SearchIndex.open(dir.resolve("index"), new ArticleTexts(db))) {
                assertThat(index.committedAt()).as("a new index").isEmpty();
                enricher(db, index, embedder).catchUp();
            } // closing commits
            // while the node is down, other nodes tag 250 articles again: more than a pass reads again
            for (int i = 0; i < 250; i++) {
                noteAs(db, 0, id(i));
            }
            try (SearchIndex index = SearchIndex.open(dir.resolve("index"), new ArticleTexts(db))) {
                assertThat(index.committedAt()).isPresent();
                StoryEnricher enricher = enricher(db, index, embedder);
                enricher.catchUp();
                assertThat(enricher.followChanges()).isEqualTo(250);
                assertThat(enricher.followChanges()).isZero();
            }
        }
    }

    @Test
    void aNodeDownLongerThanTheLogKeepsIndexesAgainWhatWasTaggedMeanwhile() {
        try (Database db = Database.openSqlite(dir);
                Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            storeArticles(db, 300);
            Instant down = Instant.now();
            try (SearchIndex index = SearchIndex.open(dir.resolve("index"), new ArticleTexts(db))) {
                enricher(db, index, embedder).catchUp();
            } // closing commits
            // one article tagged before the node went down, forty while it was down for two days
            // (the log has forgotten those changes by the time it starts again)
            tagged(db, id(100), down.minus(Duration.ofHours(1)));
            for (int i = 0; i < 40; i++) {
                tagged(db, id(i), down.plus(Duration.ofDays(1)));
            }
            var texts = new ArticleTexts(db);
            Set<String> read = new HashSet<>();
            texts.hashtagsFrom(id -> {
                read.add(id);
                return List.of();
            });
            try (SearchIndex index = SearchIndex.open(dir.resolve("index"), texts)) {
                Clock twoDaysOn = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));
                new StoryEnricher(
                                new ArticleRepository(db),
                                new StoryRepository(db),
                                new Features(embedder),
                                index,
                                twoDaysOn)
                        .catchUp();
                Set<String> expected = new HashSet<>();
                for (int i = 0; i < 40; i++) {
                    expected.add(id(i));
                }
                assertThat(read)
                        .as("the articles tagged while it was down, only")
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void aStartEnrichesAThousandArticlesBeforeTheSiteAndTheBacklogAfter() {
        int n = 1_100;
        try (Database db = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(dir.resolve("index"), new ArticleTexts(db));
                Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            storeUnenriched(db, n);
            var enricher = enricher(db, index, embedder);
            enricher.catchUp();
            long enriched = db.read(h -> h.queryLong("SELECT COUNT(*) FROM article_vectors"));
            assertThat(enriched).as("the site starts after about a thousand").isBetween(1_000L, 1_031L);
            assertThat(index.ids()).hasSize((int) enriched);

            assertThat(enricher.enrichBacklog()).isEqualTo(n - (int) enriched);
            long inStories = db.read(h -> h.queryLong("SELECT COUNT(*) FROM story_articles"));
            assertThat(inStories).isEqualTo(n);
            index.refresh();
            assertThat(index.ids()).hasSize(n);
            assertThat(enricher.enrichBacklog()).isZero();
        }
    }

    @Test
    void twoNodesOnOneDatabaseTakeTurnsAtTheBacklogAndEnrichEachArticleOnce() throws Exception {
        int n = 240;
        try (Database db = Database.openSqlite(dir);
                SearchIndex first = SearchIndex.open(dir.resolve("index-a"), new ArticleTexts(db));
                SearchIndex second = SearchIndex.open(dir.resolve("index-b"), new ArticleTexts(db));
                Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            storeUnenriched(db, n);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var a = pool.submit(() -> enricher(db, first, embedder).enrichBacklog(turns(db, "node-a")));
                var b = pool.submit(() -> enricher(db, second, embedder).enrichBacklog(turns(db, "node-b")));
                int done = a.get(120, java.util.concurrent.TimeUnit.SECONDS)
                        + b.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(done).as("each article enriched by one node").isEqualTo(n);
            } finally {
                pool.shutdownNow();
            }
            long inStories = db.read(h -> h.queryLong("SELECT COUNT(*) FROM story_articles"));
            assertThat(inStories).isEqualTo(n);
        }
    }

    @Test
    void aNodeStartingWhileAnotherIsAtTheBacklogLeavesTheArticlesToIt() {
        try (Database db = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(dir.resolve("index"), new ArticleTexts(db));
                Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            storeUnenriched(db, 40);
            SharedTurns first = turns(db, "node-a");
            assertThat(first.take(StoryEnricher.BACKLOG_WORK)).isTrue();

            var starting = enricher(db, index, embedder);
            assertThat(starting.catchUp(turns(db, "node-b")))
                    .as("another node's turn runs: nothing embedded twice")
                    .isZero();
            long embedded = db.read(h -> h.queryLong("SELECT COUNT(*) FROM article_vectors"));
            assertThat(embedded).isZero();

            first.giveUp(StoryEnricher.BACKLOG_WORK);
            starting.catchUp(turns(db, "node-b"));
            long later = db.read(h -> h.queryLong("SELECT COUNT(*) FROM article_vectors"));
            assertThat(later).as("the turn given up, the next start does them").isEqualTo(40);
            assertThat(index.ids()).hasSize(40);
        }
    }

    private static SharedTurns turns(Database db, String node) {
        return new SharedTurns(db, Clock.systemUTC(), node, Duration.ofMinutes(2), Duration.ofMillis(20));
    }

    /** {@code n} articles of one outlet as a database filled elsewhere has them: no vectors, no stories. */
    private static void storeUnenriched(Database db, int n) {
        db.transaction(h -> {
            long source = outlet(h);
            for (int i = 0; i < n; i++) {
                h.update(
                        "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at,"
                                + " lead, body_html, body_text, word_count, content_hash)"
                                + " VALUES (?, ?, ?, ?, 'en', ?, ?, '', '', ?, 6, ?)",
                        id(i),
                        source,
                        "https://outlet.example/" + id(i),
                        "Harbour news number " + i,
                        T.plusSeconds(i),
                        T.plusSeconds(i),
                        "The harbour council met about item " + i + ".",
                        "h" + i);
            }
            return null;
        });
    }

    private static void tagged(Database db, String id, Instant at) {
        db.transaction(h ->
                h.update("INSERT INTO tagged_articles (article_id, keyphrases, tagged_at) VALUES (?, '', ?)", id, at));
    }

    private static StoryEnricher enricher(Database db, SearchIndex index, Embedder embedder) {
        return new StoryEnricher(
                new ArticleRepository(db), new StoryRepository(db), new Features(embedder), index, Clock.systemUTC());
    }

    /** The one outlet of these tests; returns its id. */
    private static long outlet(Handle h) {
        return h.insert(
                        "INSERT INTO sources (feed_url, title, slug, created_at) VALUES (?, ?, ?, ?)",
                        "https://outlet.example/feed",
                        "Outlet",
                        "outlet",
                        T)
                .orElseThrow();
    }

    /** {@code n} articles of one outlet, each with its vectors and a story of its own, ids 0 to n - 1. */
    private static void storeArticles(Database db, int n) {
        db.transaction(h -> {
            long source = outlet(h);
            var random = new SplittableRandom(n);
            for (int i = 0; i < n; i++) {
                storedWithItsOwnStory(h, source, id(i), random);
            }
            return null;
        });
    }

    private static String id(int i) {
        return String.format("%016x", i);
    }

    /**
     * A change noted by another process, as its assigner, tagger or ingester notes them; with the
     * number given (out of order, as on PostgreSQL), or the next one for 0.
     */
    private static void noteAs(Database db, long seq, String articleId) {
        db.transaction(h -> seq == 0
                ? h.update(
                        "INSERT INTO article_changes (article_id, changed_at, writer) VALUES (?, ?, 'another')",
                        articleId,
                        Instant.now())
                : h.update(
                        "INSERT INTO article_changes (seq, article_id, changed_at, writer) VALUES (?, ?, ?, 'another')",
                        seq,
                        articleId,
                        Instant.now()));
    }

    /** An article with a vector, its words and a story of its own, as the enricher leaves it. */
    private static void storedWithItsOwnStory(Handle h, long source, String id, SplittableRandom random) {
        h.update(
                "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at, lead,"
                        + " body_html, body_text, word_count, content_hash) VALUES (?, ?, ?, ?, 'en', ?, ?, '', '', '', 0, ?)",
                id,
                source,
                "https://outlet.example/" + id,
                "Article " + id,
                T,
                T,
                "h" + id);
        float[] v = new float[Embedder.DIMENSIONS];
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) random.nextGaussian();
        }
        h.update(
                "INSERT INTO article_vectors (article_id, model, embedding, terms, created_at) VALUES (?, ?, ?, ?, ?)",
                id,
                Embedder.MODEL,
                Vectors.toBytes(Vectors.normalize(v)),
                new TermBag(java.util.Map.of("word" + id, 1f)).format(),
                T);
        long story = h.insert(
                        "INSERT INTO stories (title, lead_article_id, first_published_at, last_published_at,"
                                + " article_count, outlet_count, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1, ?, ?)",
                        "Article " + id,
                        id,
                        T,
                        T,
                        T,
                        T)
                .orElseThrow();
        StoryRepository.addToStory(h, id, story, 1.0, T);
    }
}
