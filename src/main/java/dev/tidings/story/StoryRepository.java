package dev.tidings.story;

import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleSlice;
import dev.tidings.article.ArticleWindow;
import dev.tidings.article.Cursor;
import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import dev.tidings.db.InList;
import dev.tidings.nlp.Vectors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The stories, story_articles and article_vectors tables. */
public final class StoryRepository {
    static final String CARD = "SELECT a.id, a.language, a.title, a.lead, a.published_at, a.source_id,"
            + " s.title, s.slug, a.opinion FROM articles a JOIN sources s ON s.id = a.source_id ";
    /** {@link #CARD} with the article's sequence as a tenth column. */
    private static final String CARD_SEQ = CARD.replaceFirst(" FROM ", ", a.seq FROM ");

    /** After {@link #CARD}: the articles of the story given as the first parameter. */
    private static final String IN_STORY = "JOIN story_articles sa ON sa.article_id = a.id WHERE sa.story_id = ?";

    /*
     * Time order, ties in storage order, from the story's copies of both (V011): read straight
     * from the index on (story_id, published_at, article_seq), so a page stops at its end.
     */
    private static final String OLDEST_FIRST = " ORDER BY sa.published_at, sa.article_seq";

    private final Database db;

    public StoryRepository(Database db) {
        this.db = db;
    }

    Database db() {
        return db;
    }

    /** An article's stored vectors and the fields the clusterer needs. */
    record Member(String articleId, long sourceId, Instant published, float[] embedding, TermBag terms) {
        StoryFeatures features() {
            return new StoryFeatures(articleId, Long.toString(sourceId), published, embedding, terms);
        }
    }

    void saveVectors(String articleId, float[] embedding, TermBag terms, long now) {
        db.read(h -> h.update(
                "INSERT INTO article_vectors (article_id, model, embedding, terms, created_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (article_id) DO NOTHING",
                articleId,
                dev.tidings.nlp.Embedder.MODEL,
                Vectors.toBytes(embedding),
                terms.format(),
                now));
    }

    Optional<Member> member(String articleId) {
        return db.read(h -> h.queryOne(
                "SELECT a.id, a.source_id, a.published_at, v.embedding, v.terms FROM article_vectors v"
                        + " JOIN articles a ON a.id = v.article_id WHERE v.article_id = ?",
                StoryRepository::member,
                articleId));
    }

    /** The most recent members of a story (its profile is built from them). */
    static List<Member> members(Handle h, long storyId, int limit) {
        return h.query(
                "SELECT a.id, a.source_id, a.published_at, v.embedding, v.terms FROM story_articles sa"
                        + " JOIN articles a ON a.id = sa.article_id JOIN article_vectors v ON v.article_id = a.id"
                        + " WHERE sa.story_id = ? ORDER BY a.published_at DESC LIMIT ?",
                StoryRepository::member,
                storyId,
                limit);
    }

    /** Terms of the most recent articles, to seed document frequencies at start. */
    void forEachRecentTerms(int limit, java.util.function.Consumer<TermBag> consumer) {
        db.read(h -> h.query(
                "SELECT terms FROM article_vectors ORDER BY created_at DESC LIMIT ?",
                rs -> {
                    consumer.accept(TermBag.parse(rs.getString(1)));
                    return null;
                },
                limit));
    }

    /** A stored article without vectors, and its place in storage order. */
    record Unenriched(long seq, String id) {}

    /**
     * Stored articles without vectors, oldest first, among those stored after {@code afterSeq}: a
     * catch-up reads on after the last it handled rather than past every article already enriched.
     */
    List<Unenriched> articlesWithoutVectors(long afterSeq, int limit) {
        return db.read(h -> h.query(
                "SELECT a.seq, a.id FROM articles a LEFT JOIN article_vectors v ON v.article_id = a.id"
                        + " WHERE a.seq > ? AND v.article_id IS NULL ORDER BY a.seq LIMIT ?",
                rs -> new Unenriched(rs.getLong(1), rs.getString(2)),
                afterSeq,
                limit));
    }

