package dev.tidings.app;

import dev.tidings.account.Accounts;
import dev.tidings.account.RateLimiter;
import dev.tidings.account.ResetMail;
import dev.tidings.ai.ArticleAi;
import dev.tidings.article.ArticleIngester;
import dev.tidings.article.ArticleRepository;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Moderation;
import dev.tidings.db.Database;
import dev.tidings.db.Dialect;
import dev.tidings.db.SharedTurns;
import dev.tidings.extract.Extractor;
import dev.tidings.extract.HostBoilerplate;
import dev.tidings.extract.HtmlSanitizer;
import dev.tidings.feed.FeedParser;
import dev.tidings.fetch.HttpFetcher;
import dev.tidings.mail.Mailer;
import dev.tidings.metrics.Metrics;
import dev.tidings.nlp.Embedder;
import dev.tidings.search.ArticleSearch;
import dev.tidings.search.ArticleTexts;
import dev.tidings.search.SearchIndex;
import dev.tidings.source.EntryRepository;
import dev.tidings.source.FeedRefresher;
import dev.tidings.source.FeedSubscription;
import dev.tidings.source.SourceRemoval;
import dev.tidings.source.SourceRemovals;
import dev.tidings.source.SourceRepository;
import dev.tidings.story.Features;
import dev.tidings.story.RelatedArticles;
import dev.tidings.story.StoryEnricher;
import dev.tidings.story.StoryRepository;
import dev.tidings.tag.HashtagEnricher;
import dev.tidings.tag.Hashtagger;
import dev.tidings.tag.TagRepository;
import dev.tidings.web.ArticleImages;
import dev.tidings.web.Community;
import dev.tidings.web.WebServer;
import java.time.Clock;

/** All the parts of a Tidings node, wired by hand in one place. */
final class Tidings implements AutoCloseable {
    final Settings settings;
    final Clock clock;
    final Database db;
    final SourceRepository sources;
    final EntryRepository entries;
    final ArticleRepository articles;
    final HttpFetcher fetcher;
    final FeedParser feedParser = new FeedParser();
    final Ingestion ingestion;
    final ArticleAi ai;
    final Accounts accounts;
    final Comments comments;
    final Moderation moderation;
    final Embedder embedder;
    final SearchIndex index;
    final ArticleTexts texts;
    final ArticleSearch search;
    final StoryRepository stories;
    final StoryEnricher storyEnricher;
    final RelatedArticles related;
    /** Sources an administrator removes from {@code /sources}, in the background. */
    final SourceRemovals removals;

    final TagRepository tags;
    final HashtagEnricher hashtags;
    /** This node's counters and gauges, served on {@code /metrics}. */
    final Metrics metrics = new Metrics();

