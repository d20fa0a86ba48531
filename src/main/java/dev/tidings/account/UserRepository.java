package dev.tidings.account;

import dev.tidings.db.Database;
import dev.tidings.db.Dialect;
import dev.tidings.db.Handle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The users table. */
final class UserRepository {
    static final String COLUMNS = "u.id, u.email, u.display_name, u.role, u.suspended_at, u.created_at";

    private final Database db;

    UserRepository(Database db) {
        this.db = db;
    }

    /** Inserts the account unless the email is taken; returns its id. */
    Optional<Long> insert(String email, String displayName, String passwordHash, Role role, Instant now) {
        return db.transaction(h -> h.insert(
                "INSERT INTO users (email, display_name, password_hash, role, created_at, password_changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING",
                email,
                displayName,
                passwordHash,
                role,
                now,
                now));
    }

    Optional<User> byId(long id) {
        return db.read(h -> h.queryOne("SELECT " + COLUMNS + " FROM users u WHERE u.id = ?", UserRepository::map, id));
    }

    Optional<User> byEmail(String email) {
        return db.read(
                h -> h.queryOne("SELECT " + COLUMNS + " FROM users u WHERE u.email = ?", UserRepository::map, email));
    }

    Optional<String> passwordHash(long id) {
        return db.read(h -> h.queryOne("SELECT password_hash FROM users WHERE id = ?", rs -> rs.getString(1), id));
    }

    void setPasswordHash(Handle h, long id, String hash, Instant now) {
        h.update("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?", hash, now, id);
    }

    void setDisplayName(long id, String name) {
        db.read(h -> h.update("UPDATE users SET display_name = ? WHERE id = ?", name, id));
    }

    boolean setRole(long id, Role role) {
        return db.read(h -> setRole(h, id, role));
    }

    boolean setRole(Handle h, long id, Role role) {
        return h.update("UPDATE users SET role = ? WHERE id = ?", role, id) > 0;
    }

    boolean setSuspended(Handle h, long id, Instant at) {
        return h.update("UPDATE users SET suspended_at = ? WHERE id = ?", at, id) > 0;
    }

    /**
     * What is left of a deleted account: a row its comments and votes still point at, with no email,
     * name or password of its owner's, and suspended so nothing opens it.
     */
    void erase(Handle h, long id, Instant now) {
        h.update(
                "UPDATE users SET email = ?, display_name = ?, password_hash = '!', role = ?, suspended_at = ?"
                        + " WHERE id = ?",
                "deleted-" + id + Accounts.DELETED_EMAIL_DOMAIN,
                Accounts.DELETED_NAME,
                Role.READER,
                now,
                id);
    }

    /**
     * The ids of administrators whose accounts are not suspended, their rows held until the caller's
     * transaction ends (in id order, so two such transactions wait rather than deadlock): another
     * that would change one of them waits, then sees this one's outcome.
     */
    List<Long> activeAdminsHeld(Handle h, Dialect dialect) {
        return h.query(
                "SELECT id FROM users WHERE role = ? AND suspended_at IS NULL ORDER BY id" + dialect.forUpdate(),
                rs -> rs.getLong(1),
                Role.ADMIN);
    }

    long count() {
        return db.read(h -> h.queryLong("SELECT COUNT(*) FROM users"));
    }

    List<User> all(int limit) {
        return db.read(
                h -> h.query("SELECT " + COLUMNS + " FROM users u ORDER BY u.id LIMIT ?", UserRepository::map, limit));
    }

    static User map(ResultSet rs) throws SQLException {
        long suspended = rs.getLong(5);
        boolean active = rs.wasNull();
        return new User(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                Role.valueOf(rs.getString(4)),
                active ? null : Instant.ofEpochMilli(suspended),
                Instant.ofEpochMilli(rs.getLong(6)));
    }
}
