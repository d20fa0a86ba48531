package dev.tidings.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbered migrations {@code db/migration/V001.sql, V002.sql, …} on the classpath, applied in
 * order, each in its own transaction, and recorded in {@code schema_migrations}.
 */
final class Migrations {
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private static final int LAST_VERSION = 999;
    private static final long LOCK_KEY = 0x7469_6469_6e67L; // "tiding"
    private final Dialect dialect;

    Migrations(Dialect dialect) {
        this.dialect = dialect;
    }

    void apply(Database db) {
        if (dialect != Dialect.POSTGRES) {
            migrate(db); // SQLite: IMMEDIATE transactions already serialize concurrent migrators
            return;
        }
        // Nodes starting together on one PostgreSQL take turns: the first migrates, the rest see it done.
        db.read(lockHolder -> {
            lockHolder.query("SELECT pg_advisory_lock(?)", rs -> null, LOCK_KEY);
            try {
                migrate(db);
            } finally {
                lockHolder.query("SELECT pg_advisory_unlock(?)", rs -> null, LOCK_KEY);
            }
            return null;
        });
    }

    private void migrate(Database db) {
        db.read(h -> h.update("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at "
                + dialect.expand("${BIGINT}") + " NOT NULL)"));
        // Each feature branch owns its migration number, so a branch may hold V004 before V003
        // exists, and V003 may arrive after V004 ran: apply every present version not yet applied.
        java.util.Set<Integer> applied = new java.util.HashSet<>(
                db.read(h -> h.query("SELECT version FROM schema_migrations", rs -> rs.getInt(1))));
        for (int version = 1; version <= LAST_VERSION; version++) {
            String sql = applied.contains(version) ? null : load(version);
            if (sql == null) {
                continue;
            }
            int v = version;
            db.transaction(h -> {
                // PostgreSQL serializes concurrent migrators on this row; SQLite's IMMEDIATE does it.
                if (h.queryLong("SELECT COUNT(*) FROM schema_migrations WHERE version = ?", v) > 0) {
                    return null;
                }
                try (Statement st = h.connection().createStatement()) {
                    for (String statement : dialect.expand(sql).split(";\\s*\\n")) {
                        if (!statement.isBlank()) {
                            st.execute(statement);
                        }
                    }
                } catch (SQLException e) {
                    throw new DatabaseException("migration V" + v, e);
                }
                h.update(
                        "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                        v,
                        System.currentTimeMillis());
                return null;
            });
            log.info("event=migrated version={}", version);
        }
    }

    private static String load(int version) {
        String name = "/db/migration/V%03d.sql".formatted(version);
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
