package dev.tidings.source;

import dev.tidings.comment.Comments;
import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import dev.tidings.db.SharedTurns;
import dev.tidings.story.ArticleRemoval;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Removes a source and everything Tidings holds of it: its articles (with their vectors, tags,
 * summaries and discussions), its place in every story (stories mended, or gone when it was their
 * only coverage), its feed entries and fetch log. Other outlets' copies of its articles, stored
 * once as its article, are fetched again on their own.
 *
 * <p>The source is paused first, so no node fetches it meanwhile, and its articles go a batch at a
 * time, each batch in one transaction holding the story lock: ingestion elsewhere waits for a
 * batch at most, never for the whole source. Interrupted, it leaves a paused source with fewer
 * articles, and running it again finishes the work. Every node's index drops the articles through
 * the change log; a caller in a serving process also hears each batch, since its own node's
 * follower skips the changes this process notes.
 *
 * <p>One process at a time removes a source: it holds the source's turn in {@link SharedTurns},
 * renewed before each batch, so every node can tell the source is being removed (and by whom), a
 * second removal is refused, and a removal whose process died can be taken up once its turn runs
 * out.
 */
public final class SourceRemoval {
    /** Articles taken out per transaction. */
    static final int BATCH = 500;

    private static final String WORK = "source-removal:";

    private final Database db;
    private final Clock clock;
    private final SharedTurns turns;

    /** {@code turns} in this process's name, on any database: a command beside a node shares SQLite too. */
    public SourceRemoval(Database db, Clock clock, SharedTurns turns) {
        this.db = db;
        this.clock = clock;
        this.turns = turns;
    }

    /** A removal refused because another process is removing the source now. */
    public static final class UnderWayElsewhere extends IllegalStateException {
        UnderWayElsewhere(Source source, String node) {
            super(source.title() + " (" + source.slug() + ") is being removed by " + node
                    + "; it will be gone when that finishes");
        }
    }

    /** The sources being removed now, by source id, each with the node (or command) removing it. */
    public Map<Long, String> underWay() {
        Map<Long, String> removing = new LinkedHashMap<>();
        turns.heldNow(WORK).forEach((work, node) -> removing.put(Long.valueOf(work.substring(WORK.length())), node));
        return removing;
    }

    /** The node (or command) removing this source now, if one is. */
    public Optional<String> underWay(long sourceId) {
        return Optional.ofNullable(underWay().get(sourceId));
    }

    /** What removing a source would take: its articles, the stories they are in, comments on them. */
    public record Extent(long articles, long stories, long comments) {}

    /** What a removal did. */
    public record Outcome(
            long articles, long storiesMended, long storiesGone, long comments, long copiesFetchedAgain) {}

    /** The source's articles now. */
    public long articles(Source source) {
        return db.read(h -> articles(h, source));
    }

    private static long articles(Handle h, Source source) {
        return h.queryLong("SELECT COUNT(*) FROM articles WHERE source_id = ?", source.id());
    }

    /** What {@link #remove} would take now. */
    public Extent extent(Source source) {
        return db.read(h -> new Extent(
                articles(h, source),
                h.queryLong("SELECT COUNT(DISTINCT story_id) FROM story_articles WHERE source_id = ?", source.id()),
                h.queryLong(
                        "SELECT COUNT(*) FROM comments c JOIN articles a ON a.id = c.target_id"
                                + " WHERE c.target_kind = 'article' AND a.source_id = ?",
                        source.id())));
    }

    /**
     * Removes the source; {@code removed} hears each batch of article ids as it is gone (a serving
     * node drops them from its own index), and {@code goOn} the totals so far after each batch: false
     * stops the removal there, the source paused, for a later run to finish.
     */
    public Outcome remove(Source source, Consumer<List<String>> removed, Predicate<Outcome> goOn) {
        String work = WORK + source.id();
        holdTurn(source, work);
        try {
            return removeHolding(source, work, removed, goOn);
        } finally {
            turns.giveUp(work);
        }
    }

    /** Takes or renews this process's turn at removing the source; refused while another's runs. */
    private void holdTurn(Source source, String work) {
        if (!turns.take(work)) {
            throw new UnderWayElsewhere(source, underWay(source.id()).orElse("another node"));
        }
    }

    private Outcome removeHolding(Source source, String work, Consumer<List<String>> removed, Predicate<Outcome> goOn) {
        new SourceRepository(db, clock).follow(source.id(), false);
        Totals totals = new Totals();
        while (true) {
            Instant now = clock.instant();
            Batch batch = db.transaction(h -> {
                List<String> ids = nextBatch(h, source);
                if (ids.isEmpty()) {
                    /*
                     * A node may be storing a page of the source it fetched before the pause: its
                     * insert holds the source's row until it commits. Wait for that with the row held,
                     * so none can start, and look again: what it stored goes as one more batch. (The
                     * story lock first, in the order a batch takes its locks.)
                     */
                    ArticleRemoval.lockStories(h, db.dialect());
                    h.query("SELECT id FROM sources WHERE id = ?" + db.dialect().forUpdate(), rs -> null, source.id());
                    ids = nextBatch(h, source);
                }
                if (ids.isEmpty()) {
                    // its entries and fetch log go with the row
                    h.update("DELETE FROM sources WHERE id = ?", source.id());
                    return null;
                }
                // first, as it takes the story lock before this transaction writes anything
                ArticleRemoval.Removed r = ArticleRemoval.remove(h, db.dialect(), ids, now);
                int copies = EntryRepository.fetchAgainInsteadOf(h, source.id(), ids, now);
                int comments = Comments.deleteDiscussions(h, "article", ids)
                        + Comments.deleteDiscussions(
                                h,
                                "story",
                                r.storyRowsGone().stream().map(String::valueOf).toList());
                return new Batch(ids, r, comments, copies);
            });
            if (batch == null) {
                return totals.outcome();
            }
            totals.add(batch);
            removed.accept(batch.ids());
            if (!goOn.test(totals.outcome())) {
                return totals.outcome();
            }
            holdTurn(source, work); // renewed before the next batch
        }
    }

    private static List<String> nextBatch(Handle h, Source source) {
        return h.query(
                "SELECT id FROM articles WHERE source_id = ? ORDER BY id LIMIT ?",
                rs -> rs.getString(1),
                source.id(),
                BATCH);
    }

    private record Batch(List<String> ids, ArticleRemoval.Removed removed, int comments, int copies) {}

    /** Counted after each batch commits; a story mended by one batch may go with a later one. */
    private static final class Totals {
        private long articles;
        private long comments;
        private long copies;
        private final Set<Long> mended = new HashSet<>();
        private final Set<Long> gone = new HashSet<>();

        void add(Batch b) {
            articles += b.removed().articles();
            comments += b.comments();
            copies += b.copies();
            mended.addAll(b.removed().storiesMended());
            gone.addAll(b.removed().storiesEmptied());
        }

        Outcome outcome() {
            long stillThere = mended.stream().filter(id -> !gone.contains(id)).count();
            return new Outcome(articles, stillThere, gone.size(), comments, copies);
        }
    }
}
