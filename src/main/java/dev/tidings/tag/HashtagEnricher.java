package dev.tidings.tag;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags articles as they are stored (registered with the ingestion's stored-article hook) and
 * catches up at start on any stored article left untagged. Counting the article into the
 * corpus, ranking against the counts and storing its tags happen in one transaction.
 */
public final class HashtagEnricher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HashtagEnricher.class);
    private static final int CATCH_UP_BATCH = 200;
    /**
     * After this many newly tagged articles, the recent ones are tagged again against the grown
     * corpus: a name's spelling (#Marsh or #HelenaMarsh) and what counts as too common to be a
     * tag depend on the corpus, so articles tagged while it was small settle to what later ones get.
     */
    static final int SETTLE_EVERY = 50;
    /** How far back the articles tagged again reach, by publication, and how many at most. */
    static final Duration SETTLE_WINDOW = Duration.ofDays(3);

    static final int SETTLE_LIMIT = 1_000;

    private final Database db;
    private final ArticleRepository articles;
    private final TagRepository tags;
    private final Hashtagger hashtagger;
    private final Clock clock;
    /** Tagging runs here, off the page workers, so it never slows or reorders ingestion. */
    private final java.util.concurrent.ThreadPoolExecutor worker = new java.util.concurrent.ThreadPoolExecutor(
            1, 1, 0, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "hashtags");
                t.setDaemon(true);
                return t;
            });

    private volatile java.util.function.Consumer<String> onTagged = id -> {};
    private final AtomicLong newlyTagged = new AtomicLong();
    private final AtomicLong settlesQueued = new AtomicLong();

    public HashtagEnricher(
            Database db, ArticleRepository articles, TagRepository tags, Hashtagger hashtagger, Clock clock) {
        this.db = db;
        this.articles = articles;
        this.tags = tags;
        this.hashtagger = hashtagger;
        this.clock = clock;
    }

    /**
     * Queues a just-stored article for tagging (the stored-article hook). If the process stops
     * first, {@link #catchUp()} tags it at the next start.
     */
    public void submit(String articleId) {
        try {
            worker.execute(() -> {
                try {
                    tag(articleId);
                } catch (RuntimeException e) {
                    log.error("event=tagging_failed article_id={} error=\"{}\"", articleId, e.toString(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("event=tagging_skipped article_id={} reason=closed", articleId);
        }
    }

    /** Queues {@link #catchUp()} behind any articles already queued, on the same single worker. */
    public void submitCatchUp() {
        worker.execute(this::catchUp);
    }

    /** Called with an article's id once its tags are stored (the search index re-reads its text). */
    public void onTagged(java.util.function.Consumer<String> listener) {
        this.onTagged = listener;
    }

    /**
     * Waits until every queued article has been tagged, and any settling they started is done (for
     * commands that exit, and for tests).
     */
    public void awaitQueued() {
        try {
            long settles;
            do {
                settles = settlesQueued.get();
                worker.submit(() -> {}).get();
            } while (settlesQueued.get() != settles);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Drops the articles still queued (the next start's catch-up tags them) and waits for the one
     * being tagged, without interrupting it: an interrupt inside Lucene's file I/O would close the
     * index writer it is writing to.
     */
    @Override
    public void close() {
        worker.shutdown();
        worker.getQueue().clear();
        try {
            worker.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tags one stored article unless it already is; returns its tags. */
    public List<String> tag(String articleId) {
        Article a = stored(articleId);
        // The part-of-speech model is English; other languages are marked done with no tags.
        var parsed = english(a) ? hashtagger.parse(a.title(), a.bodyText()) : null;
        long t0 = System.nanoTime();
        List<String> result = db.transaction(h -> {
            if (TagRepository.isTagged(h, articleId)) {
                return null;
            }
            if (parsed == null) {
                tags.store(h, articleId, a.publishedAt(), List.of(), List.of(), clock.instant());
                return List.<String>of();
            }
            DbCorpusStats corpus = new DbCorpusStats(h);
            corpus.count(parsed.counts());
            return store(h, a, parsed, corpus);
        });
        if (result == null) {
            return tags.tagsOf(articleId);
        }
        log.info(
                "event=article_tagged article_id={} tags={} ms={}",
                articleId,
                String.join(",", result),
                (System.nanoTime() - t0) / 1_000_000);
        onTagged.accept(articleId);
        if (newlyTagged.incrementAndGet() % SETTLE_EVERY == 0) {
            try {
                settlesQueued.incrementAndGet();
                worker.execute(this::settle);
            } catch (RejectedExecutionException e) {
                // closing: the recent articles keep the tags they have
            }
        }
        return result;
    }

    /**
     * Tags a tagged article again against the corpus as it now stands (which already counts it,
     * so nothing is counted twice); returns its tags.
     */
    public List<String> retag(String articleId) {
        return retagging(articleId).after();
    }

    /** An article's tags before and after it was tagged again. */
    private record Retagged(List<String> before, List<String> after) {}

    private Retagged retagging(String articleId) {
        Article a = stored(articleId);
        List<String> before = tags.tagsOf(articleId);
        if (!english(a)) {
            return new Retagged(before, before);
        }
        var parsed = hashtagger.parse(a.title(), a.bodyText());
        List<String> after = db.transaction(h -> store(h, a, parsed, new DbCorpusStats(h)));
        if (!after.equals(before)) {
            log.info(
                    "event=article_retagged article_id={} before={} after={}",
                    articleId,
                    String.join(",", before),
                    String.join(",", after));
            onTagged.accept(articleId);
        }
        return new Retagged(before, after);
    }

    private Article stored(String articleId) {
        return articles.byId(articleId)
                .orElseThrow(() -> new IllegalArgumentException("no stored article with id " + articleId));
    }

    private static boolean english(Article a) {
        return a.language() == null || a.language().toLowerCase(Locale.ROOT).startsWith("en");
    }

    /** Ranks the parsed article against the counts and stores its tags; returns them. */
    private List<String> store(Handle h, Article a, Keyphrases.Parsed parsed, CorpusStats corpus) {
        var tagged = hashtagger.tag(parsed, corpus);
        return tags.store(h, a.id(), a.publishedAt(), tagged.hashtags(), tagged.keyphrases(), clock.instant());
    }

    /** Tags the articles of the last {@link #SETTLE_WINDOW} again; returns how many changed. */
    int settle() {
        int changed = 0;
        List<String> recent = tags.taggedSince(clock.instant().minus(SETTLE_WINDOW), SETTLE_LIMIT);
        for (String id : recent) {
            if (worker.isShutdown()) {
                break;
            }
            try {
                Retagged r = retagging(id);
                if (!r.after().equals(r.before())) {
                    changed++;
                }
            } catch (RuntimeException e) {
                log.warn("event=retagging_failed article_id={} error=\"{}\"", id, e.toString());
            }
        }
        log.info("event=tags_settled articles={} changed={}", recent.size(), changed);
        return changed;
    }

    /** Tags every stored article that has no tags row yet; returns how many it tagged. */
    public int catchUp() {
        int done = 0;
        while (true) {
            List<String> ids = tags.untagged(CATCH_UP_BATCH);
            if (ids.isEmpty()) {
                break;
            }
            for (String id : ids) {
                if (worker.isShutdown()) {
                    return done; // closing: the next start goes on from here
                }
                try {
                    tag(id);
                } catch (RuntimeException e) {
                    log.error("event=tagging_failed article_id={} error=\"{}\"", id, e.toString(), e);
                    return done;
                }
                done++;
            }
        }
        if (done > 0) {
            log.info("event=tags_caught_up articles={}", done);
        }
        return done;
    }
}
