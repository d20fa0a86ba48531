package dev.tidings.tag;

import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleChanges;
import dev.tidings.article.ArticleWindow;
import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import dev.tidings.work.LeastRecentlyUsed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The hashtag tables: tags per article, tag pages, related and trending tags. */
public final class TagRepository {
    /*
     * How a tag is usually written and which tags go with it are read from its latest articles
     * only: what it means now, and a page of a tag on many thousands of articles stays cheap.
     */
    private static final int LATEST = 500;
    /* One tag's latest rows, newest first, in the order of the index that holds them (V010). */
    private static final String NEWEST =
            "SELECT %s FROM article_tags WHERE tag_key = ? ORDER BY published_at DESC, article_id DESC LIMIT ?";

    /** Tags on this many articles or more have their count kept for a while. */
    static final long COUNT_KEPT_FROM = 10_000;

    static final Duration COUNT_LIFE = Duration.ofMinutes(1);

    private final Database db;
    private final Map<String, KeptCount> counts = LeastRecentlyUsed.map(256);

    private record KeptCount(long articles, long countedAt) {}

    public TagRepository(Database db) {
        this.db = db;
    }

    /** A tag with how many articles carry it (or share an article with another tag). */
    public record TagCount(String tag, long articles) {}

    /** A tag rising now: articles in the recent window against what its usual rate predicts. */
    public record Trend(String tag, long recent, double expected, double score) {}

