package dev.tidings.article;

import dev.tidings.db.Database;
import dev.tidings.db.DatabaseException;
import dev.tidings.db.Handle;
import dev.tidings.nlp.TextFingerprint;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The articles table. */
public final class ArticleRepository {

    private final Database db;

    public ArticleRepository(Database db) {
        this.db = db;
    }

    /** Stores the article unless one with the same id or URL exists; returns whether it was stored. */
    boolean insert(Article a) {
        return db.transaction(h -> insert(h, a));
    }

    /** As {@link #insert(Article)}, with the text's fingerprint for near-duplicate lookups. */
    boolean insert(Article a, TextFingerprint fingerprint) {
        return db.transaction(h -> insert(h, a) && saveFingerprint(h, a.id(), fingerprint));
    }

    /** A stored article whose text nearly matches: the first-stored one, and when it was published. */
    record Original(String id, Instant publishedAt) {}

    /** The earliest-stored article whose text is a near-duplicate of the fingerprinted text. */
    Optional<Original> nearDuplicateOf(TextFingerprint fp) {
        if (fp.isEmpty()) {
            return Optional.empty();
        }
        long[] bands = fp.bands();
        String marks = String.join(",", java.util.Collections.nCopies(bands.length, "?"));
        Object[] params = java.util.Arrays.stream(bands).boxed().toArray();
        List<Object[]> rows = db.read(h -> h.query(
                "SELECT a.id, a.published_at, f.minhash, f.simhash, a.seq FROM article_fingerprints f"
                        + " JOIN articles a ON a.id = f.article_id WHERE f.article_id IN"
                        + " (SELECT DISTINCT article_id FROM article_bands WHERE band IN (" + marks + "))"
                        + " ORDER BY a.seq",
                rs -> new Object[] {
                    rs.getString(1),
                    Instant.ofEpochMilli(rs.getLong(2)),
                    TextFingerprint.fromStored(rs.getBytes(3), rs.getLong(4))
                },
                params));
        for (Object[] row : rows) {
            if (fp.nearDuplicateOf((TextFingerprint) row[2])) {
                return Optional.of(new Original((String) row[0], (Instant) row[1]));
            }
        }
        return Optional.empty();
    }

    /**
     * Stores {@code a} as the original of a near-duplicate stored earlier ({@code replacedId}): the
     * earlier copy's feed entries now point at {@code a}, and the copy is removed. Returns false
     * (changing nothing) when that cannot be done, for example when other rows still need the copy.
     */
    boolean replaceOriginal(Article a, TextFingerprint fingerprint, String replacedId) {
        try {
            return db.transaction(h -> {
                if (!insert(h, a)) {
                    return false;
                }
                saveFingerprint(h, a.id(), fingerprint);
                h.update(
                        "UPDATE entries SET article_id = ?, state = 'duplicate' WHERE article_id = ?",
                        a.id(),
                        replacedId);
                h.update("DELETE FROM articles WHERE id = ?", replacedId);
                ArticleChanges.note(h, replacedId, a.storedAt());
                return true;
            });
        } catch (DatabaseException e) {
            return false;
        }
    }

    private static boolean insert(Handle h, Article a) {
        return h.update(
                        "INSERT INTO articles (id, source_id, url, title, byline, language, published_at, modified_at,"
                                + " stored_at, image_url, description, lead, body_html, body_text, word_count,"
                                + " content_hash, opinion) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING",
                        a.id(),
                        a.sourceId(),
                        a.url(),
                        a.title(),
                        a.byline(),
                        a.language(),
                        a.publishedAt(),
                        a.modifiedAt(),
                        a.storedAt(),
                        a.imageUrl(),
                        a.description(),
                        a.lead(),
                        a.bodyHtml(),
                        a.bodyText(),
                        a.wordCount(),
                        a.contentHash(),
                        a.opinion())
                > 0;
    }

    private static boolean saveFingerprint(Handle h, String articleId, TextFingerprint fp) {
        if (fp.isEmpty()) {
            return true;
        }
        h.update(
                "INSERT INTO article_fingerprints (article_id, minhash, simhash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                articleId,
                fp.minhashBytes(),
                fp.simhash());
        for (long band : fp.bands()) {
            h.update(
                    "INSERT INTO article_bands (band, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    band,
                    articleId);
        }
        return true;
    }

    /** The id of an article with exactly this body, if one is stored. */
    Optional<String> idByContentHash(String hash) {
        return db.read(h -> h.queryOne(
                "SELECT id FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1", rs -> rs.getString(1), hash));
    }