    List<String> articlesWithoutStory(int limit) {
        return db.read(h -> h.query(
                "SELECT v.article_id FROM article_vectors v JOIN articles a ON a.id = v.article_id"
                        + " LEFT JOIN story_articles sa ON sa.article_id = v.article_id"
                        + " WHERE sa.article_id IS NULL ORDER BY a.seq LIMIT ?",
                rs -> rs.getString(1),
                limit));
    }

    /** Every article with vectors, oldest first, for rebuilding the index. */
    void forEachIndexable(java.util.function.Consumer<IndexRow> consumer) {
        db.read(h -> {
            h.stream(
                    "SELECT a.id, a.published_at, a.source_id, COALESCE(sa.story_id, 0), v.embedding FROM article_vectors v"
                            + " JOIN articles a ON a.id = v.article_id LEFT JOIN story_articles sa ON sa.article_id = a.id"
                            + " ORDER BY a.seq",
                    rs -> consumer.accept(new IndexRow(
                            rs.getString(1),
                            Instant.ofEpochMilli(rs.getLong(2)),
                            rs.getLong(3),
                            rs.getLong(4),
                            Vectors.fromBytes(rs.getBytes(5)))));
            return null;
        });
    }

    /**
     * The articles {@link #forEachIndexable} gives, each with its story (0 for none), streamed
     * without their vectors.
     */
    void forEachIndexableStory(java.util.function.ObjLongConsumer<String> consumer) {
        db.read(h -> {
            h.stream(
                    "SELECT v.article_id, COALESCE(sa.story_id, 0) FROM article_vectors v"
                            + " JOIN articles a ON a.id = v.article_id LEFT JOIN story_articles sa ON sa.article_id = a.id",
                    rs -> consumer.accept(rs.getString(1), rs.getLong(2)));
            return null;
        });
    }

    record IndexRow(String articleId, Instant published, long sourceId, long storyId, float[] embedding) {}

    Optional<IndexRow> indexRow(String articleId) {
        return db.read(h -> h.queryOne(
                "SELECT a.id, a.published_at, a.source_id, COALESCE(sa.story_id, 0), v.embedding FROM article_vectors v"
                        + " JOIN articles a ON a.id = v.article_id LEFT JOIN story_articles sa ON sa.article_id = a.id"
                        + " WHERE a.id = ?",
                rs -> new IndexRow(
                        rs.getString(1),
                        Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getLong(3),
                        rs.getLong(4),
                        Vectors.fromBytes(rs.getBytes(5))),
                articleId));
    }

    /**
     * The stream's pace at {@code t}, for {@link StoryMatcher#quietness}: the stories (not merged away)
     * whose last article is within {@link StoryMatcher#SAME_DAY} of it, and how long before it the
     * first article was published.
     */
    double quietness(Instant t) {
        return db.read(h -> quietness(h, t));
    }

    /** The same, read through a transaction already open. */
    static double quietness(Handle h, Instant t) {
        long day = StoryMatcher.SAME_DAY.toMillis();
        long first = h.queryOne("SELECT MIN(published_at) FROM articles", rs -> {
                    long v = rs.getLong(1);
                    return rs.wasNull() ? null : v;
                })
                .orElse(t.toEpochMilli());
        long running = h.queryLong(
                "SELECT COUNT(*) FROM stories WHERE merged_into IS NULL"
                        + " AND last_published_at >= ? AND last_published_at <= ?",
                t.minusMillis(day),
                t.plusMillis(day));
        return StoryMatcher.quietness((int) running, Duration.ofMillis(Math.max(0, t.toEpochMilli() - first)));
    }

    /** The story an article belongs to (after merges), if it has joined one. */
    /** What a story was at one moment: its id, how many articles it had, and when it last changed. */
    record Stamp(long storyId, int articleCount, long updatedAt) {}

    /** The article's story as it stands, in one read; empty while the article has no story. */
    Optional<Stamp> stampOf(String articleId) {
        return db.read(h -> h.queryOne(
                "SELECT s.id, s.article_count, s.updated_at FROM story_articles sa"
                        + " JOIN stories s ON s.id = sa.story_id WHERE sa.article_id = ?",
                rs -> new Stamp(rs.getLong(1), rs.getInt(2), rs.getLong(3)),
                articleId));
    }

