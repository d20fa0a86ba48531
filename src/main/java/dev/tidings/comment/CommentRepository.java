package dev.tidings.comment;

import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import dev.tidings.db.InList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The comments, votes, reports and moderation log tables. */
final class CommentRepository {
    private static final String SELECT = "SELECT c.id, c.target_kind, c.target_id, c.parent_id, c.user_id,"
            + " u.display_name, c.body_source, c.body_html, c.status, c.hold_reason, c.votes, c.reports,"
            + " c.created_at, c.edited_at FROM comments c JOIN users u ON u.id = c.user_id ";

    private final Database db;

    CommentRepository(Database db) {
        this.db = db;
    }

    /** A new comment's fields, as {@link Comments} decided them. */
    record NewComment(
            CommentTarget target,
            Long parentId,
            long userId,
            String source,
            String html,
            String hash,
            CommentStatus status,
            String holdReason,
            Instant at,
            String ip) {}

    long insert(NewComment c) {
        return db.transaction(h -> h.insert(
                        "INSERT INTO comments (target_kind, target_id, parent_id, user_id, body_source, body_html,"
                                + " content_hash, status, hold_reason, created_at, ip)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        c.target().kind(),
                        c.target().id(),
                        c.parentId(),
                        c.userId(),
                        c.source(),
                        c.html(),
                        c.hash(),
                        c.status(),
                        c.holdReason(),
                        c.at(),
                        c.ip())
                .orElseThrow());
    }

    /** Deletes the discussions on targets of one kind with these ids; returns the comments deleted. */
    static int deleteOn(Handle h, String kind, List<String> targetIds) {
        return InList.eachRun(targetIds, (marks, run) -> {
            Object[] params = InList.after(run, kind);
            String on = "SELECT id FROM comments WHERE target_kind = ? AND target_id IN (" + marks + ")";
            h.update("DELETE FROM comment_votes WHERE comment_id IN (" + on + ")", params);
            h.update("DELETE FROM comment_reports WHERE comment_id IN (" + on + ")", params);
            // replies first: they point at the comments they answer
            return h.update("DELETE FROM comments WHERE parent_id IS NOT NULL AND id IN (" + on + ")", params)
                    + h.update("DELETE FROM comments WHERE id IN (" + on + ")", params);
        });
    }

    Optional<Comment> byId(long id) {
        return db.read(h -> h.queryOne(SELECT + "WHERE c.id = ?", CommentRepository::map, id));
    }

    /**
     * Every comment on a target in any state, oldest first, without author names or bodies: what a
     * discussion's threads are ordered and paged by, read cheaply however long the discussion is.
     * {@link #threads} then reads the comments of the page in full.
     */
    List<Comment> outlines(CommentTarget target) {
        return db.read(h -> h.query(
                "SELECT id, parent_id, user_id, status, votes, created_at FROM comments"
                        + " WHERE target_kind = ? AND target_id = ? ORDER BY id",
                rs -> new Comment(
                        rs.getLong(1),
                        target,
                        nullableLong(rs, 2),
                        rs.getLong(3),
                        "",
                        "",
                        "",
                        CommentStatus.valueOf(rs.getString(4)),
                        null,
                        rs.getInt(5),
                        0,
                        Instant.ofEpochMilli(rs.getLong(6)),
                        null),
                target.kind(),
                target.id()));
    }

