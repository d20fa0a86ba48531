package dev.tidings.account;

import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import java.time.Instant;
import java.util.Optional;

/** Sessions by the SHA-256 of their token, so a copy of the database opens no session. */
final class SessionRepository {
    private final Database db;

    SessionRepository(Database db) {
        this.db = db;
    }

    void insert(Handle h, String tokenHash, long userId, String csrf, Instant now, Instant expires) {
        h.update(
                "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                tokenHash,
                userId,
                csrf,
                now,
                expires);
    }

    /** The live session's user and CSRF token; expired sessions and suspended users have none. */
    Optional<Viewer> viewer(String tokenHash, Instant now) {
        return db.read(h -> h.queryOne(
                "SELECT " + UserRepository.COLUMNS + ", s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id"
                        + " WHERE s.token_hash = ? AND s.expires_at > ? AND u.suspended_at IS NULL",
                rs -> new Viewer(UserRepository.map(rs), rs.getString(7)),
                tokenHash,
                now));
    }

    void delete(Handle h, String tokenHash) {
        h.update("DELETE FROM sessions WHERE token_hash = ?", tokenHash);
    }

    void deleteAllOf(Handle h, long userId) {
        h.update("DELETE FROM sessions WHERE user_id = ?", userId);
    }

    void deleteExpired(Instant now) {
        db.read(h -> h.update("DELETE FROM sessions WHERE expires_at <= ?", now));
    }

    long countOf(long userId) {
        return db.read(h -> h.queryLong("SELECT COUNT(*) FROM sessions WHERE user_id = ?", userId));
    }
}