    public Optional<Long> storyOf(String articleId) {
        return db.read(h ->
                h.queryOne("SELECT story_id FROM story_articles WHERE article_id = ?", rs -> rs.getLong(1), articleId));
    }

    /** Runs {@code query} on runs of at most 200 ids, with as many {@code ?} marks as the run has ids. */
    private static void inChunks(List<String> ids, java.util.function.BiConsumer<String, Object[]> query) {
        InList.eachRun(ids, (marks, run) -> {
            query.accept(marks, run.toArray());
            return 0;
        });
    }

    /** {@code n} copies of {@code mark} separated by commas: the placeholders of an IN list or of VALUES rows. */
    private static String marks(int n, String mark) {
        return String.join(",", java.util.Collections.nCopies(n, mark));
    }

    /** Story ids of the given articles. */
    Map<String, Long> storiesOf(Handle h, List<String> articleIds) {
        Map<String, Long> out = new HashMap<>();
        inChunks(
                articleIds,
                (marks, chunk) -> h.query(
                        "SELECT article_id, story_id FROM story_articles WHERE article_id IN (" + marks + ")",
                        rs -> out.put(rs.getString(1), rs.getLong(2)),
                        chunk));
        return out;
    }

    /** An article's story, stored words and hubness ({@link Neighbourhoods}). */
    record StoryTerms(long storyId, TermBag terms, double hubness) {}

    /** An article's hubness: the mean of its recorded neighbour similarities, 0 with none recorded. */
    private static final String HUBNESS =
            "(SELECT COALESCE(AVG(n.similarity), 0) FROM article_neighbours n WHERE n.article_id = %s)";

    /** The story and the stored words of each article that has both, in one read. */
    Map<String, StoryTerms> storiesAndTerms(List<String> articleIds) {
        Map<String, StoryTerms> out = new HashMap<>();
        db.read(h -> {
            inChunks(
                    articleIds,
                    (marks, chunk) -> h.query(
                            "SELECT sa.article_id, sa.story_id, v.terms, " + HUBNESS.formatted("sa.article_id")
                                    + " FROM story_articles sa JOIN article_vectors v ON v.article_id = sa.article_id"
                                    + " WHERE sa.article_id IN (" + marks + ")",
                            rs -> out.put(
                                    rs.getString(1),
                                    new StoryTerms(rs.getLong(2), TermBag.parse(rs.getString(3)), rs.getDouble(4))),
                            chunk));
            return null;
        });
        return out;
    }

    /** Of these articles, those marked opinion. */
    static Set<String> opinionAmong(Handle h, List<String> articleIds) {
        Set<String> out = new HashSet<>();
        inChunks(
                articleIds,
                (marks, chunk) -> h.query(
                        "SELECT id FROM articles WHERE opinion <> 0 AND id IN (" + marks + ")",
                        rs -> out.add(rs.getString(1)),
                        chunk));
        return out;
    }

    /** The stored words of each of the articles that has vectors. */
    static Map<String, TermBag> terms(Handle h, List<String> articleIds) {
        Map<String, TermBag> out = new HashMap<>();
        inChunks(
                articleIds,
                (marks, chunk) -> h.query(
                        "SELECT article_id, terms FROM article_vectors WHERE article_id IN (" + marks + ")",
                        rs -> out.put(rs.getString(1), TermBag.parse(rs.getString(2))),
                        chunk));
        return out;
    }

