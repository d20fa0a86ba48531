package dev.tidings.source;

import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import dev.tidings.db.InList;
import dev.tidings.feed.FeedEntry;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Feed entries seen per source. New GUIDs become pending work; the state column is a durable
 * queue, so work interrupted by a crash resumes at the next start.
 */
public final class EntryRepository {
    static final String PENDING = "pending";
    static final String DONE = "done";
    static final String DUPLICATE = "duplicate";
    static final String FAILED = "failed";
    static final int MAX_ATTEMPTS = 4;
    static final Duration MIN_DEFERRAL = Duration.ofMinutes(1);

    private final Database db;
    private final Clock clock;

    public EntryRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Stores the entries not seen before and returns their ids. */
    List<Long> addNew(long sourceId, List<FeedEntry> entries) {
        return db.transaction(h -> {
            List<Long> ids = new ArrayList<>();
            long now = clock.millis();
            for (FeedEntry e : entries) {
                h.insert(
                                "INSERT INTO entries (source_id, guid, url, title, summary, content_html, author,"
                                        + " published_at, state, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                        + " ON CONFLICT (source_id, guid) DO NOTHING",
                                sourceId,
                                e.guid(),
                                e.url(),
                                e.title(),
                                e.summary(),
                                e.contentHtml(),
                                e.author(),
                                e.published() == null ? null : e.published().toEpochMilli(),
                                PENDING,
                                now)
                        .ifPresent(ids::add);
            }
            return ids;
        });
    }

    /**
     * Takes the lease on up to {@code limit} pending entries whose next attempt is due and that no
     * node holds, oldest first. The lease ends with the entry's next state, or runs out.
     */
    public List<PendingEntry> leaseDue(String node, Duration lease, int limit) {
        long now = clock.millis();
        return db.transaction(h -> {
            List<PendingEntry> leased = h.query(
                    "SELECT e.id, e.source_id, s.allow_private_network, e.guid, e.url, e.title, e.summary,"
                            + " e.content_html, e.author, e.published_at, e.attempts FROM entries e"
                            + " JOIN sources s ON s.id = e.source_id"
                            + " WHERE e.state = ? AND e.next_attempt_at <= ?"
                            + " AND (e.lease_until IS NULL OR e.lease_until < ?) ORDER BY e.id LIMIT ?"
                            + db.dialect().skipLocked("e"),
                    EntryRepository::map,
                    PENDING,
                    now,
                    now,
                    limit);
            for (PendingEntry e : leased) {
                h.update(
                        "UPDATE entries SET lease_owner = ?, lease_until = ? WHERE id = ?",
                        node,
                        now + lease.toMillis(),
                        e.id());
            }
            return leased;
        });
    }

    public long pendingCount() {
        return db.read(h -> h.queryLong("SELECT COUNT(*) FROM entries WHERE state = ?", PENDING));
    }

    public void markDone(long entryId, String articleId) {
        setState(entryId, DONE, articleId, null);
    }

    public void markDuplicate(long entryId, String articleId) {
        setState(entryId, DUPLICATE, articleId, null);
    }

    /** Gives up on an entry: trying again would not help. */
    public void markFailed(long entryId, String error) {
        setState(entryId, FAILED, null, error);
    }

    /** Records a failed attempt; the entry is retried later, or given up after a few attempts. */
    public void markAttemptFailed(PendingEntry entry, String error) {
        int attempts = entry.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            markFailed(entry.id(), error);
            return;
        }
        Instant next = clock.instant().plus(Duration.ofMinutes(2L << attempts));
        db.read(h -> h.update(
                "UPDATE entries SET attempts = ?, last_error = ?, next_attempt_at = ?, lease_owner = NULL,"
                        + " lease_until = NULL WHERE id = ?",
                attempts,
                error,
                next,
                entry.id()));
    }

    /**
     * Puts an entry off until the publisher's Retry-After (at least a minute) without counting an
     * attempt: the host asked for time, the page itself did not fail.
     */
    public void defer(PendingEntry entry, Duration retryAfter, String reason) {
        Duration wait = retryAfter.compareTo(MIN_DEFERRAL) < 0 ? MIN_DEFERRAL : retryAfter;
        db.read(h -> h.update(
                "UPDATE entries SET last_error = ?, next_attempt_at = ?, lease_owner = NULL, lease_until = NULL"
                        + " WHERE id = ?",
                reason,
                clock.instant().plus(wait),
                entry.id()));
    }

    /** Gives back every entry lease this node holds (at start: a node that crashed with the same name). */
    public int releaseLeasesOf(String node) {
        return db.read(
                h -> h.update("UPDATE entries SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?", node));
    }

    /**
     * In the caller's transaction: other sources' entries that were stored as one of these articles
     * (copies of it, kept as "also published by") become pending again, due at once, so each
     * outlet's copy is fetched and stored on its own when the article goes. Returns how many.
     */
    static int fetchAgainInsteadOf(Handle h, long sourceId, List<String> articleIds, Instant now) {
        return InList.eachRun(
                articleIds,
                (marks, run) -> h.update(
                        "UPDATE entries SET state = ?, article_id = NULL, attempts = 0, next_attempt_at = ?,"
                                + " last_error = NULL, lease_owner = NULL, lease_until = NULL"
                                + " WHERE source_id <> ? AND article_id IN (" + marks + ")",
                        InList.after(run, PENDING, now, sourceId)));
    }

    private void setState(long entryId, String state, String articleId, String error) {
        db.read(h -> h.update(
                "UPDATE entries SET state = ?, article_id = ?, last_error = ?, lease_owner = NULL, lease_until = NULL"
                        + " WHERE id = ?",
                state,
                articleId,
                error,
                entryId));
    }

    private static PendingEntry map(ResultSet rs) throws SQLException {
        String url = rs.getString(5);
        long published = rs.getLong(10);
        boolean noDate = rs.wasNull();
        return new PendingEntry(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3) != 0,
                rs.getString(4),
                url == null ? null : URI.create(url),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                noDate ? null : Instant.ofEpochMilli(published),
                rs.getInt(11));
    }
}
