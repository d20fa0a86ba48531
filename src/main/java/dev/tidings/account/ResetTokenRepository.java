package dev.tidings.account;

import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import java.time.Instant;
import java.util.Optional;

/** The password_resets table: reset tokens by their SHA-256, each live until used or an hour old. */
final class ResetTokenRepository {
    private final Database db;

    ResetTokenRepository(Database db) {
        this.db = db;
    }

    /** Stores a new token for the account and voids the account's older unused ones. */
    void replace(Handle h, String tokenHash, long userId, Instant now, Instant expires) {
        h.update("DELETE FROM password_resets WHERE expires_at <= ?", now);
        voidUnused(h, userId);
        h.update(
                "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash,
                userId,
                now,
                expires);
    }

    /** The account a token resets, while the token is unused and unexpired. */
    Optional<Long> liveUser(String tokenHash, Instant now) {
        return db.read(h -> h.queryOne(
                "SELECT user_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                rs -> rs.getLong(1),
                tokenHash,
                now));
    }

    /**
     * Marks the token used if it still was live; false when another request used it first (the
     * row lock on PostgreSQL and IMMEDIATE transactions on SQLite let only one of them through).
     */
    boolean use(Handle h, String tokenHash, Instant now) {
        return h.update(
                        "UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"
                                + " AND expires_at > ?",
                        now,
                        tokenHash,
                        now)
                == 1;
    }

    void voidUnused(Handle h, long userId) {
        h.update("DELETE FROM password_resets WHERE user_id = ? AND used_at IS NULL", userId);
    }
}