    /**
     * Records the article's neighbours with their blended similarities in its list and in each of
     * theirs, and trims every list it touched to the {@value Neighbourhoods#NEAREST} closest.
     */
    static void linkNeighbours(Handle h, String articleId, Map<String, Double> similarities) {
        // A neighbour may have been removed since its similarity was computed (a duplicate replaced).
        Set<String> present = new HashSet<>();
        inChunks(
                new ArrayList<>(similarities.keySet()),
                (marks, chunk) -> h.query(
                        "SELECT id FROM articles WHERE id IN (" + marks + ")",
                        rs -> present.add(rs.getString(1)),
                        chunk));
        if (present.isEmpty()) {
            return;
        }
        List<Object> rows = new ArrayList<>();
        similarities.forEach((other, similarity) -> {
            if (!present.contains(other)) {
                return;
            }
            rows.addAll(List.of(articleId, other, similarity));
            rows.addAll(List.of(other, articleId, similarity));
        });
        h.update(
                "INSERT INTO article_neighbours (article_id, neighbour_id, similarity) VALUES "
                        + marks(rows.size() / 3, "(?, ?, ?)")
                        + " ON CONFLICT (article_id, neighbour_id) DO UPDATE SET similarity = excluded.similarity",
                rows.toArray());
        List<String> touched = new ArrayList<>(present);
        touched.add(articleId);
        h.update(
                "DELETE FROM article_neighbours WHERE (article_id, neighbour_id) IN (SELECT article_id, neighbour_id"
                        + " FROM (SELECT article_id, neighbour_id, ROW_NUMBER() OVER (PARTITION BY article_id"
                        + " ORDER BY similarity DESC, neighbour_id) AS place FROM article_neighbours WHERE article_id IN ("
                        + marks(touched.size(), "?")
                        + ")) ranked WHERE place > " + Neighbourhoods.NEAREST + ")",
                touched.toArray());
    }

    /** Each article's hubness, whether or not it has a story yet; 0 for one with none recorded. */
    Map<String, Double> hubness(List<String> articleIds) {
        Map<String, Double> out = new HashMap<>();
        articleIds.forEach(id -> out.put(id, 0.0));
        db.read(h -> {
            inChunks(
                    articleIds,
                    (marks, chunk) -> h.query(
                            "SELECT a.id, " + HUBNESS.formatted("a.id") + " FROM articles a WHERE a.id IN (" + marks
                                    + ")",
                            rs -> out.put(rs.getString(1), rs.getDouble(2)),
                            chunk));
            return null;
        });
        return out;
    }

    /** An article with its vectors, and its place in the article change sequence. */
    record Unlinked(Member member, long seq) {}

    /**
     * Articles after {@code seq} with vectors and a story but no neighbour recorded (stored before
     * V007, or alone so far), in storage order, with what finding their neighbours needs.
     */
    List<Unlinked> articlesWithoutNeighbours(long seq, int limit) {
        return db.read(h -> h.query(
                "SELECT a.id, a.source_id, a.published_at, v.embedding, v.terms, a.seq FROM article_vectors v"
                        + " JOIN story_articles sa ON sa.article_id = v.article_id JOIN articles a ON a.id = v.article_id"
                        + " WHERE a.seq > ? AND NOT EXISTS"
                        + " (SELECT 1 FROM article_neighbours n WHERE n.article_id = v.article_id) ORDER BY a.seq LIMIT ?",
                rs -> new Unlinked(member(rs), rs.getLong(6)),
                seq,
                limit));
    }

    Map<String, Long> storiesOf(List<String> articleIds) {
        return db.read(h -> storiesOf(h, articleIds));
    }

    public Optional<Story> story(long id) {
        return db.read(h -> h.queryOne("SELECT * FROM stories WHERE id = ?", StoryRepository::story, id));
    }

    /**
     * All the story's articles as cards, oldest first (the order of the timeline). Unbounded: for
     * what must see every article (re-pointing a merged story's articles); pages read {@link
     * #window} or {@link #articles(long, String, int)}.
     */
    public List<ArticleCard> articles(long storyId) {
        return db.read(h -> h.query(CARD + IN_STORY + OLDEST_FIRST, StoryRepository::card, storyId));
    }

