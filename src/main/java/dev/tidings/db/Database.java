package dev.tidings.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tidings.natives.NativeLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The source of truth: a pooled data source over SQLite (default) or PostgreSQL, migrated on
 * open. Work runs in {@link #read} (autocommit) or {@link #transaction} (one commit or none).
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Dialect dialect;

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
    }

    /** Opens (creating if needed) and migrates the database described by {@code settings}. */
    public static Database open(DatabaseSettings settings) {
        Dialect dialect = Dialect.forUrl(settings.jdbcUrl());
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("tidings-db");
        if (dialect == Dialect.SQLITE) {
            hikari.setDataSource(sqlite(settings.jdbcUrl()));
            hikari.setMaximumPoolSize(8);
        } else {
            hikari.setJdbcUrl(settings.jdbcUrl());
            hikari.setUsername(settings.user());
            hikari.setPassword(settings.password());
            hikari.setMaximumPoolSize(settings.poolSize());
        }
        var db = new Database(new HikariDataSource(hikari), dialect);
        try {
            new Migrations(dialect).apply(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** A SQLite database file under {@code dataDir}. */
    public static Database openSqlite(Path dataDir) {
        return open(DatabaseSettings.sqlite(dataDir));
    }

    private static SQLiteDataSource sqlite(String url) {
        Path file = Path.of(url.substring("jdbc:sqlite:".length()));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data directory " + file.getParent(), e);
        }
        NativeLibraries.sqlite();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(30_000);
        config.enforceForeignKeys(true);
        // Writers take the lock when the transaction begins, so two writers queue on busy_timeout
        // instead of failing when a read lock cannot be upgraded.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Work that needs no transaction: each statement commits on its own. */
    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(new Handle(c));
        } catch (SQLException e) {
            throw new DatabaseException("<connection>", e);
        }
    }

    /** Work that commits as a whole or not at all. */
    public <T> T transaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new Handle(c));
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("<transaction>", e);
        }
    }

    /** A unit of database work. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Handle handle);
    }

    @Override
    public void close() {
        pool.close();
    }
}
