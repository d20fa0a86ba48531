package dev.tidings.source;

import dev.tidings.comment.Comments;
import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import dev.tidings.story.ArticleRemoval;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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
 */
public final class SourceRemoval {
    /** Articles taken out per transaction. */
    static final int BATCH = 500;

    private final Database db;
    private final Clock clock;

    public SourceRemoval(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
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
