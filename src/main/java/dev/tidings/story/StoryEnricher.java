package dev.tidings.story;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleChanges;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.SharedTurns;
import dev.tidings.search.IndexedArticle;
import dev.tidings.search.SearchIndex;
import dev.tidings.search.VectorHit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story enrichment of a stored article: computes and stores its vectors once, decides its
 * story in the database, and indexes it. {@link #catchUp()} heals whatever a crash left undone, and
 * {@link #reindex()} rebuilds this node's index from the database.
 */
public final class StoryEnricher {
    private static final Logger log = LoggerFactory.getLogger(StoryEnricher.class);
    static final int NEIGHBOURS = 20;
    private static final int BATCH = 32;
    /** The turn nodes sharing a database take at enriching a backlog. */
    public static final String BACKLOG_WORK = "stories-backlog";
    /**
     * Articles without vectors a start enriches before the site starts (a crash leaves a handful);
     * more wait for {@link #enrichBacklog} in the background.
     */
    private static final int CATCH_UP_INLINE = 1_000;
    /** A long backlog logs its progress about every this many articles. */
    private static final int ENRICH_PROGRESS = 10_000;

    private static final int IDF_SEED = 20_000;
    /* Up to this many articles missing from the index at start are read one by one; more, in one pass. */
    private static final int ONE_BY_ONE = 1_000;

    private final ArticleRepository articles;
    private final StoryRepository stories;
    private final Features features;
    private final SearchIndex index;
    private final Clock clock;
    private final DocumentFrequencies df = new DocumentFrequencies();
    private final StoryMatcher matcher;
    private final StoryAssigner assigner;
    private final ArticleChanges changes;
    private final RecentArticles recent = new RecentArticles();
    private final List<LongConsumer> grew = new CopyOnWriteArrayList<>();
    private volatile boolean backfillStopped;

    public StoryEnricher(
            ArticleRepository articles, StoryRepository stories, Features features, SearchIndex index, Clock clock) {
        this.articles = articles;
        this.stories = stories;
        this.features = features;
        this.index = index;
        this.clock = clock;
        this.matcher = new StoryMatcher(StoryMatcher.Params.DEFAULT, df);
        this.assigner = new StoryAssigner(stories, matcher);
        this.changes = new ArticleChanges(stories.db());
        stories.forEachRecentTerms(IDF_SEED, df::add);
    }

    /** The word frequencies this node has seen, shared with the related-articles ranking. */
    public DocumentFrequencies documentFrequencies() {
        return df;
    }

    /** Runs right after an article is stored (on the page worker). */
    public void onStored(String articleId) {
        articles.byId(articleId).ifPresent(a -> enrich(List.of(a)));
    }

    /** An article removed from the database (replaced by an earlier original) leaves the index. */
    public void onRemoved(String articleId) {
        index.delete(articleId);
    }

    /** Articles this process removed (a source's, say) leave the index, and searches see it at once. */
    public void onRemoved(List<String> articleIds) {
        articleIds.forEach(index::delete);
        index.refresh();
    }

    /**
     * How many change numbers before the latest seen each follow pass reads again: on PostgreSQL a
     * change can commit after one numbered later, and must not be skipped for it.
     */
    private static final long LATE_CHANGES = 200;
    /** Changes read per pass; a longer backlog takes several. */
    private static final int FOLLOW_BATCH = 2_000;
    /**
     * How long before its index's last commit a starting node looks in the change log: the
     * follower may have been that far behind, or a change's transaction that long.
     */
    private static final Duration COMMIT_LAG = Duration.ofMinutes(5);
    /** How long the change log keeps a change; a node down longer catches up at start. */
    private static final Duration KEEP_CHANGES = Duration.ofDays(1);

    private long followed;
    /** Changes among the latest read that this node has applied, so a late one is applied once. */
    private final TreeSet<Long> applied = new TreeSet<>();

    private Instant forgotten = Instant.EPOCH;

    /**
     * Brings this node's index up to what the database holds by following the article change log:
     * articles other nodes (or this node before a restart) enriched, moved to another story or
     * tagged again are indexed again here within one pass, once each. An idle site costs one small
     * query; call it every few seconds. Returns how many articles it indexed again or dropped.
     */
    public synchronized int followChanges() {
        Set<String> changed = new LinkedHashSet<>();
        for (ArticleChanges.Change c : changes.after(Math.max(0, followed - LATE_CHANGES), FOLLOW_BATCH)) {
            if (applied.add(c.seq()) && !c.ours()) {
                changed.add(c.articleId());
            }
            followed = Math.max(followed, c.seq());
        }
        applied.headSet(followed - LATE_CHANGES).clear();
        for (String id : changed) {
            stories.indexRow(id)
                    .ifPresentOrElse(
                            row -> index.upsert(toIndexed(row)),
                            // gone from the database (a copy replaced by its original), or not yet
                            // enriched, so not in the index either
                            () -> index.delete(id));
        }
        if (!changed.isEmpty()) {
            index.refresh();
        }
        Instant now = clock.instant();
        if (Duration.between(forgotten, now).compareTo(Duration.ofHours(1)) > 0) {
            changes.forgetBefore(now.minus(KEEP_CHANGES));
            forgotten = now;
        }
        return changed.size();
    }

    /** Has the follower start after the changes noted so far. */
    private synchronized void followFrom(long seq) {
        followed = Math.max(followed, seq);
    }

    /**
     * Gives stored articles that lack them their vectors and a story (up to {@link
     * #CATCH_UP_INLINE}; {@link #enrichBacklog} does the rest), and makes the index agree with the
     * database: articles it lacks indexed, stories it missed moved, articles the database lost
     * dropped. Called at start, so a crash between storing and enriching heals.
     */
    public int catchUp() {
        return catchUp(SharedTurns.alone());
    }

    /**
     * The same for a node sharing its database: the enriching is done only when this node takes
     * the backlog's turn ({@link #BACKLOG_WORK}) without waiting; while another node's turn runs,
     * that node enriches those articles and this one indexes them from the change log, so nodes
     * starting together do not each embed the same thousand articles.
     */
    public int catchUp(SharedTurns turns) {
        int done = turns.take(BACKLOG_WORK) ? enrichMissing(CATCH_UP_INLINE, turns) : 0;
        // Ids and stories alone are compared, so a start reads no vector it does not index: at
        // 100,000 articles reading every row took seconds of each start. What changes meanwhile
        // the follower finds in the change log, read from where it stood before the comparison.
        long upTo = changes.last();
        Map<String, Long> stale = index.storyOfEach();
        Set<String> missing = new HashSet<>();
        int[] moved = {0};
        stories.forEachIndexableStory((id, story) -> {
            Long had = stale.remove(id);
            if (had == null) {
                missing.add(id);
            } else if (had.longValue() != story) {
                // a merge the index did not see (another node's, or one lost with its last commit)
                index.setStory(id, story);
                moved[0]++;
            }
        });
        int[] added = {0};
        if (missing.size() > ONE_BY_ONE) {
            // a node's first start on a database others filled: one pass over every row
            stories.forEachIndexable(row -> {
                if (missing.contains(row.articleId())) {
                    index.upsert(toIndexed(row));
                    added[0]++;
                }
            });
        } else {
            for (String id : missing) {
                stories.indexRow(id).ifPresent(row -> {
                    index.upsert(toIndexed(row));
                    added[0]++;
                });
            }
        }
        // Left over: articles the database no longer has (a duplicate removed just before a crash).
        stale.keySet().forEach(index::delete);
        index.refresh();
        // What changed since a little before the index's last commit may be missing from it: other
        // nodes' changes while this one was down, or this node's own, lost with a crash.
        Optional<Instant> since = index.committedAt().map(at -> at.minus(COMMIT_LAG));
        long from = since.map(at -> Math.min(upTo, changes.lastBefore(at))).orElse(upTo);
        followFrom(from);
        // Down longer than the log keeps its rows, the node may have missed retags the comparison
        // above cannot see: the articles retagged before the log's horizon are indexed again (the
        // follower reads the later ones in the log).
        int retagged = 0;
        Instant horizon = clock.instant().minus(KEEP_CHANGES);
        if (since.isPresent() && since.get().isBefore(horizon)) {
            for (String id : changes.taggedBetween(since.get(), horizon)) {
                retagged += stories.indexRow(id)
                        .map(row -> {
                            index.upsert(toIndexed(row));
                            return 1;
                        })
                        .orElse(0);
            }
            index.refresh();
        }
        if (done > 0 || added[0] > 0 || moved[0] > 0 || !stale.isEmpty() || from < upTo || retagged > 0) {
            log.info(
                    "event=stories_caught_up enriched={} indexed={} story_moved={} unindexed={} changes_to_follow={}"
                            + " retagged_while_down={}",
                    done,
                    added[0],
                    moved[0],
                    stale.size(),
                    upTo - from,
                    retagged);
        }
        return done + added[0] + moved[0] + retagged;
    }

    /** Indexes the article again (its text changed, say its hashtags); nothing if it has no vectors yet. */
    public void reindexArticle(String articleId) {
        stories.indexRow(articleId).ifPresent(row -> index.upsert(toIndexed(row)));
    }

    /**
     * Rebuilds this node's index from the database; returns the number of articles indexed. Only
     * the database is caught up first: comparing it with an index about to be emptied would read
     * every row twice.
     */
    public int reindex() {
        enrichMissing(Integer.MAX_VALUE, SharedTurns.alone());
        long upTo = changes.last();
        index.clear();
        int[] n = {0};
        stories.forEachIndexable(row -> {
            index.upsert(toIndexed(row));
            n[0]++;
        });
        index.commit();
        index.refresh();
        followFrom(upTo);
        return n[0];
    }

    /**
     * Gives stored articles that lack them their vectors and a story, oldest first, up to about
     * {@code limit} of them (a batch past it is finished); returns how many. Stops after the batch in
     * hand once {@link #stopBackfill} is called.
     */
    private int enrichMissing(int limit, SharedTurns turns) {
        int done = 0;
        long after = 0;
        while (done < limit && !backfillStopped) {
            SharedTurns.Held held = turns.hold(BACKLOG_WORK, () -> backfillStopped);
            if (held == SharedTurns.Held.STOPPED) {
                return done;
            }
            if (held == SharedTurns.Held.AFTER_OTHERS) {
                after = 0; // from the oldest again: the others did some meanwhile
            }
            List<StoryRepository.Unenriched> ids = stories.articlesWithoutVectors(after, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            List<Article> batch = ids.stream()
                    .map(u -> articles.byId(u.id()))
                    .flatMap(Optional::stream)
                    .toList();
            enrich(batch);
            done += batch.size();
            after = ids.getLast().seq();
            if (done % ENRICH_PROGRESS < BATCH && done >= ENRICH_PROGRESS) {
                log.info("event=stories_catching_up articles={}", done);
            }
        }
        for (String id : stories.articlesWithoutStory(Math.max(0, Math.min(10_000, limit - done)))) {
            stories.member(id).ifPresent(this::assignAndIndex);
            done++;
        }
        return done;
    }

    /**
     * Enriches what {@link #catchUp} left: a database imported or restored without vectors may lack
     * them for every article, about 10 ms of CPU each, so a node does this in the background while it
     * serves (those articles are found by search and have stories as their turn comes). Returns how
     * many it enriched.
     */
    public int enrichBacklog() {
        return enrichBacklog(SharedTurns.alone());
    }

    /**
     * The same, for nodes sharing a database: one node at a time works through the backlog (the
     * turn {@link #BACKLOG_WORK} in {@code turns}); the others index what it enriches from the
     * change log, as they do any other node's articles.
     */
    public int enrichBacklog(SharedTurns turns) {
        int done;
        try {
            done = enrichMissing(Integer.MAX_VALUE, turns);
        } finally {
            turns.giveUp(BACKLOG_WORK);
        }
        if (done > 0) {
            log.info("event=stories_backlog_enriched articles={} stopped={}", done, backfillStopped);
        }
        return done;
    }

    private void enrich(List<Article> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Features.Input> inputs = batch.stream()
                .map(a -> new Features.Input(a.id(), Long.toString(a.sourceId()), a.publishedAt(), a.title(), text(a)))
                .toList();
        List<StoryFeatures> computed = features.ofAll(inputs);
        long now = clock.millis();
        for (int i = 0; i < batch.size(); i++) {
            Article a = batch.get(i);
            StoryFeatures f = computed.get(i);
            stories.saveVectors(a.id(), f.embedding(), f.terms(), now);
            df.add(f.terms());
            assignAndIndex(new StoryRepository.Member(a.id(), a.sourceId(), a.publishedAt(), f.embedding(), f.terms()));
        }
    }

    /**
     * The standfirst, then the body: the standfirst says what happened where the body may open on a
     * scene or a quote, and batch inputs (headline + lead items) carry it in their text too.
     */
    static String text(Article a) {
        String body = a.bodyText() == null ? "" : a.bodyText();
        String lead = a.lead() == null ? "" : a.lead().strip();
        if (lead.isEmpty() || body.strip().startsWith(lead)) {
            return body;
        }
        return lead + "\n\n" + body;
    }

    private void assignAndIndex(StoryRepository.Member m) {
        // Listed among the recent before looking: of two articles enriched at the same moment on
        // this node, at least the later looker finds the other, and the link goes both ways.
        recent.add(m, clock.instant());
        StoryAssigner.Assignment a = assigner.assign(m, neighbours(m), clock.instant());
        index.upsert(new IndexedArticle(m.articleId(), m.published(), m.sourceId(), a.storyId(), m.embedding()));
        if (!a.absorbed().isEmpty()) {
            for (var card : stories.articles(a.storyId())) {
                index.setStory(card.id(), a.storyId());
            }
            log.info("event=stories_merged story_id={} absorbed={}", a.storyId(), a.absorbed());
        }
        log.debug("event=story_assigned article_id={} story_id={} created={}", m.articleId(), a.storyId(), a.created());
        if (!a.created()) {
            for (LongConsumer listener : grew) {
                try {
                    listener.accept(a.storyId());
                } catch (RuntimeException e) {
                    log.warn("event=story_grew_listener_failed story_id={} error=\"{}\"", a.storyId(), e.toString());
                }
            }
        }
    }

    /** Called with a story's id when an article joins a story that already had articles. */
    public void onStoryGrew(LongConsumer listener) {
        grew.add(listener);
    }

    /**
     * The article's {@value #NEIGHBOURS} nearest articles within the story window, with their
     * cosines: from this node's index, and from the articles it enriched too recently to show there.
     */
    private Map<String, Double> neighbours(StoryRepository.Member m) {
        Instant t = m.published();
        Duration window = matcher.params().window();
        Map<String, Double> found = recent.near(m, window, clock.instant());
        for (VectorHit hit : index.nearest(m.embedding(), NEIGHBOURS, t.minus(window), t.plus(window))) {
            if (!hit.articleId().equals(m.articleId())) {
                found.put(hit.articleId(), hit.similarity());
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        found.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(NEIGHBOURS)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Records a neighbourhood for every article that has none: stored before neighbourhoods were kept
     * (the upgrade to V007), or alone in its window so far. Walks the articles once in storage order,
     * a batch at a time, so it can run in the background of a serving node; until it reaches an
     * article, related lists rank it as one with no neighbours. Returns how many it recorded.
     */
    public int linkMissingNeighbours() {
        int linked = 0;
        long after = 0;
        while (!backfillStopped) {
            List<StoryRepository.Unlinked> batch = stories.articlesWithoutNeighbours(after, 500);
            if (batch.isEmpty()) {
                break;
            }
            for (StoryRepository.Unlinked u : batch) {
                if (backfillStopped) {
                    break;
                }
                Map<String, Double> found = neighbours(u.member());
                if (!found.isEmpty()) {
                    assigner.linkNeighbours(u.member(), found);
                    linked++;
                }
                after = u.seq();
            }
        }
        if (linked > 0) {
            log.info("event=neighbourhoods_recorded articles={}", linked);
        }
        return linked;
    }

    /** Ends {@link #linkMissingNeighbours()} after the article in hand (the node is closing). */
    public void stopBackfill() {
        backfillStopped = true;
    }

    private static IndexedArticle toIndexed(StoryRepository.IndexRow row) {
        return new IndexedArticle(row.articleId(), row.published(), row.sourceId(), row.storyId(), row.embedding());
    }
}