    /**
     * Stores an article's tags and keyphrases, replacing any it had, and returns the tags as stored: a
     * tag other articles already carry in its other number (#CardNumbers where #CardNumber is
     * established) is written as they write it most, and is stored once. Tags that differ from
     * those it had are noted in the change log, for every node's index.
     */
    List<String> store(
            Handle h, String articleId, Instant publishedAt, List<String> tags, List<String> keyphrases, Instant now) {
        List<String> before = tagsOf(h, articleId);
        h.update("DELETE FROM article_tags WHERE article_id = ?", articleId);
        List<String> stored = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String tag : tags) {
            String key = key(tag);
            if (!keys.add(key)) {
                continue;
            }
            String written = usualSpelling(h, key)
                    // only the number is taken from others; the tagger's own casing stands
                    .filter(usual -> !usual.equalsIgnoreCase(tag))
                    .orElse(tag);
            h.update(
                    "INSERT INTO article_tags (article_id, tag_key, tag, tag_rank, published_at) VALUES (?, ?, ?, ?, ?)",
                    articleId,
                    key,
                    written,
                    stored.size(),
                    publishedAt);
            stored.add(written);
        }
        h.update(
                "INSERT INTO tagged_articles (article_id, keyphrases, tagged_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (article_id) DO UPDATE SET keyphrases = excluded.keyphrases,"
                        + " tagged_at = excluded.tagged_at",
                articleId,
                String.join("\n", keyphrases),
                now);
        if (!stored.equals(before)) {
            ArticleChanges.note(h, articleId, now);
        }
        return stored;
    }

    static boolean isTagged(Handle h, String articleId) {
        return h.queryLong("SELECT COUNT(*) FROM tagged_articles WHERE article_id = ?", articleId) > 0;
    }

    /** Ids of tagged articles published since {@code since}, newest first. */
    List<String> taggedSince(Instant since, int limit) {
        return db.read(h -> h.query(
                "SELECT t.article_id FROM tagged_articles t JOIN articles a ON a.id = t.article_id"
                        + " WHERE a.published_at >= ? ORDER BY a.published_at DESC LIMIT ?",
                rs -> rs.getString(1),
                since,
                limit));
    }

    /** Ids of stored articles not tagged yet, oldest first. */
    List<String> untagged(int limit) {
        return db.read(h -> h.query(
                "SELECT a.id FROM articles a LEFT JOIN tagged_articles t ON t.article_id = a.id"
                        + " WHERE t.article_id IS NULL ORDER BY a.seq LIMIT ?",
                rs -> rs.getString(1),
                limit));
    }

    /** The article's hashtags, most salient first. */
    public List<String> tagsOf(String articleId) {
        return db.read(h -> tagsOf(h, articleId));
    }

    private static List<String> tagsOf(Handle h, String articleId) {
        return h.query(
                "SELECT tag FROM article_tags WHERE article_id = ? ORDER BY tag_rank",
                rs -> rs.getString(1),
                articleId);
    }

    /** The article's keyphrases, best first. */
    public List<String> keyphrasesOf(String articleId) {
        return db.read(h -> h.queryOne(
                        "SELECT keyphrases FROM tagged_articles WHERE article_id = ?", rs -> rs.getString(1), articleId)
                .map(s -> s.isEmpty() ? List.<String>of() : List.of(s.split("\n")))
                .orElse(List.of()));
    }

    /** How the tag is usually written, if any article carries it (matched without regard to case). */
    public Optional<String> spelling(String tag) {
        return db.read(h -> usualSpelling(h, key(tag)));
    }

    /**
     * The spelling most of the latest articles carrying the tag with this key use (alphabetically
     * first on a tie).
     */
    private static Optional<String> usualSpelling(Handle h, String key) {
        return h.queryOne(
                "SELECT tag, COUNT(*) AS n FROM (" + NEWEST.formatted("tag") + ") latest"
                        + " GROUP BY tag ORDER BY n DESC, tag LIMIT 1",
                rs -> rs.getString(1),
                key,
                LATEST);
    }

    /**
     * How many articles carry the tag. A tag on {@link #COUNT_KEPT_FROM} or more is counted again
     * at most once a {@link #COUNT_LIFE} (counting 300,000 index entries takes 30 ms, and a page
     * showing "297,475 articles" need not be exact to the second); smaller tags are counted each time.
     */
    public long countArticles(String tag) {
        String key = key(tag);
        long now = System.nanoTime();
        KeptCount kept;
        synchronized (counts) {
            kept = counts.get(key);
        }
        if (kept != null && now - kept.countedAt() < COUNT_LIFE.toNanos()) {
            return kept.articles();
        }
        long n = db.read(h -> h.queryLong("SELECT COUNT(*) FROM article_tags WHERE tag_key = ?", key));
        synchronized (counts) {
            if (n >= COUNT_KEPT_FROM) {
                counts.put(key, new KeptCount(n, now));
            } else {
                counts.remove(key);
            }
        }
        return n;
    }

    /** The newest articles with this tag. */
    public List<ArticleCard> articles(String tag, int limit) {
        return articles(tag, ArticleWindow.Position.START, limit).cards();
    }

    /** A page of the articles with this tag, newest first. */
    public ArticleWindow articles(String tag, ArticleWindow.Position at, int limit) {
        return db.read(h -> ArticleWindow.read(
                h,
                "JOIN article_tags t ON t.article_id = a.id",
                "t.tag_key = ?",
                "t.published_at",
                at,
                limit,
                key(tag)));
    }

    /** Tags that most often share an article with this one, among its latest articles. */
    public List<TagCount> related(String tag, int limit) {
        String key = key(tag);
        return db.read(h -> h.query(
                "SELECT MAX(o.tag), COUNT(*) AS n FROM (" + NEWEST.formatted("article_id") + ") t"
                        + " JOIN article_tags o ON o.article_id = t.article_id AND o.tag_key <> ?"
                        + " GROUP BY o.tag_key ORDER BY n DESC, o.tag_key LIMIT ?",
                rs -> new TagCount(rs.getString(1), rs.getLong(2)),
                key,
                LATEST,
                key,
                limit));
    }

    /** Tags on at least {@code minArticles} of the articles published since {@code since}, most first. */
    public List<TagCount> mostCovered(Instant since, int minArticles, int limit) {
        return db.read(h -> h.query(
                "SELECT MAX(tag), COUNT(*) AS n FROM article_tags WHERE published_at >= ?"
                        + " GROUP BY tag_key HAVING COUNT(*) >= ? ORDER BY n DESC, tag_key LIMIT ?",
                rs -> new TagCount(rs.getString(1), rs.getLong(2)),
                since.toEpochMilli(),
                minArticles,
                limit));
    }

    /**
     * Tags rising fastest: articles published in the last {@code window} against the number their
     * rate over the preceding {@code baseline} predicts, as a Poisson-style surprise
     * (recent − expected) / √(expected + 1). A tag needs at least two recent articles.
     */
    public List<Trend> trending(Instant now, Duration window, Duration baseline, int limit) {
        long end = now.toEpochMilli();
        long recentFrom = end - window.toMillis();
        long baseFrom = recentFrom - baseline.toMillis();
        double scale = (double) window.toMillis() / baseline.toMillis();
        List<Trend> trends = new ArrayList<>();
        db.read(h -> h.query(
                "SELECT MAX(tag), SUM(CASE WHEN published_at >= ? THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN published_at < ? THEN 1 ELSE 0 END)"
                        + " FROM article_tags WHERE published_at >= ? AND published_at <= ? GROUP BY tag_key"
                        + " HAVING SUM(CASE WHEN published_at >= ? THEN 1 ELSE 0 END) >= 2",
                rs -> {
                    long recent = rs.getLong(2);
                    double expected = rs.getLong(3) * scale;
                    if (recent > expected) {
                        trends.add(new Trend(
                                rs.getString(1), recent, expected, (recent - expected) / Math.sqrt(expected + 1)));
                    }
                    return null;
                },
                recentFrom,
                recentFrom,
                baseFrom,
                end,
                recentFrom));
        trends.sort(Comparator.comparingDouble(Trend::score).reversed().thenComparing(Trend::tag));
        return trends.size() > limit ? List.copyOf(trends.subList(0, limit)) : trends;
    }

    /**
     * What a tag is matched by: its lower-case name with a plural last word folded ("CardNumbers" and
     * "CardNumber" are one tag): a name longer than three letters ending in "s", but not in "ss",
     * "us" or "is" ("Congress", "Campus", "Hollis"), loses the "s". Migration V009 applies the same
     * rule to stored keys.
     */
    static String key(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        boolean plural = lower.length() > 3
                && lower.endsWith("s")
                && !lower.endsWith("ss")
                && !lower.endsWith("us")
                && !lower.endsWith("is");
        return plural ? lower.substring(0, lower.length() - 1) : lower;
    }
}
