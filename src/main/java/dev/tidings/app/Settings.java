package dev.tidings.app;

import dev.tidings.account.AbuseLimits;
import dev.tidings.ai.AiSettings;
import dev.tidings.db.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * Configuration from the command line and the environment. The data directory holds the SQLite
 * database (unless {@code TIDINGS_DB_URL} points elsewhere).
 */
record Settings(
        Path dataDir,
        DatabaseSettings database,
        ZoneId zone,
        int feedThreads,
        int pageThreads,
        String nodeId,
        Duration lease,
        Duration minRefreshInterval,
        AiSettings ai,
        AbuseLimits abuseLimits,
        boolean trustForwarded) {

    static Settings from(Path dataDir, Map<String, String> env) {
        String url = env.get("TIDINGS_DB_URL");
        DatabaseSettings db = url == null || url.isBlank()
                ? DatabaseSettings.sqlite(dataDir)
                : new DatabaseSettings(
                        url,
                        env.get("TIDINGS_DB_USER"),
                        env.get("TIDINGS_DB_PASSWORD"),
                        intOr(env.get("TIDINGS_DB_POOL"), 10));
        ZoneId zone = ZoneId.of(env.getOrDefault("TIDINGS_TIMEZONE", "UTC"));
        String node = env.getOrDefault("TIDINGS_NODE_ID", defaultNodeId());
        return new Settings(
                dataDir,
                db,
                zone,
                intOr(env.get("TIDINGS_FEED_THREADS"), 4),
                intOr(env.get("TIDINGS_PAGE_THREADS"), 8),
                node,
                Duration.ofSeconds(intOr(env.get("TIDINGS_LEASE_SECONDS"), 120)),
                Duration.ofSeconds(intOr(env.get("TIDINGS_MIN_REFRESH_SECONDS"), 30)),
                AiSettings.fromEnv(env),
                AbuseLimits.defaults(),
                "1".equals(env.get("TIDINGS_TRUST_FORWARDED")));
    }

    /** The same settings with other rate limits (tests that post a whole corpus). */
    Settings withAbuseLimits(AbuseLimits limits) {
        return new Settings(
                dataDir,
                database,
                zone,
                feedThreads,
                pageThreads,
                nodeId,
                lease,
                minRefreshInterval,
                ai,
                limits,
                trustForwarded);
    }

    /** Host name and process id: unique among the nodes sharing a database, and readable in it. */
    private static String defaultNodeId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    private static int intOr(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + value, e);
        }
    }
}
