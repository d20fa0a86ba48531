package dev.tidings.article;

import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The article change log (V012): a numbered row each time something a search index shows about an
 * article changes — it joined a story, moved in a merge, its hashtags changed, or it was replaced by its
 * original. Every node's index follows it ({@code StoryEnricher.followChanges}), whichever node
 * made the change.
 */
public final class ArticleChanges {
    /**
     * This process, as the writer of its changes: it indexed them itself as it made them, so its
     * follower skips them; after a restart (a new process) they count as another's, so what a crash
     * lost from the index is indexed again.
     */
    private static final String THIS_PROCESS = UUID.randomUUID().toString();

    private final Database db;

    public ArticleChanges(Database db) {
        this.db = db;
    }

    /**
     * One change: its number in the log, the article it concerns, and whether this process made it
     * (and so has it in its index already).
     */
    public record Change(long seq, String articleId, boolean ours) {}

    /** Notes, in the caller's transaction, that what the index shows about the article changed. */
    public static void note(Handle h, String articleId, Instant at) {
        h.update(
                "INSERT INTO article_changes (article_id, changed_at, writer) VALUES (?, ?, ?)",
                articleId,
                at,
                THIS_PROCESS);
    }

    /**
     * Notes, in the caller's transaction, a change to each article {@code articleIdsQuery} selects
     * (its first column), with the query's {@code params}.
     */
    public static void noteEach(Handle h, String articleIdsQuery, Instant at, Object... params) {
        Object[] all = new Object[params.length + 2];
        all[0] = at;
        all[1] = THIS_PROCESS;
        System.arraycopy(params, 0, all, 2, params.length);
        h.update(
                "INSERT INTO article_changes (article_id, changed_at, writer) SELECT q.article_id, ?, ? FROM ("
                        + articleIdsQuery + ") q",
                all);
    }

    /** Up to {@code limit} changes numbered after {@code seq}, in order. */
    public List<Change> after(long seq, int limit) {
        return db.read(h -> h.query(
                "SELECT seq, article_id, writer FROM article_changes WHERE seq > ? ORDER BY seq LIMIT ?",
                rs -> new Change(rs.getLong(1), rs.getString(2), THIS_PROCESS.equals(rs.getString(3))),
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

    /**
     * Articles tagged, or tagged again, from {@code from} until {@code before}. For a node that was
     * down longer than the log keeps its rows: a retag the log has forgotten leaves no other trace
     * it could compare with its index (new articles, merges and removals it finds by comparing ids
     * and stories); later ones it reads in the log. Read at start only.
     */
    public List<String> taggedBetween(Instant from, Instant before) {
        return db.read(h -> h.query(
                "SELECT article_id FROM tagged_articles WHERE tagged_at >= ? AND tagged_at < ?",
                rs -> rs.getString(1),
                from,
                before));
    }

    /** Drops changes noted before {@code before}; returns how many. */
    public int forgetBefore(Instant before) {
        return db.read(h -> h.update("DELETE FROM article_changes WHERE changed_at < ?", before));
    }
}
