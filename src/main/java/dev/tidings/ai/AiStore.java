package dev.tidings.ai;

import dev.tidings.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The AI tables: stored summaries, the language model's reply cache and its per-minute call
 * counter. Cache and counter live in the database so every node shares them; losing them only
 * costs repeated calls.
 */
final class AiStore {
    private static final Duration CACHE_LIFE = Duration.ofDays(30);

    private final Database db;
    private final Clock clock;

    AiStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void saveSummary(String articleId, Summary s) {
        db.transaction(h -> h.update(
                "INSERT INTO article_summaries (article_id, method, tldr, points, created_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (article_id) DO UPDATE SET method = excluded.method, tldr = excluded.tldr,"
                        + " points = excluded.points, created_at = excluded.created_at",
                articleId,
                s.method(),
                String.join("\n", s.tldr()),
                String.join("\n", s.points()),
                clock.millis()));
    }

    Optional<Summary> summary(String articleId) {
        return db.read(h -> h.queryOne(
                "SELECT tldr, points, method FROM article_summaries WHERE article_id = ?",
                rs -> new Summary(lines(rs.getString(1)), lines(rs.getString(2)), rs.getString(3)),
                articleId));
    }

    /** A stored article without a summary, and its place in storage order. */
    record Unsummarized(long seq, String id) {}

    /**
     * Stored articles without a summary, newest first, among those stored before {@code belowSeq}:
     * a catch-up goes on below the last it handled, so each batch reads on from there rather than
     * past every article already summarized.
     */
    List<Unsummarized> articlesWithoutSummary(long belowSeq, int limit) {
        return db.read(h -> h.query(
                "SELECT a.seq, a.id FROM articles a LEFT JOIN article_summaries s ON s.article_id = a.id"
                        + " WHERE a.seq < ? AND s.article_id IS NULL ORDER BY a.seq DESC LIMIT ?",
                rs -> new Unsummarized(rs.getLong(1), rs.getString(2)),
                belowSeq,
                limit));
    }

    Optional<String> cached(String key) {
        long since = clock.millis() - CACHE_LIFE.toMillis();
        return db.read(h -> h.queryOne(
                "SELECT reply FROM llm_cache WHERE cache_key = ? AND created_at >= ?",
                rs -> rs.getString(1),
                key,
                since));
    }

    void cache(String key, String reply) {
        db.transaction(h -> h.update(
                "INSERT INTO llm_cache (cache_key, reply, created_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (cache_key) DO UPDATE SET reply = excluded.reply,"
                        + " created_at = excluded.created_at",
                key,
                reply,
                clock.millis()));
    }

    /** Counts one call in the current minute; false when the nodes together already made {@code limit}. */
    boolean takeCall(int limit) {
        long minute = clock.millis() / 60_000;
        return db.transaction(h -> {
            h.update(
                    "INSERT INTO llm_calls (minute, calls) VALUES (?, 1)"
                            + " ON CONFLICT (minute) DO UPDATE SET calls = llm_calls.calls + 1",
                    minute);
            long calls = h.queryLong("SELECT calls FROM llm_calls WHERE minute = ?", minute);
            h.update("DELETE FROM llm_calls WHERE minute < ?", minute - 60);
            if (calls > limit) {
                h.update("UPDATE llm_calls SET calls = calls - 1 WHERE minute = ?", minute);
                return false;
            }
            return true;
        });
    }

    void forgetOldReplies() {
        long before = clock.millis() - CACHE_LIFE.toMillis();
        db.transaction(h -> h.update("DELETE FROM llm_cache WHERE created_at < ?", before));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
