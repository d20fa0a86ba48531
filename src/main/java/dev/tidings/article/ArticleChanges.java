package dev.tidings.article;

import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import java.time.Instant;
import java.util.List;

/**
 * The article change log (V012): a numbered row each time something a search index shows about an
 * article changes — it joined a story, moved in a merge, was tagged again. Every node's index
 * follows it ({@code StoryEnricher.followChanges}), whichever node made the change.
 */
public final class ArticleChanges {
    private final Database db;

    public ArticleChanges(Database db) {
        this.db = db;
    }

    /** One change: its number in the log and the article it concerns. */
    public record Change(long seq, String articleId) {}

    /** Notes, in the caller's transaction, that what the index shows about the article changed. */
    public static void note(Handle h, String articleId, Instant at) {
        h.update("INSERT INTO article_changes (article_id, changed_at) VALUES (?, ?)", articleId, at);
    }

    /** Up to {@code limit} changes numbered after {@code seq}, in order. */
    public List<Change> after(long seq, int limit) {
        return db.read(h -> h.query(
                "SELECT seq, article_id FROM article_changes WHERE seq > ? ORDER BY seq LIMIT ?",
                rs -> new Change(rs.getLong(1), rs.getString(2)),
                seq,
                limit));
    }

    /** The latest change's number, 0 when the log is empty. */
    public long last() {
        return db.read(h -> h.queryLong("SELECT COALESCE(MAX(seq), 0) FROM article_changes"));
    }

    /** The number of the latest change noted before {@code at}, 0 when none was. */
    public long lastBefore(Instant at) {
        return db.read(h -> h.queryLong("SELECT COALESCE(MAX(seq), 0) FROM article_changes WHERE changed_at < ?", at));
    }

    /** Drops changes noted before {@code before}; returns how many. */
    public int forgetBefore(Instant before) {
        return db.read(h -> h.update("DELETE FROM article_changes WHERE changed_at < ?", before));
    }
}
