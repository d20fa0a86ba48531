package dev.tidings.source;

import dev.tidings.feed.FeedEntry;
import dev.tidings.feed.FeedParseException;
import dev.tidings.feed.FeedParser;
import dev.tidings.feed.ParsedFeed;
import dev.tidings.fetch.FetchRequest;
import dev.tidings.fetch.FetchResult;
import dev.tidings.fetch.HttpFetcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes one source: a conditional GET of its feed, parsing, storing the entries it has not
 * seen, and recording the outcome (with back-off on failure). Never throws for a bad feed: the
 * error is stored on the source and the caller goes on with the others.
 */
public final class FeedRefresher {
    private static final Logger log = LoggerFactory.getLogger(FeedRefresher.class);

    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final SourceRepository sources;
    private final EntryRepository entries;
    private final Clock clock;
    private final Duration minInterval;
    private final int maxEntries;
    private volatile java.util.function.Consumer<String> outcomes = status -> {};

    /** {@code maxEntries} bounds the entries taken from one refresh, so a feed of 20,000 items cannot flood the page queue. */
    public FeedRefresher(
            HttpFetcher fetcher,
            FeedParser parser,
            SourceRepository sources,
            EntryRepository entries,
            Clock clock,
            Duration minInterval,
            int maxEntries) {
        this.maxEntries = maxEntries;
        this.fetcher = fetcher;
        this.parser = parser;
        this.sources = sources;
        this.entries = entries;
        this.clock = clock;
        this.minInterval = minInterval;
    }

    /** Hears each refresh's status ("ok", "not_modified" or "error") once it is recorded: for counting. */
    public void onOutcome(java.util.function.Consumer<String> listener) {
        this.outcomes = listener;
    }

    /** Refreshes the source and returns the ids of the entries that are new. */
    public List<Long> refresh(Source source) {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        FetchResult result = fetcher.fetch(FetchRequest.feed(
                source.feedUrl(), source.etag(), source.lastModified(), source.allowPrivateNetwork()));
        List<Long> fresh = List.of();
        RefreshOutcome outcome;
        switch (result) {
            case FetchResult.NotModified nm ->
                outcome = success(
                        source,
                        start,
                        t0,
                        RefreshOutcome.NOT_MODIFIED,
                        304,
                        source.etag(),
                        source.lastModified(),
                        0,
                        null,
                        null);
            case FetchResult.Failed f ->
                outcome = failure(source, start, t0, f.httpStatus(), f.message(), f.retryAfter());
            case FetchResult.Ok ok -> {
                ParsedFeed feed;
                try {
                    feed = parser.parse(ok.body(), ok.contentType(), ok.url());
                } catch (FeedParseException e) {
                    outcome = failure(
                            source, start, t0, ok.status(), "feed could not be parsed: " + e.getMessage(), null);
                    break;
                }
                List<FeedEntry> taken = feed.entries();
                String note = null;
                if (taken.size() > maxEntries) {
                    // Feeds list the newest first; what is left out is the oldest part of the archive.
                    note = "the feed lists " + taken.size() + " entries; only the first " + maxEntries + " were taken";
                    taken = taken.subList(0, maxEntries);
                }
                fresh = entries.addNew(source.id(), taken);
                outcome = success(
                        source,
                        start,
                        t0,
                        RefreshOutcome.OK,
                        ok.status(),
                        ok.etag(),
                        ok.lastModified(),
                        fresh.size(),
                        feed,
                        note);
            }
        }
        sources.recordOutcome(source, outcome);
        outcomes.accept(outcome.status());
        log.info(
                "event=refresh source_id={} url={} status={} http={} new_entries={} duration_ms={}{}",
                source.id(),
                source.feedUrl(),
                outcome.status(),
                outcome.httpStatus(),
                outcome.newEntries(),
                outcome.durationMs(),
                outcome.error() == null ? "" : " error=\"" + outcome.error() + "\"");
        return fresh;
    }

    private RefreshOutcome success(
            Source source,
            Instant start,
            long t0,
            String status,
            int http,
            String etag,
            String lastModified,
            int newEntries,
            ParsedFeed feed,
            String note) {
        Instant next = start.plus(BackOff.next(source.intervalSeconds(), 0, null, minInterval));
        return new RefreshOutcome(
                status,
                http,
                note,
                0,
                etag,
                lastModified,
                start,
                next,
                elapsedMs(t0),
                newEntries,
                feed == null ? null : feed.title(),
                feed == null ? null : feed.siteUrl());
    }

    private RefreshOutcome failure(
            Source source, Instant start, long t0, Integer http, String error, Duration retryAfter) {
        int failures = source.errorCount() + 1;
        Instant next = start.plus(BackOff.next(source.intervalSeconds(), failures, retryAfter, minInterval));
        return new RefreshOutcome(
                RefreshOutcome.ERROR,
                http,
                error,
                failures,
                source.etag(),
                source.lastModified(),
                start,
                next,
                elapsedMs(t0),
                0,
                null,
                null);
    }

    private static long elapsedMs(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
