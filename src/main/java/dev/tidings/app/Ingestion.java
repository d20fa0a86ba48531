package dev.tidings.app;

import dev.tidings.article.ArticleIngester;
import dev.tidings.article.IngestOutcome;
import dev.tidings.metrics.Metrics;
import dev.tidings.source.EntryRepository;
import dev.tidings.source.FeedRefresher;
import dev.tidings.source.PendingEntry;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingestion engine: a scheduler that hands due feeds to the feed pool, and the pending
 * entries they produce to the page pool, where each becomes an article. Feeds and pages use
 * separate pools so slow publishers' pages never hold up feed refreshes.
 */
final class Ingestion implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);
    private static final int PENDING_BATCH = 200;
    private static final int FEED_QUEUE = 16;

    private final SourceRepository sources;
    private final EntryRepository entries;
    private final FeedRefresher refresher;
    private final ArticleIngester ingester;
    private final String node;
    private final int pageThreads;
    private final Duration lease;
    private final ExecutorService feedPool;
    private final ExecutorService pagePool;
    private final ScheduledExecutorService ticker;
    private final Set<Long> sourcesInFlight = ConcurrentHashMap.newKeySet();
    private final Set<Long> entriesInFlight = ConcurrentHashMap.newKeySet();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicBoolean leasingEntries = new AtomicBoolean();
    private final List<Consumer<String>> storedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> removedListeners = new CopyOnWriteArrayList<>();
    private final Metrics.Counter pages;

    Ingestion(
            SourceRepository sources,
            EntryRepository entries,
            FeedRefresher refresher,
            ArticleIngester ingester,
            String node,
            Duration lease,
            int feedThreads,
            int pageThreads,
            Metrics metrics) {
        this.sources = sources;
        this.entries = entries;
        this.refresher = refresher;
        this.ingester = ingester;
        this.node = node;
        this.pageThreads = pageThreads;
        this.lease = lease;
        this.feedPool = Executors.newFixedThreadPool(feedThreads, Threads.named("feed"));
        this.pagePool = Executors.newFixedThreadPool(pageThreads, Threads.named("page"));
        this.ticker = Executors.newSingleThreadScheduledExecutor(Threads.named("scheduler"));
        this.pages = metrics.counter(
                "tidings_article_pages_total",
                "Article pages this node processed, by outcome: stored, duplicate (of a stored article),"
                        + " retry (failed, tried again later), failed (given up), crashed (a bug).",
                "outcome");
        metrics.gauge(
                "tidings_feeds_in_flight", "Feeds this node is refreshing now.", () -> (double) sourcesInFlight.size());
        metrics.gauge("tidings_pages_in_flight", "Article pages this node is fetching or processing now.", () ->
                (double) entriesInFlight.size());
    }

    /**
     * Registers work to run on the page worker right after an article is stored (enrichment:
     * hashtags, summary, story, index). A listener that fails is logged; the article stays stored,
     * and each enrichment catches up at start on articles it has not seen.
     */
    void onStored(Consumer<String> listener) {
        storedListeners.add(listener);
    }

    /**
     * Registers work to run when a stored article is removed because an earlier-published
     * near-duplicate replaced it as the original (for example, dropping it from the index).
     */
    void onRemoved(Consumer<String> listener) {
        removedListeners.add(listener);
    }

    /** Starts refreshing feeds as they fall due, and working through pending entries. */
    void start() {
        releaseOwnLeases();
        ticker.scheduleWithFixedDelay(this::tick, 0, 1, TimeUnit.SECONDS);
    }

    /**
     * A node restarted under the same name after a crash would otherwise wait for its own old
     * leases to run out before taking that work again.
     */
    private void releaseOwnLeases() {
        int s = sources.releaseLeasesOf(node);
        int e = entries.releaseLeasesOf(node);
        if (s + e > 0) {
            log.info("event=leases_released node={} sources={} entries={}", node, s, e);
        }
    }

    /** Articles stored since this engine was created. */
    long storedCount() {
        return stored.get();
    }

    /** Article pages found to be copies of stored articles since this engine was created. */
    long duplicateCount() {
        return duplicates.get();
    }

    /** Fetches every enabled source once, then waits until the article pages found are processed. */
    RefreshReport refreshAllOnce() {
        long t0 = System.nanoTime();
        releaseOwnLeases();
        List<Future<?>> feeds = new ArrayList<>();
        for (Source s : sources.all()) {
            if (s.enabled()) {
                feeds.add(feedPool.submit(() -> refreshSource(s)));
            }
        }
        awaitAll(feeds);
        Set<Long> attempted = ConcurrentHashMap.newKeySet();
        while (true) {
            List<Future<?>> pages = new ArrayList<>();
            for (PendingEntry e : entries.leaseDue(node, lease, PENDING_BATCH)) {
                if (attempted.add(e.id())) {
                    pages.add(pagePool.submit(() -> process(e)));
                }
            }
            if (pages.isEmpty()) {
                break;
            }
            awaitAll(pages);
        }
        return new RefreshReport(
                feeds.size(), attempted.size(), stored.get(), duplicates.get(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** What {@code tidings refresh} did. */
    record RefreshReport(int sources, int entriesProcessed, long articlesStored, long duplicates, long durationMs) {}

    private void tick() {
        try {
            for (Source s : sources.leaseDue(node, lease, feedCapacity())) {
                if (!sourcesInFlight.add(s.id())) {
                    // Its previous refresh is still winding up here: hand the lease back for a later tick.
                    sources.releaseLease(s.id(), node);
                    continue;
                }
                feedPool.submit(() -> {
                    List<Long> fresh;
                    try {
                        fresh = refreshSource(s);
                    } finally {
                        sourcesInFlight.remove(s.id());
                    }
                    if (!fresh.isEmpty()) {
                        submitPending();
                    }
                });
            }
            submitPending();
        } catch (RuntimeException e) {
            log.error("event=scheduler_tick_failed error=\"{}\"", e.toString(), e);
        }
    }

    private void submitPending() {
        if (!leasingEntries.compareAndSet(false, true)) {
            return; // another thread is leasing right now
        }
        try {
            // Lease only what the page pool can start soon, so other nodes share the backlog.
            int room = 2 * pageThreads - entriesInFlight.size();
            if (room <= 0) {
                return;
            }
            for (PendingEntry e : entries.leaseDue(node, lease, room)) {
                if (entriesInFlight.add(e.id())) {
                    pagePool.submit(() -> {
                        try {
                            process(e);
                        } finally {
                            entriesInFlight.remove(e.id());
                        }
                        // Keep the pool fed from the backlog instead of waiting for the next tick.
                        if (entriesInFlight.size() <= pageThreads) {
                            submitPending();
                        }
                    });
                }
            }
        } finally {
            leasingEntries.set(false);
        }
    }

    /** Leases no more feeds than the pool can start soon, so other nodes get the rest. */
    private int feedCapacity() {
        return Math.max(0, FEED_QUEUE - sourcesInFlight.size());
    }

    private List<Long> refreshSource(Source s) {
        try {
            return refresher.refresh(s);
        } catch (RuntimeException e) {
            log.error("event=refresh_crashed source_id={} url={} error=\"{}\"", s.id(), s.feedUrl(), e.toString(), e);
            return List.of();
        }
    }

    private void process(PendingEntry e) {
        try {
            switch (ingester.ingest(e)) {
                case IngestOutcome.Stored s -> {
                    entries.markDone(e.id(), s.articleId());
                    stored.incrementAndGet();
                    pages.inc("stored");
                    if (s.replaced() != null) {
                        notify(removedListeners, s.replaced());
                    }
                    notifyStored(s.articleId());
                    log.info(
                            "event=article_stored source_id={} article_id={} url={}",
                            e.sourceId(),
                            s.articleId(),
                            e.url());
                }
                case IngestOutcome.Duplicate d -> {
                    entries.markDuplicate(e.id(), d.articleId());
                    duplicates.incrementAndGet();
                    pages.inc("duplicate");
                }
                case IngestOutcome.Failed f -> {
                    pages.inc(f.retry() ? "retry" : "failed");
                    log.warn(
                            "event=article_failed source_id={} url={} retry={} error=\"{}\"",
                            e.sourceId(),
                            e.url(),
                            f.retry(),
                            f.reason());
                    if (f.retry() && f.retryAfter() != null) {
                        entries.defer(e, f.retryAfter(), f.reason());
                    } else if (f.retry()) {
                        entries.markAttemptFailed(e, f.reason());
                    } else {
                        entries.markFailed(e.id(), f.reason());
                    }
                }
            }
        } catch (RuntimeException ex) {
            log.error(
                    "event=article_crashed source_id={} url={} error=\"{}\"", e.sourceId(), e.url(), ex.toString(), ex);
            pages.inc("crashed");
            entries.markAttemptFailed(e, "internal error: " + ex);
        }
    }

    private void notifyStored(String articleId) {
        notify(storedListeners, articleId);
    }

    private static void notify(List<Consumer<String>> listeners, String articleId) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(articleId);
            } catch (RuntimeException ex) {
                log.error("event=enrichment_failed article_id={} error=\"{}\"", articleId, ex.toString(), ex);
            }
        }
    }

    private static void awaitAll(List<Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                log.error("event=task_failed error=\"{}\"", e.getCause().toString(), e.getCause());
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        feedPool.shutdownNow();
        pagePool.shutdownNow();
        try {
            feedPool.awaitTermination(5, TimeUnit.SECONDS);
            pagePool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
