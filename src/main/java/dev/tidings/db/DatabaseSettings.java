package dev.tidings.db;

import java.nio.file.Path;

/** Where the database is: a JDBC URL with optional credentials. */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {

    public static DatabaseSettings sqlite(Path dataDir) {
        return new DatabaseSettings("jdbc:sqlite:" + dataDir.resolve("tidings.db"), null, null, 8);
    }
}
