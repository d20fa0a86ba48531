package dev.tidings.source;

import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sources table and its fetch log. */
public final class SourceRepository {
    /** How long each fetch of a source stays in its log. */
    static final java.time.Duration FETCH_LOG_KEPT = java.time.Duration.ofDays(30);

    private static final String COLUMNS =
            "id, feed_url, site_url, title, slug, category, allow_private_network, enabled,"
                    + " interval_seconds, etag, last_modified, next_fetch_at, last_fetched_at, last_status, last_error,"
                    + " error_count";

    private final Database db;
    private final Clock clock;

    public SourceRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Adds a source, or returns the existing one with the same feed URL (following it again if it was disabled). */
    public Source add(NewSource s) {
        return db.transaction(h -> {
            Optional<Source> existing = h.queryOne(
                    "SELECT " + COLUMNS + " FROM sources WHERE feed_url = ?", SourceRepository::map, s.feedUrl());
            if (existing.isPresent()) {
                if (!existing.get().enabled()) {
                    h.update(
                            "UPDATE sources SET enabled = 1 WHERE id = ?",
                            existing.get().id());
                    return h.queryOne(
                                    "SELECT " + COLUMNS + " FROM sources WHERE id = ?",
                                    SourceRepository::map,
                                    existing.get().id())
                            .orElseThrow();
                }
                return existing.get();
            }
            String title = s.title() != null && !s.title().isBlank()
                    ? s.title().strip()
                    : s.feedUrl().getHost();
            String slug = uniqueSlug(h, Slugs.of(title));
            long id = h.insert(
                            "INSERT INTO sources (feed_url, site_url, title, slug, category, allow_private_network,"
                                    + " interval_seconds, next_fetch_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            s.feedUrl(),
                            s.siteUrl(),
                            title,
                            slug,
                            s.category(),
                            s.allowPrivateNetwork(),
                            s.intervalSeconds(),
                            0L,
                            clock.millis())
                    .orElseThrow();
            return h.queryOne("SELECT " + COLUMNS + " FROM sources WHERE id = ?", SourceRepository::map, id)
                    .orElseThrow();
        });
    }

    public List<Source> all() {
        return db.read(h -> h.query("SELECT " + COLUMNS + " FROM sources ORDER BY title", SourceRepository::map));
    }

    public Optional<Source> byId(long id) {
        return db.read(h -> h.queryOne("SELECT " + COLUMNS + " FROM sources WHERE id = ?", SourceRepository::map, id));
    }

    public Optional<Source> bySlug(String slug) {
        return db.read(
                h -> h.queryOne("SELECT " + COLUMNS + " FROM sources WHERE slug = ?", SourceRepository::map, slug));
    }

    /**
     * Takes the lease on up to {@code limit} enabled sources whose next fetch is due and that no
     * node holds, so that each is fetched by one node at a time. A lease ends when the outcome is
     * recorded, or when it runs out because its node died.
     */
    public List<Source> leaseDue(String node, Duration lease, int limit) {
        Instant now = clock.instant();
        return db.transaction(h -> {
            List<Source> due = h.query(
                    "SELECT " + COLUMNS + " FROM sources WHERE enabled = 1 AND next_fetch_at <= ?"
                            + " AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_fetch_at LIMIT ?"
                            + db.dialect().skipLocked(),
                    SourceRepository::map,
                    now,
                    now,
                    limit);
            for (Source s : due) {
                h.update(
                        "UPDATE sources SET lease_owner = ?, lease_until = ? WHERE id = ?",
                        node,
                        now.plus(lease),
                        s.id());
            }
            return due;
        });
    }

    /** Gives back a lease this node holds without having fetched the source. */
    public void releaseLease(long sourceId, String node) {
        db.read(h -> h.update(
                "UPDATE sources SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
                sourceId,
                node));
    }

    /** Gives back every source lease this node holds (at start: a node that crashed with the same name). */
    public int releaseLeasesOf(String node) {
        return db.read(
                h -> h.update("UPDATE sources SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?", node));
    }

    /** Records how a refresh went and when to come back. */
    void recordOutcome(Source source, RefreshOutcome outcome) {
        db.transaction(h -> {
            h.update(
                    "UPDATE sources SET etag = ?, last_modified = ?, next_fetch_at = ?, last_fetched_at = ?,"
                            + " last_status = ?, last_error = ?, error_count = ?,"
                            // the feed's title only replaces the one the lease saw (an operator may
                            // have renamed the outlet meanwhile)
                            + " title = CASE WHEN title = ? THEN ? ELSE title END, site_url = COALESCE(site_url, ?),"
                            + " lease_owner = NULL, lease_until = NULL WHERE id = ?",
                    outcome.etag(),
                    outcome.lastModified(),
                    outcome.nextFetchAt(),
                    outcome.fetchedAt(),
                    outcome.status(),
                    outcome.error(),
                    outcome.errorCount(),
                    source.title(),
                    titleAfter(source, outcome.feedTitle()),
                    outcome.siteUrl(),
                    source.id());
            h.update(
                    "INSERT INTO fetch_log (source_id, fetched_at, outcome, http_status, duration_ms, new_entries, error)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    source.id(),
                    outcome.fetchedAt(),
                    outcome.status(),
                    outcome.httpStatus(),
                    outcome.durationMs(),
                    outcome.newEntries(),
                    outcome.error());
            // the log is for an outlet's recent health; kept whole it would grow by every fetch forever
            h.update(
                    "DELETE FROM fetch_log WHERE source_id = ? AND fetched_at < ?",
                    source.id(),
                    outcome.fetchedAt().minus(FETCH_LOG_KEPT));
            return null;
        });
    }