    boolean exists(String id) {
        return db.read(h -> h.queryLong("SELECT COUNT(*) FROM articles WHERE id = ?", id) > 0);
    }

    public Optional<Article> byId(String id) {
        return db.read(h -> h.queryOne("SELECT * FROM articles WHERE id = ?", ArticleRepository::map, id));
    }

    /** The URL and body text of one stored article. */
    public record PageText(String url, String text) {}

    /** The most recently stored articles' URLs and texts, newest first. */
    public List<PageText> recentTexts(int limit) {
        return db.read(h -> h.query(
                "SELECT url, body_text FROM articles ORDER BY seq DESC LIMIT ?",
                rs -> new PageText(rs.getString(1), rs.getString(2)),
                limit));
    }

    public long count() {
        return db.read(h -> h.queryLong("SELECT COUNT(*) FROM articles"));
    }

    /** The newest articles. */
    public List<ArticleCard> latest(int limit) {
        return latest(ArticleWindow.Position.START, limit).cards();
    }

    /** A page of every article, newest first. */
    public ArticleWindow latest(ArticleWindow.Position at, int limit) {
        return db.read(h -> ArticleWindow.read(h, "", "1 = 1", "a.published_at", at, limit));
    }

    /** An outlet's newest articles. */
    public List<ArticleCard> bySource(long sourceId, int limit) {
        return bySource(sourceId, ArticleWindow.Position.START, limit).cards();
    }

    /** A page of one outlet's articles, newest first. */
    public ArticleWindow bySource(long sourceId, ArticleWindow.Position at, int limit) {
        return db.read(h -> ArticleWindow.read(h, "", "a.source_id = ?", "a.published_at", at, limit, sourceId));
    }

    /**
     * Newest first from {@code cursor} (null for the start), filtered; keyset pagination on
     * (published_at, seq), so pages stay stable while articles arrive. Throws
     * IllegalArgumentException for a cursor that is not one.
     */
    public ArticleSlice slice(ArticleFilter filter, String cursor, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.sourceId() != null) {
            where.append(" AND a.source_id = ?");
            params.add(filter.sourceId());
        }
        if (filter.since() != null) {
            where.append(" AND a.published_at >= ?");
            params.add(filter.since());
        }
        if (filter.until() != null) {
            where.append(" AND a.published_at < ?");
            params.add(filter.until());
        }
        var at =
                cursor == null ? ArticleWindow.Position.START : ArticleWindow.Position.olderThan(Cursor.decode(cursor));
        ArticleWindow page = db.read(
                h -> ArticleWindow.read(h, "", where.toString(), "a.published_at", at, limit, params.toArray()));
        return new ArticleSlice(page.cards(), page.older());
    }

    public long countBySource(long sourceId) {
        return db.read(h -> h.queryLong("SELECT COUNT(*) FROM articles WHERE source_id = ?", sourceId));
    }

    /** Article counts per source id, in one query. */
    public java.util.Map<Long, Long> countsBySource() {
        var counts = new java.util.HashMap<Long, Long>();
        db.read(h -> h.query(
                "SELECT source_id, COUNT(*) FROM articles GROUP BY source_id",
                rs -> counts.put(rs.getLong(1), rs.getLong(2))));
        return counts;
    }

    /** Outlets that published this same text too (syndicated copies stored once). */
    public List<String> alsoPublishedBy(String articleId, long ownSourceId) {
        return db.read(h -> h.query(
                "SELECT DISTINCT s.title FROM entries e JOIN sources s ON s.id = e.source_id"
                        + " WHERE e.article_id = ? AND e.source_id <> ? ORDER BY s.title",
                rs -> rs.getString(1),
                articleId,
                ownSourceId));
    }

    private static Article map(ResultSet rs) throws SQLException {
        long modified = rs.getLong("modified_at");
        boolean noModified = rs.wasNull();
        String image = rs.getString("image_url");
        return new Article(
                rs.getString("id"),
                rs.getLong("source_id"),
                URI.create(rs.getString("url")),
                rs.getString("title"),
                rs.getString("byline"),
                rs.getString("language"),
                Instant.ofEpochMilli(rs.getLong("published_at")),
                noModified ? null : Instant.ofEpochMilli(modified),
                Instant.ofEpochMilli(rs.getLong("stored_at")),
                image == null ? null : URI.create(image),
                rs.getString("description"),
                rs.getString("lead"),
                rs.getString("body_html"),
                rs.getString("body_text"),
                rs.getInt("word_count"),
                rs.getString("content_hash"),
                rs.getInt("opinion") != 0);
    }
}