    /** These top-level comments and every reply to them, in full, oldest first. */
    List<Comment> threads(CommentTarget target, List<Long> rootIds) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(rootIds.size(), "?"));
        List<Object> params = new ArrayList<>(List.of(target.kind(), target.id()));
        params.addAll(rootIds);
        params.addAll(rootIds);
        return db.read(h -> h.query(
                SELECT + "WHERE c.target_kind = ? AND c.target_id = ? AND (c.id IN (" + marks + ") OR c.parent_id IN ("
                        + marks + ")) ORDER BY c.id",
                CommentRepository::map,
                params.toArray()));
    }

    long countVisible(CommentTarget target) {
        return db.read(h -> h.queryLong(
                "SELECT COUNT(*) FROM comments WHERE target_kind = ? AND target_id = ? AND status = 'VISIBLE'",
                target.kind(),
                target.id()));
    }

    /** Comments with this fingerprint by the user since one time, or by anyone on the target since another. */
    long sameText(String hash, long userId, Instant userSince, CommentTarget target, Instant targetSince) {
        return db.read(h -> h.queryLong(
                "SELECT COUNT(*) FROM comments WHERE content_hash = ? AND status <> 'DELETED' AND ("
                        + "(user_id = ? AND created_at >= ?)"
                        + " OR (target_kind = ? AND target_id = ? AND created_at >= ?))",
                hash,
                userId,
                userSince,
                target.kind(),
                target.id(),
                targetSince));
    }

    boolean updateBody(
            long id, String source, String html, String hash, CommentStatus status, String reason, Instant at) {
        return db.read(h -> h.update(
                        "UPDATE comments SET body_source = ?, body_html = ?, content_hash = ?, status = ?,"
                                + " hold_reason = ?, edited_at = ? WHERE id = ?",
                        source,
                        html,
                        hash,
                        status,
                        reason,
                        at,
                        id))
                > 0;
    }

    void setStatus(Handle h, long id, CommentStatus status, String reason) {
        h.update("UPDATE comments SET status = ?, hold_reason = ? WHERE id = ?", status, reason, id);
    }

    /** The account's comments that are not deleted, newest first. */
    List<Comment> byAuthor(long userId, int limit) {
        return db.read(h -> h.query(
                SELECT + "WHERE c.user_id = ? AND c.status <> 'DELETED' ORDER BY c.created_at DESC, c.id DESC LIMIT ?",
                CommentRepository::map,
                userId,
                limit));
    }

    /** Deletion keeps the row (replies still hang on it) but not the words. */
    void markDeleted(Handle h, long id) {
        h.update(
                "UPDATE comments SET status = 'DELETED', body_source = '', body_html = '', hold_reason = NULL"
                        + " WHERE id = ?",
                id);
    }

    /**
     * Every comment the account wrote, deleted as its author would delete each (the rows stay for the
     * replies that hang on them), and the address each was posted from forgotten.
     */
    static int markAllDeletedBy(Handle h, long userId) {
        h.update("UPDATE comments SET ip = NULL WHERE user_id = ?", userId);
        return h.update(
                "UPDATE comments SET status = 'DELETED', body_source = '', body_html = '', hold_reason = NULL"
                        + " WHERE user_id = ? AND status <> 'DELETED'",
                userId);
    }

    boolean addVote(long commentId, long userId, Instant at) {
        return db.transaction(h -> {
            int added = h.update(
                    "INSERT INTO comment_votes (comment_id, user_id, created_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (comment_id, user_id) DO NOTHING",
                    commentId,
                    userId,
                    at);
            if (added > 0) {
                h.update("UPDATE comments SET votes = votes + 1 WHERE id = ?", commentId);
            }
            return added > 0;
        });
    }

    /** Records a report once per reader; returns the comment's open report count, or -1 if already reported. */
    int addReport(long commentId, long userId, String reason, Instant at) {
        return db.transaction(h -> {
            int added = h.update(
                    "INSERT INTO comment_reports (comment_id, user_id, reason, created_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (comment_id, user_id) DO NOTHING",
                    commentId,
                    userId,
                    reason,
                    at);
            if (added == 0) {
                return -1;
            }
            h.update("UPDATE comments SET reports = reports + 1 WHERE id = ?", commentId);
            return (int) h.queryLong(
                    "SELECT COUNT(*) FROM comment_reports WHERE comment_id = ? AND resolved_at IS NULL", commentId);
        });
    }

    void resolveReports(Handle h, long commentId, Instant at) {
        h.update(
                "UPDATE comment_reports SET resolved_at = ? WHERE comment_id = ? AND resolved_at IS NULL",
                at,
                commentId);
    }

    /** Held comments and comments with open reports, oldest first. */
    List<Comment> queue(int limit) {
        return db.read(h -> h.query(
                SELECT + "WHERE c.status = 'HELD' OR (c.status <> 'DELETED' AND EXISTS (SELECT 1 FROM comment_reports r"
                        + " WHERE r.comment_id = c.id AND r.resolved_at IS NULL)) ORDER BY c.id LIMIT ?",
                CommentRepository::map,
                limit));
    }

    void log(Handle h, long actorId, String action, Long commentId, Long userId, String note, Instant at) {
        h.update(
                "INSERT INTO moderation_log (actor_id, action, comment_id, user_id, note, at) VALUES (?, ?, ?, ?, ?, ?)",
                actorId,
                action,
                commentId,
                userId,
                note,
                at);
    }

    List<ModerationEntry> recentLog(int limit) {
        return db.read(h -> h.query(
                "SELECT l.id, l.at, l.actor_id, u.display_name, l.action, l.comment_id, l.user_id, l.note"
                        + " FROM moderation_log l JOIN users u ON u.id = l.actor_id ORDER BY l.id DESC LIMIT ?",
                rs -> new ModerationEntry(
                        rs.getLong(1),
                        Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        nullableLong(rs, 6),
                        nullableLong(rs, 7),
                        rs.getString(8)),
                limit));
    }

    <T> T transaction(Database.Work<T> work) {
        return db.transaction(work);
    }

    private static Comment map(ResultSet rs) throws SQLException {
        long edited = rs.getLong(14);
        boolean notEdited = rs.wasNull();
        return new Comment(
                rs.getLong(1),
                new CommentTarget(rs.getString(2), rs.getString(3)),
                nullableLong(rs, 4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                CommentStatus.valueOf(rs.getString(9)),
                rs.getString(10),
                rs.getInt(11),
                rs.getInt(12),
                Instant.ofEpochMilli(rs.getLong(13)),
                notEdited ? null : Instant.ofEpochMilli(edited));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