    /**
     * The source an operator names: its id, its slug or its feed URL, tried in that order (an id
     * wins over a slug made of the same digits).
     */
    public Optional<Source> named(String name) {
        String key = name.strip();
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit) && key.length() < 19) {
            Optional<Source> byId = byId(Long.parseLong(key));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return db.read(h -> h.queryOne(
                "SELECT " + COLUMNS + " FROM sources WHERE slug = ? OR feed_url = ? ORDER BY slug = ? DESC LIMIT 1",
                SourceRepository::map,
                key,
                key,
                key));
    }

    /**
     * Stops or starts following one source. Its articles stay either way; a source followed again is
     * fetched at once. Returns whether anything changed.
     */
    public boolean follow(long sourceId, boolean follow) {
        return db.transaction(h -> follow
                        ? h.update(
                                "UPDATE sources SET enabled = 1, next_fetch_at = 0 WHERE id = ? AND enabled = 0",
                                sourceId)
                        : h.update("UPDATE sources SET enabled = 0 WHERE id = ? AND enabled = 1", sourceId))
                == 1;
    }

    /** Refresh intervals an operator may set: from a minute to a week. */
    public static final int MIN_INTERVAL_SECONDS = 60;

    public static final int MAX_INTERVAL_SECONDS = 7 * 24 * 3600;

    /**
     * Renames the outlet and/or changes how often it is fetched (null leaves either as it is); its
     * slug, and so its addresses, stay. Throws {@link IllegalArgumentException} for a blank or
     * overlong title or an interval outside a minute to a week. Returns whether anything changed.
     */
    public boolean edit(long sourceId, String title, Integer intervalSeconds) {
        String name = title == null ? null : title.strip().replaceAll("\\s+", " ");
        if (name != null && (name.isEmpty() || name.length() > 200)) {
            throw new IllegalArgumentException("a source's title has 1 to 200 characters");
        }
        if (intervalSeconds != null
                && (intervalSeconds < MIN_INTERVAL_SECONDS || intervalSeconds > MAX_INTERVAL_SECONDS)) {
            throw new IllegalArgumentException("the interval is from " + MIN_INTERVAL_SECONDS + " to "
                    + MAX_INTERVAL_SECONDS + " seconds (a week), not " + intervalSeconds);
        }
        return db.transaction(h -> h.update(
                        "UPDATE sources SET title = COALESCE(?, title), interval_seconds = COALESCE(?, interval_seconds)"
                                + " WHERE id = ? AND (title <> COALESCE(?, title)"
                                + " OR interval_seconds <> COALESCE(?, interval_seconds))",
                        name,
                        intervalSeconds,
                        sourceId,
                        name,
                        intervalSeconds))
                > 0;
    }

    /** Stops following every source of a category (e.g. the outlets of a previous demo run). */
    public int disableCategory(String category) {
        return db.read(h -> h.update("UPDATE sources SET enabled = 0 WHERE category = ?", category));
    }

    /** Makes every enabled source due now (for {@code tidings refresh}). */
    public void makeAllDue() {
        db.read(h -> h.update("UPDATE sources SET next_fetch_at = 0 WHERE enabled = 1"));
    }

    /** The recent fetches of one source, newest first. */
    public List<FetchLogEntry> recentFetches(long sourceId, int limit) {
        return db.read(h -> h.query(
                "SELECT fetched_at, outcome, http_status, duration_ms, new_entries, error FROM fetch_log"
                        + " WHERE source_id = ? ORDER BY fetched_at DESC LIMIT ?",
                rs -> new FetchLogEntry(
                        Instant.ofEpochMilli(rs.getLong(1)),
                        rs.getString(2),
                        nullableInt(rs, 3),
                        rs.getLong(4),
                        rs.getInt(5),
                        rs.getString(6)),
                sourceId,
                limit));
    }

    /** A source added without a title is named after its host until its feed gives a title. */
    private static String titleAfter(Source source, String feedTitle) {
        boolean placeholder = source.title().equals(source.feedUrl().getHost());
        return placeholder && feedTitle != null && !feedTitle.isBlank() ? feedTitle.strip() : source.title();
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String uniqueSlug(Handle h, String base) {
        String slug = base;
        for (int n = 2; h.queryLong("SELECT COUNT(*) FROM sources WHERE slug = ?", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static Source map(ResultSet rs) throws SQLException {
        String site = rs.getString("site_url");
        long last = rs.getLong("last_fetched_at");
        boolean neverFetched = rs.wasNull();
        return new Source(
                rs.getLong("id"),
                URI.create(rs.getString("feed_url")),
                site == null ? null : URI.create(site),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("category"),
                rs.getInt("allow_private_network") != 0,
                rs.getInt("enabled") != 0,
                rs.getInt("interval_seconds"),
                rs.getString("etag"),
                rs.getString("last_modified"),
                Instant.ofEpochMilli(rs.getLong("next_fetch_at")),
                neverFetched ? null : Instant.ofEpochMilli(last),
                rs.getString("last_status"),
                rs.getString("last_error"),
                rs.getInt("error_count"));
    }
}