    private WebServer web;
    private Mailer mailer;
    private static final int BOILERPLATE_RELEARN_ARTICLES = 2000;
    private final HostBoilerplate boilerplate = new HostBoilerplate();
    private final java.util.concurrent.ScheduledExecutorService follower =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Threads.named("index-follow"));
    /** Long catch-up work of a serving node (after an upgrade), beside the index follower, not in its way. */
    private final java.util.concurrent.ExecutorService backfill =
            java.util.concurrent.Executors.newSingleThreadExecutor(Threads.named("backfill"));
    /* Summaries of stored articles that lack one, made at start while the node serves. */
    private final java.util.concurrent.ExecutorService summaries =
            java.util.concurrent.Executors.newSingleThreadExecutor(Threads.named("summary-catch-up"));

    Tidings(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.db = Database.open(settings.database());
        this.sources = new SourceRepository(db, clock);
        this.entries = new EntryRepository(db, clock);
        this.articles = new ArticleRepository(db);
        RateLimiter limiter = new RateLimiter(db, clock);
        this.accounts = new Accounts(db, clock, limiter, settings.abuseLimits());
        this.comments = new Comments(db, clock, limiter, settings.abuseLimits());
        this.moderation = new Moderation(db, clock, accounts);
        this.fetcher = new HttpFetcher(settings.fetch());
        FeedRefresher refresher = new FeedRefresher(
                fetcher, feedParser, sources, entries, clock, settings.minRefreshInterval(), settings.feedMaxEntries());
        ArticleIngester ingester =
                new ArticleIngester(fetcher, new Extractor(boilerplate), new HtmlSanitizer(), articles, clock);
        this.ingestion = new Ingestion(
                sources,
                entries,
                refresher,
                ingester,
                settings.nodeId(),
                settings.lease(),
                settings.feedThreads(),
                settings.pageThreads(),
                metrics);
        this.embedder = Embedder.load(Embedder.Settings.ALL_CORES_PER_CALL);
        this.ai = new ArticleAi(db, articles, settings.ai(), clock, embedder::embedAll);
        ingestion.onStored(ai::enrich);
        this.texts = new ArticleTexts(db);
        this.index = SearchIndex.open(settings.dataDir().resolve("index"), texts);
        this.search = new ArticleSearch(index, embedder::embed);
        this.stories = new StoryRepository(db);
        this.storyEnricher = new StoryEnricher(articles, stories, new Features(embedder), index, clock);
        this.related = new RelatedArticles(stories, index, storyEnricher.documentFrequencies());
        this.removals = new SourceRemovals(
                new SourceRemoval(db, clock, SharedTurns.of(db, clock, settings.nodeId())), storyEnricher::onRemoved);
        NodeMetrics.register(metrics, clock, articles, entries, sources, refresher, ai, related);
        ingestion.onStored(storyEnricher::onStored);
        ingestion.onRemoved(storyEnricher::onRemoved);
        this.tags = new TagRepository(db);
        this.hashtags = new HashtagEnricher(db, articles, tags, Hashtagger.standard(), clock);
        ingestion.onStored(hashtags::submit);
        // The index holds each article's hashtags: read them at indexing, and index again once tagged.
        texts.hashtagsFrom(tags::tagsOf);
        hashtags.onTagged(storyEnricher::reindexArticle);
    }

    /**
     * The start-up work that makes a node whole after a crash or an upgrade: vectors, stories and
     * index entries for articles that lack them (and no index entry for an article the database no
     * longer has); a long backlog of vectors, summaries and hashtags follows in the background, so
     * a node whose database holds many articles without them (restored, or filled elsewhere)
     * serves at once.
     */
    void heal() {
        relearnBoilerplate();
        // Nodes starting together on one backlog take turns at it rather than each doing all of it.
        // SQLite has one node: it takes no turns, so a node restarted after a crash (its name holds
        // the process id) need not wait for its dead predecessor's turn to run out.
        SharedTurns turns =
                db.dialect() == Dialect.POSTGRES ? SharedTurns.of(db, clock, settings.nodeId()) : SharedTurns.alone();
        storyEnricher.catchUp(turns);
        backfill.execute(logging("stories_backlog_failed", () -> storyEnricher.enrichBacklog(turns)));
        hashtags.submitCatchUp();
        summaries.execute(logging("summaries_catch_up_failed", () -> ai.catchUp(turns)));
    }

    /** Starts the ingestion workers and the website. */
    WebServer serve(String host, int port) {
        heal();
        ingestion.start();
        // Each node's index is a cache of the database: follow what any node stores.
        follower.scheduleWithFixedDelay(
                logging("index_follow_failed", storyEnricher::followChanges),
                2,
                2,
                java.util.concurrent.TimeUnit.SECONDS);
        // Neighbourhoods missing after an upgrade are recorded in the background; pages serve meanwhile.
        backfill.execute(storyEnricher::linkMissingNeighbours);
        ResetMail resetMail = ResetMail.off();
        if (settings.mail().enabled()) {
            mailer = new Mailer(settings.mail());
            resetMail = ResetMail.via(mailer, settings.publicUrl());
        }
        var community = new Community(accounts, comments, moderation, settings.trustForwarded(), resetMail);
        web = new WebServer(
                        articles,
                        sources,
                        removals,
                        new FeedSubscription(sources, fetcher),
                        ai,
                        community,
                        stories,
                        related,
                        search,
                        tags,
                        new ArticleImages(
                                articles,
                                sources,
                                fetcher::fetch,
                                settings.dataDir().resolve("media"),
                                settings.mediaCacheBytes(),
                                clock),
                        clock,
                        settings.zone(),
                        settings.nodeId(),
                        metrics,
                        settings.metricsToken())
                .start(host, port);
        storyEnricher.onStoryGrew(web::storyGrew);
        return web;
    }

    /**
     * The per-host boilerplate store lives in memory: at start it learns again from the texts of
     * the latest stored articles, oldest first as they arrived.
     */
    void relearnBoilerplate() {
        var recent = new java.util.ArrayList<>(articles.recentTexts(BOILERPLATE_RELEARN_ARTICLES));
        java.util.Collections.reverse(recent);
        for (ArticleRepository.PageText page : recent) {
            try {
                boilerplate.learn(java.net.URI.create(page.url()), page.text());
            } catch (IllegalArgumentException e) {
                // A stored URL that no longer parses teaches nothing.
            }
        }
    }

    /**
     * Runs background work, logging a failure as {@code event} rather than ending the thread: the
     * catch-ups of vectors and summaries (the articles left wait for the next start; pages show
     * them meanwhile) or a pass of the index follower (the next pass goes on from where this one
     * stood).
     */
    private static Runnable logging(String event, Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Tidings.class).warn("event={} error=\"{}\"", event, e.toString());
            }
        };
    }

    int port() {
        return web.port();
    }

    @Override
    public void close() {
        // No interrupt: a thread interrupted inside Lucene's file I/O closes the index writer for good.
        storyEnricher.stopBackfill();
        ai.stopCatchUp();
        removals.close();
        follower.shutdown();
        backfill.shutdown();
        summaries.shutdown();
        try {
            follower.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            backfill.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            summaries.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (web != null) {
            web.close();
        }
        if (mailer != null) {
            mailer.close();
        }
        ingestion.close();
        // Tagging writes to the index (an article is indexed again with its hashtags): stop it first.
        hashtags.close();
        index.close();
        embedder.close();
        db.close();
    }
}
