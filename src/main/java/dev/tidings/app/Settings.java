package dev.tidings.app;

import dev.tidings.account.AbuseLimits;
import dev.tidings.account.ResetMail;
import dev.tidings.ai.AiSettings;
import dev.tidings.db.DatabaseSettings;
import dev.tidings.fetch.FetchSettings;
import dev.tidings.mail.MailSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * Configuration from the command line and the environment. The data directory holds the SQLite
 * database (unless {@code TIDINGS_DB_URL} points elsewhere). Durations are written {@code 500ms},
 * {@code 10s}, {@code 5m}, {@code 1h} (a bare number is seconds); sizes {@code 512k}, {@code 8m}
 * (a bare number is bytes). {@code publicUrl} (the site's own address, for links in mail and on
 * the command line) is null when unset; mail needs it. {@code metricsToken} (null when unset) lets a
 * scraper on another machine read {@code /metrics}.
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
        boolean trustForwarded,
        FetchSettings fetch,
        int feedMaxEntries,
        long mediaCacheBytes,
        URI publicUrl,
        MailSettings mail,
        String metricsToken) {

    /** The disk a node gives to publishers' pictures it serves (`media/`), by default. */
    static final long DEFAULT_MEDIA_CACHE_BYTES = 1024L * 1024 * 1024;

    /** Every setting's name (the environment variables Tidings reads); {@code --set} takes no other. */
    static final java.util.Set<String> NAMES = java.util.Set.of(
            "TIDINGS_DB_PASSWORD",
            "TIDINGS_DB_POOL",
            "TIDINGS_DB_URL",
            "TIDINGS_DB_USER",
            "TIDINGS_FEED_MAX_ENTRIES",
            "TIDINGS_FEED_THREADS",
            "TIDINGS_FETCH_CONNECT_TIMEOUT",
            "TIDINGS_FETCH_DEFAULT_RETRY_AFTER",
            "TIDINGS_FETCH_MAX_BODY",
            "TIDINGS_FETCH_MAX_DECODED",
            "TIDINGS_FETCH_MAX_REDIRECTS",
            "TIDINGS_FETCH_PER_HOST",
            "TIDINGS_FETCH_READ_TIMEOUT",
            "TIDINGS_FETCH_TOTAL_TIMEOUT",
            "TIDINGS_LEASE_SECONDS",
            "TIDINGS_LLM_API_KEY",
            "TIDINGS_LLM_CALLS_PER_MINUTE",
            "TIDINGS_LLM_MODEL",
            "TIDINGS_LLM_TIMEOUT_SECONDS",
            "TIDINGS_LLM_URL",
            "TIDINGS_MAIL_FROM",
            "TIDINGS_MEDIA_CACHE",
            "TIDINGS_METRICS_TOKEN",
            "TIDINGS_MIN_REFRESH_SECONDS",
            "TIDINGS_NODE_ID",
            "TIDINGS_PAGE_THREADS",
            "TIDINGS_PUBLIC_URL",
            "TIDINGS_ROBOTS_TTL",
            "TIDINGS_SMTP_URL",
            "TIDINGS_TIMEZONE",
            "TIDINGS_TRUST_FORWARDED",
            "TIDINGS_USER_AGENT");

    /** Refuses a name that is no setting: a mistyped {@code --set} would otherwise do nothing, silently. */
    static void checkNames(java.util.Collection<String> names) {
        for (String name : names) {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("no setting is called " + name
                        + "; README.md's Configuration lists them (" + NAMES.size() + ", each TIDINGS_…)");
            }
        }
    }

    static Settings from(Path dataDir, Map<String, String> env) {
        String url = env.get("TIDINGS_DB_URL");
        DatabaseSettings db = url == null || url.isBlank()
                ? DatabaseSettings.sqlite(dataDir)
                : new DatabaseSettings(
                        url,
                        env.get("TIDINGS_DB_USER"),
                        env.get("TIDINGS_DB_PASSWORD"),
                        intOr(env, "TIDINGS_DB_POOL", 10));
        ZoneId zone = ZoneId.of(env.getOrDefault("TIDINGS_TIMEZONE", "UTC"));
        String node = env.getOrDefault("TIDINGS_NODE_ID", defaultNodeId());
        String site = env.get("TIDINGS_PUBLIC_URL");
        URI publicUrl = site == null || site.isBlank() ? null : ResetMail.siteAddress(site, "TIDINGS_PUBLIC_URL");
        MailSettings mail = MailSettings.fromEnv(env);
        if (mail.enabled() && publicUrl == null) {
            throw new IllegalArgumentException(
                    "TIDINGS_SMTP_URL needs TIDINGS_PUBLIC_URL too: links in mail are built on the site's address");
        }
        return new Settings(
                dataDir,
                db,
                zone,
                intOr(env, "TIDINGS_FEED_THREADS", 4),
                intOr(env, "TIDINGS_PAGE_THREADS", 8),
                node,
                Duration.ofSeconds(intOr(env, "TIDINGS_LEASE_SECONDS", 120)),
                Duration.ofSeconds(intOr(env, "TIDINGS_MIN_REFRESH_SECONDS", 30)),
                AiSettings.fromEnv(env),
                AbuseLimits.defaults(),
                "1".equals(env.get("TIDINGS_TRUST_FORWARDED")),
                fetch(env),
                intOr(env, "TIDINGS_FEED_MAX_ENTRIES", 500),
                bytesOr(env.get("TIDINGS_MEDIA_CACHE"), DEFAULT_MEDIA_CACHE_BYTES),
                publicUrl,
                mail,
                blankToNull(env.get("TIDINGS_METRICS_TOKEN")));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
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
                trustForwarded,
                fetch,
                feedMaxEntries,
                mediaCacheBytes,
                publicUrl,
                mail,
                metricsToken);
    }

    /** Every fetch limit, each overridable by its own variable. */
    static FetchSettings fetch(Map<String, String> env) {
        FetchSettings d = FetchSettings.defaults();
        return new FetchSettings(
                durationOr(env.get("TIDINGS_FETCH_CONNECT_TIMEOUT"), d.connectTimeout()),
                durationOr(env.get("TIDINGS_FETCH_READ_TIMEOUT"), d.readTimeout()),
                durationOr(env.get("TIDINGS_FETCH_TOTAL_TIMEOUT"), d.totalTimeout()),
                bytesOr(env.get("TIDINGS_FETCH_MAX_BODY"), d.maxBodyBytes()),
                bytesOr(env.get("TIDINGS_FETCH_MAX_DECODED"), d.maxDecodedBytes()),
                intOr(env, "TIDINGS_FETCH_MAX_REDIRECTS", d.maxRedirects()),
                intOr(env, "TIDINGS_FETCH_PER_HOST", d.perHostConcurrency()),
                env.getOrDefault("TIDINGS_USER_AGENT", d.userAgent()),
                durationOr(env.get("TIDINGS_ROBOTS_TTL"), d.robotsTtl()),
                durationOr(env.get("TIDINGS_FETCH_DEFAULT_RETRY_AFTER"), d.defaultRetryAfter()));
    }

    static Duration durationOr(String value, Duration fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(
                        Long.parseLong(v.substring(0, v.length() - 2).strip()));
            }
            long unit = switch (v.charAt(v.length() - 1)) {
                case 's' -> 1;
                case 'm' -> 60;
                case 'h' -> 3600;
                default -> 0;
            };
            return unit == 0
                    ? Duration.ofSeconds(Long.parseLong(v))
                    : Duration.ofSeconds(
                            Long.parseLong(v.substring(0, v.length() - 1).strip()) * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration (like 500ms, 10s, 5m, 1h): " + value, e);
        }
    }

    static long bytesOr(String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        long unit = switch (v.charAt(v.length() - 1)) {
            case 'k' -> 1024;
            case 'm' -> 1024 * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1;
        };
        try {
            return Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1).strip()) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size (like 512k, 8m): " + value, e);
        }
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

    private static int intOr(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a whole number: " + value, e);
        }
    }
}
