package dev.tidings.app;

import dev.tidings.db.DatabaseSettings;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

/**
 * Configuration from the command line and the environment. The data directory holds the SQLite
 * database (unless {@code TIDINGS_DB_URL} points elsewhere).
 */
record Settings(Path dataDir, DatabaseSettings database, ZoneId zone, int feedThreads, int pageThreads) {

    static Settings from(Path dataDir, Map<String, String> env) {
        String url = env.get("TIDINGS_DB_URL");
        DatabaseSettings db = url == null || url.isBlank()
                ? DatabaseSettings.sqlite(dataDir)
                : new DatabaseSettings(url, env.get("TIDINGS_DB_USER"), env.get("TIDINGS_DB_PASSWORD"),
                        intOr(env.get("TIDINGS_DB_POOL"), 10));
        ZoneId zone = ZoneId.of(env.getOrDefault("TIDINGS_TIMEZONE", "UTC"));
        return new Settings(dataDir, db, zone, intOr(env.get("TIDINGS_FEED_THREADS"), 4),
                intOr(env.get("TIDINGS_PAGE_THREADS"), 8));
    }

    private static int intOr(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + value, e);
        }
    }
}
