package dev.tidings.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for repository tests: a SQLite file in a temporary directory, or a fresh
 * database in one embedded PostgreSQL server started once per test JVM (from Maven Central
 * binaries, so no installed PostgreSQL is needed).
 */
public final class TestDatabases {
    /** The two stores every repository test runs against. */
    public enum Kind {
        SQLITE,
        POSTGRES
    }

    private static final AtomicInteger counter = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    public static Database open(Kind kind, Path tempDir) {
        return Database.open(settings(kind, tempDir));
    }

    public static DatabaseSettings settings(Kind kind, Path tempDir) {
        return switch (kind) {
            case SQLITE -> DatabaseSettings.sqlite(tempDir);
            case POSTGRES -> freshPostgresDatabase();
        };
    }

    /** A new, empty PostgreSQL database on the shared embedded server. */
    public static synchronized DatabaseSettings freshPostgresDatabase() {
        EmbeddedPostgres pg = server();
        String name = "tidings_test_" + counter.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new DatabaseSettings(pg.getJdbcUrl("postgres", name), "postgres", "", 5);
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the temporary cluster is removed with it
                }
            }));
        }
        return postgres;
    }
}
