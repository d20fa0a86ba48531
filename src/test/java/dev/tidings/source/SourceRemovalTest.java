package dev.tidings.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import dev.tidings.db.SharedTurns;
import dev.tidings.db.TestClock;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.Vectors;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Removing a source takes its articles, their discussions and the stories only it covered, mends
 * the stories it shared with other outlets, and sends other outlets' copies of its articles to be
 * fetched again, on both databases.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class SourceRemovalTest {
    private static final Instant T = Instant.parse("2026-11-28T12:00:00Z");
    /** Articles of the removed outlet in no story: with its five others, more than two batches. */
    private static final int LOOSE = 2 * SourceRemoval.BATCH + 10;

    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T.plusSeconds(3_600));
    private Database db;
    private Source harbour;
    private Source ledger;
    private long shared;
    private long harbourOnly;
    private long mergedIntoHarbourOnly;
    private long ledgerOnly;

    @BeforeEach
    void fill() {
        db = TestDatabases.open(kind, dir);
        var sources = new SourceRepository(db, clock);
        harbour = sources.add(
                new NewSource(URI.create("https://harbour.example/feed.xml"), null, "Harbour Times", null, false, 900));
        ledger = sources.add(
                new NewSource(URI.create("https://ledger.example/rss"), null, "Daily Ledger", null, false, 900));
        db.transaction(h -> {
            long reader = h.insert(
                            "INSERT INTO users (email, display_name, password_hash, created_at, password_changed_at)"
                                    + " VALUES ('r@example.org', 'Reader', 'x', 0, 0)")
                    .orElseThrow();
            // a story both outlets cover, led by the harbour's article
            article(h, "h1", harbour, 0, axis(0, 1, 0));
            article(h, "l1", ledger, 1, axis(0, 1, 0));
            article(h, "l2", ledger, 2, axis(0, 0, 1));
            article(h, "l3", ledger, 3, axis(0, 0.8f, 0.6f));
            shared = story(h, "h1", "h1", "l1", "l2", "l3");
            // a story only the harbour covers, and one merged into it earlier (its address redirects)
            article(h, "h2", harbour, 4, axis(2, 1, 0));
            article(h, "h3", harbour, 5, axis(2, 1, 0));
            harbourOnly = story(h, "h2", "h2", "h3");
            mergedIntoHarbourOnly = h.insert(
                            "INSERT INTO stories (title, lead_article_id, first_published_at, last_published_at,"
                                    + " merged_into, created_at, updated_at) VALUES ('Old', 'h3', 0, 0, ?, 0, 0)",
                            harbourOnly)
                    .orElseThrow();
            article(h, "l4", ledger, 6, axis(4, 1, 0));
            ledgerOnly = story(h, "l4", "l4");
            h.update("UPDATE stories SET updated_at = 7 WHERE id = ?", ledgerOnly);
            for (int i = 0; i < LOOSE; i++) {
                article(h, String.format("hx%04d", i), harbour, 10 + i, null);
            }
            // the ledger's copy of h2, stored once as the harbour's article ("also published by")
            h.update(
                    "INSERT INTO entries (source_id, guid, url, state, article_id, attempts, seen_at)"
                            + " VALUES (?, 'l-copy', 'https://ledger.example/copy', 'duplicate', 'h2', 2, 0)",
                    ledger.id());
            h.update(
                    "INSERT INTO entries (source_id, guid, url, state, article_id, seen_at)"
                            + " VALUES (?, 'h-own', 'https://harbour.example/h2', 'done', 'h2', 0)",
                    harbour.id());
            h.update(
                    "INSERT INTO fetch_log (source_id, fetched_at, outcome, duration_ms) VALUES (?, 0, 'ok', 5)",
                    harbour.id());
            long onH1 = comment(h, reader, "article", "h1", null);
            comment(h, reader, "article", "h1", onH1);
            h.update("INSERT INTO comment_votes (comment_id, user_id, created_at) VALUES (?, ?, 0)", onH1, reader);
            h.update("INSERT INTO comment_reports (comment_id, user_id, created_at) VALUES (?, ?, 0)", onH1, reader);
            comment(h, reader, "article", "l1", null);
            comment(h, reader, "story", Long.toString(harbourOnly), null);
            comment(h, reader, "story", Long.toString(mergedIntoHarbourOnly), null);
            comment(h, reader, "story", Long.toString(shared), null);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theSourceGoesWithItsArticlesTheirDiscussionsAndTheStoriesOnlyItCovered() {
        var removal = new SourceRemoval(db, clock, SharedTurns.of(db, clock, "node-a"));
        assertThat(removal.extent(harbour)).isEqualTo(new SourceRemoval.Extent(LOOSE + 3, 2, 2));

        List<Integer> batches = new ArrayList<>();
        SourceRemoval.Outcome o = removal.remove(harbour, ids -> batches.add(ids.size()), done -> true);

        assertThat(batches)
                .containsExactly(SourceRemoval.BATCH, SourceRemoval.BATCH, LOOSE + 3 - 2 * SourceRemoval.BATCH);
        assertThat(o).isEqualTo(new SourceRemoval.Outcome(LOOSE + 3, 1, 1, 4, 1));
        assertThat(count("SELECT COUNT(*) FROM sources WHERE id = ?", harbour.id()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM articles WHERE source_id = ?", harbour.id()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM entries WHERE source_id = ?", harbour.id()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM fetch_log WHERE source_id = ?", harbour.id()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM article_vectors"))
                .as("the ledger's four")
                .isEqualTo(4);

        // the shared story: the ledger's three, its headline now the one nearest their centre
        Optional<List<Object>> mended = db.read(h -> h.queryOne(
                "SELECT lead_article_id, title, article_count, outlet_count, first_published_at FROM stories"
                        + " WHERE id = ?",
                rs -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)),
                shared));
        assertThat(mended)
                .contains(List.of("l3", "Headline l3", 3, 1, T.plusSeconds(1).toEpochMilli()));
        assertThat(count("SELECT COUNT(*) FROM stories WHERE id IN (?, ?)", harbourOnly, mergedIntoHarbourOnly))
                .as("the story only the harbour covered, and the address that led to it")
                .isZero();
        assertThat(count("SELECT updated_at FROM stories WHERE id = ?", ledgerOnly))
                .as("a story the harbour had no part in is untouched")
                .isEqualTo(7);

        List<String> discussed = db.read(h ->
                h.query("SELECT target_kind || '/' || target_id FROM comments ORDER BY id", rs -> rs.getString(1)));
        assertThat(discussed).containsExactly("article/l1", "story/" + shared);
        assertThat(count("SELECT COUNT(*) FROM comment_votes")).isZero();
        assertThat(count("SELECT COUNT(*) FROM comment_reports")).isZero();

        Optional<String> copy = db.read(h -> h.queryOne(
                "SELECT state, article_id, attempts FROM entries WHERE guid = 'l-copy'",
                rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3)));
        assertThat(copy)
                .as("the ledger's copy is fetched again, as its own article")
                .contains("pending null 0");
        assertThat(
                        count(
                                "SELECT COUNT(DISTINCT article_id) FROM article_changes WHERE article_id IN ('h1', 'h2', 'hx0000')"))
                .as("every node's index follows the removal")
                .isEqualTo(3);
        assertThat(new SourceRepository(db, clock)
                        .byId(ledger.id())
                        .orElseThrow()
                        .enabled())
                .isTrue();
    }

    @Test
    void aRemovalStoppedMidwayLeavesTheSourcePausedAndFinishesWhenRunAgain() {
        var removal = new SourceRemoval(db, clock, SharedTurns.of(db, clock, "node-a"));
        assertThatThrownBy(() -> removal.remove(
                        harbour,
                        ids -> {
                            throw new IllegalStateException("the process stops");
                        },
                        done -> true))
                .hasMessage("the process stops");
        Source paused = new SourceRepository(db, clock).byId(harbour.id()).orElseThrow();
        assertThat(paused.enabled()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM articles WHERE source_id = ?", harbour.id()))
                .as("the first batch is gone")
                .isEqualTo(LOOSE + 3 - SourceRemoval.BATCH);

        SourceRemoval.Outcome rest = removal.remove(paused, ids -> {}, done -> true);
        assertThat(rest.articles()).isEqualTo(LOOSE + 3 - SourceRemoval.BATCH);
        assertThat(count("SELECT COUNT(*) FROM sources WHERE id = ?", harbour.id()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM stories WHERE merged_into IS NULL"))
                .as("the shared story and the ledger's own")
                .isEqualTo(2);
    }

    @Test
    void aPageBeingStoredAsTheLastBatchGoesIsTakenTooAndTheSourceStillGoes() throws Exception {
        var removal = new SourceRemoval(db, clock, SharedTurns.of(db, clock, "node-a"));
        ExecutorService node = Executors.newSingleThreadExecutor();
        AtomicReference<Future<?>> storing = new AtomicReference<>();
        try {
            SourceRemoval.Outcome o = removal.remove(harbour, ids -> {}, done -> {
                if (done.articles() == LOOSE + 3 && storing.get() == null) {
                    // another node stores a page it fetched before the pause, and has not committed
                    CountDownLatch inserted = new CountDownLatch(1);
                    storing.set(node.submit(() -> db.transaction(h -> {
                        article(h, "late", harbour, 9, null);
                        inserted.countDown();
                        untilTheRemovalWaits();
                        return null;
                    })));
                    await(inserted);
                }
                return true;
            });
            storing.get().get(30, TimeUnit.SECONDS);
            assertThat(o.articles()).isEqualTo(LOOSE + 4);
        } finally {
            node.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM sources WHERE id = ?", harbour.id()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM articles WHERE id = 'late'")).isZero();
    }

    @Test
    void oneProcessAtATimeRemovesASourceAndEveryNodeSeesWhich() {
        var a = new SourceRemoval(db, clock, SharedTurns.of(db, clock, "node-a"));
        var b = new SourceRemoval(db, clock, SharedTurns.of(db, clock, "node-b"));
        List<Map<Long, String>> seenByB = new ArrayList<>();
        a.remove(harbour, ids -> {}, done -> {
            if (done.articles() == SourceRemoval.BATCH) {
                seenByB.add(b.underWay());
                assertThatThrownBy(() -> b.remove(harbour, ids -> {}, d -> true))
                        .isInstanceOf(SourceRemoval.UnderWayElsewhere.class)
                        .hasMessage("Harbour Times (harbour-times) is being removed by node-a;"
                                + " it will be gone when that finishes");
            }
            return true;
        });
        assertThat(seenByB).containsExactly(Map.of(harbour.id(), "node-a"));
        assertThat(b.underWay()).as("given up when done").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM sources WHERE id = ?", harbour.id()))
                .isZero();
    }

    @Test
    void aRemovalWhoseNodeDiedIsTakenUpOnceItsTurnRunsOut() {
        var a = new SourceRemoval(db, clock, SharedTurns.of(db, clock, "node-a"));
        var b = new SourceRemoval(db, clock, SharedTurns.of(db, clock, "node-b"));
        // node-a's first batch, then its process dies: the turn it held is left as it was
        a.remove(harbour, ids -> {}, done -> false);
        db.transaction(
                h -> h.update("UPDATE shared_turns SET until_at = ? WHERE node = 'node-a'", clock.millis() + 120_000));
        assertThat(b.underWay(harbour.id())).contains("node-a");
        assertThatThrownBy(() -> b.remove(harbour, ids -> {}, d -> true))
                .isInstanceOf(SourceRemoval.UnderWayElsewhere.class);

        clock.advance(Duration.ofMinutes(3));
        assertThat(b.underWay()).isEmpty();
        assertThat(b.remove(harbour, ids -> {}, d -> true).articles()).isEqualTo(LOOSE + 3 - SourceRemoval.BATCH);
        assertThat(count("SELECT COUNT(*) FROM sources WHERE id = ?", harbour.id()))
                .isZero();
    }

    /** Holds the storing transaction open until the removal's last step is waiting on it. */
    private void untilTheRemovalWaits() {
        try {
            if (kind != Kind.POSTGRES) {
                Thread.sleep(200); // SQLite: the removal waits for the one writer whenever it comes
                return;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (count("SELECT COUNT(*) FROM pg_locks WHERE NOT granted") == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object... params) {
        return db.read(h -> h.queryLong(sql, params));
    }

    /** A unit vector along axis {@code base}, {@code base + 1} weighed {@code a} and {@code b}. */
    private static float[] axis(int base, float a, float b) {
        float[] v = new float[Embedder.DIMENSIONS];
        v[base] = a;
        v[base + 1] = b;
        return v;
    }

    private static void article(Handle h, String id, Source s, int second, float[] embedding) {
        h.update(
                "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at, lead,"
                        + " body_html, body_text, word_count, content_hash) VALUES (?, ?, ?, ?, 'en', ?, ?, '', '',"
                        + " 'Text.', 1, ?)",
                id,
                s.id(),
                s.feedUrl().resolve("/" + id).toString(),
                "Headline " + id,
                T.plusSeconds(second),
                T.plusSeconds(second),
                "hash-" + id);
        if (embedding != null) {
            h.update(
                    "INSERT INTO article_vectors (article_id, model, embedding, terms, created_at)"
                            + " VALUES (?, 'test', ?, '', 0)",
                    id,
                    Vectors.toBytes(embedding));
        }
    }

    /** A story of these articles (stored already), with its counts as the assigner keeps them. */
    private static long story(Handle h, String lead, String... members) {
        long id = h.insert(
                        "INSERT INTO stories (title, lead_article_id, first_published_at, last_published_at,"
                                + " created_at, updated_at) VALUES (?, ?, 0, 0, 0, 0)",
                        "Headline " + lead,
                        lead)
                .orElseThrow();
        for (String m : members) {
            h.update(
                    "INSERT INTO story_articles (article_id, story_id, joined_at, published_at, article_seq, source_id)"
                            + " SELECT id, ?, 0, published_at, seq, source_id FROM articles WHERE id = ?",
                    id,
                    m);
        }
        h.update(
                "UPDATE stories SET article_count = ?, outlet_count = (SELECT COUNT(DISTINCT source_id)"
                        + " FROM story_articles WHERE story_id = ?) WHERE id = ?",
                members.length,
                id,
                id);
        return id;
    }

    private static long comment(Handle h, long user, String kind, String target, Long parent) {
        return h.insert(
                        "INSERT INTO comments (target_kind, target_id, parent_id, user_id, body_source, body_html,"
                                + " content_hash, status, created_at) VALUES (?, ?, ?, ?, 'Hm.', '<p>Hm.</p>', ?,"
                                + " 'VISIBLE', 0)",
                        kind,
                        target,
                        parent,
                        user,
                        "c-" + kind + target + parent)
                .orElseThrow();
    }
}