    /** Who reported the story when: every article's outlet and time, oldest first. */
    public StoryCoverage coverage(long storyId) {
        return db.read(h -> {
            List<StoryCoverage.Item> items = h.query(
                    "SELECT sa.article_seq, sa.source_id, sa.published_at FROM story_articles sa WHERE sa.story_id = ?"
                            + OLDEST_FIRST,
                    rs -> new StoryCoverage.Item(rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3))),
                    storyId);
            Map<Long, String> names = new HashMap<>();
            h.query(
                    "SELECT s.id, s.title FROM sources s WHERE s.id IN"
                            + " (SELECT DISTINCT source_id FROM story_articles WHERE story_id = ?)",
                    rs -> names.put(rs.getLong(1), rs.getString(2)),
                    storyId);
            return new StoryCoverage(items, names);
        });
    }

    /**
     * Puts an article in a story, with the copies of its time, storage order and outlet that keep
     * a story's coverage in order (V011). {@code score}: how well it matched, null for a story's
     * first article.
     */
    static void addToStory(Handle h, String articleId, long storyId, Double score, Instant joinedAt) {
        h.update(
                "INSERT INTO story_articles (article_id, story_id, score, joined_at, published_at, article_seq, source_id)"
                        + " VALUES (?, ?, ?, ?, (SELECT published_at FROM articles WHERE id = ?),"
                        + " (SELECT seq FROM articles WHERE id = ?), (SELECT source_id FROM articles WHERE id = ?))",
                articleId,
                storyId,
                score,
                joinedAt,
                articleId,
                articleId,
                articleId);
    }

    /**
     * One page of the story's articles, oldest or newest first, from a cursor: read from the index
     * on the story's copies of time and storage order, so a page stays put while coverage joins and
     * a page deep in a large story costs what the first does.
     */
    public ArticleWindow window(long storyId, boolean newestFirst, ArticleWindow.Position at, int limit) {
        var list = new ArticleWindow.Listing(
                "JOIN story_articles sa ON sa.article_id = a.id",
                "sa.story_id = ?",
                "sa.published_at",
                "sa.article_seq",
                newestFirst);
        return db.read(h -> ArticleWindow.read(h, list, at, limit, storyId));
    }

    /**
     * The story's articles, oldest first, after {@code cursor} (null for the first): the {@link
     * #window} the story page reads, so a page never repeats or skips an article that was there
     * when the reader started, whatever joins meanwhile. Throws IllegalArgumentException for a
     * cursor that is not one.
     */
    public ArticleSlice articles(long storyId, String cursor, int limit) {
        var at =
                cursor == null ? ArticleWindow.Position.START : ArticleWindow.Position.newerThan(Cursor.decode(cursor));
        ArticleWindow page = window(storyId, false, at, limit);
        return new ArticleSlice(page.cards(), page.newer());
    }

    /**
     * At most {@code limit} of the story's articles spread over its outlets — each outlet's
     * earliest, in the order they appeared, then each one's second, and so on — leaving out the
     * outlet {@code exceptSourceId} (0 for none); returned oldest first. What a comparison of
     * the outlets' coverage reads, whatever one outlet's share of a large story.
     */
    public List<ArticleCard> acrossOutlets(long storyId, long exceptSourceId, int limit) {
        return cardsInOrder(coverage(storyId).acrossOutlets(exceptSourceId, limit));
    }

    /** Cards of the articles at these places in storage order, in the order given. */
    public List<ArticleCard> cardsInOrder(List<Long> seqs) {
        return inOrderOf(seqs, cardsBySeq(seqs));
    }

    /** Cards of the articles at these places in storage order; an article gone meanwhile is left out. */
    public Map<Long, ArticleCard> cardsBySeq(List<Long> seqs) {
        Map<Long, ArticleCard> out = new HashMap<>();
        for (int i = 0; i < seqs.size(); i += 500) {
            List<Long> run = seqs.subList(i, Math.min(seqs.size(), i + 500));
            db.read(h -> h.query(
                    CARD_SEQ + "WHERE a.seq IN (" + marks(run.size(), "?") + ")",
                    rs -> out.put(rs.getLong(10), card(rs)),
                    run.toArray()));
        }
        return out;
    }

    /** Cards of the given articles, in the order of their ids; an article gone meanwhile is left out. */
    List<ArticleCard> inOrder(List<String> articleIds) {
        Map<String, ArticleCard> byId = new HashMap<>();
        cards(articleIds).forEach(c -> byId.put(c.id(), c));
        return inOrderOf(articleIds, byId);
    }

    /** The cards of {@code keys}, in their order, leaving out those {@code cards} lacks. */
    private static <K> List<ArticleCard> inOrderOf(List<K> keys, Map<K, ArticleCard> cards) {
        return keys.stream().map(cards::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Stories with coverage after {@code since}, most recently updated first. */
    List<Story> recent(Instant since, int limit) {
        return db.read(h -> h.query(
                "SELECT * FROM stories WHERE merged_into IS NULL AND last_published_at >= ?"
                        + " ORDER BY last_published_at DESC LIMIT ?",
                StoryRepository::story,
                since,
                limit));
    }

    /**
     * One page of the stories (those not merged away), the most recently covered first, after
     * {@code cursor} (null for the first page). A {@link Cursor} holds the last story's coverage
     * time and id: the id breaks ties in time, so a page boundary between stories last covered in
     * the same millisecond neither repeats nor skips one. Throws IllegalArgumentException for a
     * cursor that is not one.
     */
    public StorySlice latest(String cursor, int limit) {
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        List<Object> args = new ArrayList<>();
        if (after != null) {
            args.addAll(List.of(after.publishedAt(), after.publishedAt(), after.seq()));
        }
        args.add(limit + 1);
        // the time bound alone gives the index range; the id only decides within one millisecond
        String bound = after == null ? "" : " AND last_published_at <= ? AND (last_published_at < ? OR id < ?)";
        List<Story> rows = new ArrayList<>(db.read(h -> h.query(
                "SELECT * FROM stories WHERE merged_into IS NULL" + bound
                        + " ORDER BY last_published_at DESC, id DESC LIMIT ?",
                StoryRepository::story,
                args.toArray())));
        if (rows.size() <= limit) {
            return new StorySlice(rows, null);
        }
        rows.removeLast();
        Story last = rows.getLast();
        return new StorySlice(rows, new Cursor(last.lastPublished().toEpochMilli(), last.id()).encode());
    }

    /** How many articles each story gained after {@code since} (its growth). */
    Map<Long, Integer> articlesSince(List<Long> storyIds, Instant since) {
        Map<Long, Integer> out = new HashMap<>();
        if (storyIds.isEmpty()) {
            return out;
        }
        String marks = marks(storyIds.size(), "?");
        List<Object> params = new ArrayList<>(storyIds);
        params.add(since);
        db.read(h -> h.query(
                "SELECT story_id, COUNT(*) FROM story_articles WHERE story_id IN (" + marks
                        + ") AND published_at >= ? GROUP BY story_id",
                rs -> out.put(rs.getLong(1), rs.getInt(2)),
                params.toArray()));
        return out;
    }

    /** The outlets covering each story, in the order they first covered it. */
    public Map<Long, List<String>> outlets(List<Long> storyIds) {
        Map<Long, List<String>> out = new HashMap<>();
        if (storyIds.isEmpty()) {
            return out;
        }
        String marks = marks(storyIds.size(), "?");
        db.read(h -> h.query(
                "SELECT sa.story_id, s.title, MIN(sa.published_at) AS first_at FROM story_articles sa"
                        + " JOIN sources s ON s.id = sa.source_id"
                        + " WHERE sa.story_id IN (" + marks + ") GROUP BY sa.story_id, s.title ORDER BY first_at",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)),
                storyIds.toArray()));
        return out;
    }

    static Member member(ResultSet rs) throws SQLException {
        return new Member(
                rs.getString(1),
                rs.getLong(2),
                Instant.ofEpochMilli(rs.getLong(3)),
                Vectors.fromBytes(rs.getBytes(4)),
                TermBag.parse(rs.getString(5)));
    }

    static Story story(ResultSet rs) throws SQLException {
        long merged = rs.getLong("merged_into");
        boolean notMerged = rs.wasNull();
        return new Story(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("lead_article_id"),
                Instant.ofEpochMilli(rs.getLong("first_published_at")),
                Instant.ofEpochMilli(rs.getLong("last_published_at")),
                rs.getInt("article_count"),
                rs.getInt("outlet_count"),
                notMerged ? null : merged);
    }

    static ArticleCard card(ResultSet rs) throws SQLException {
        return ArticleCard.fromRow(rs, false);
    }

    /** Cards of the given articles, in no particular order. */
    List<ArticleCard> cards(List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        String marks = marks(articleIds.size(), "?");
        return db.read(
                h -> h.query(CARD + "WHERE a.id IN (" + marks + ")", StoryRepository::card, articleIds.toArray()));
    }
}
