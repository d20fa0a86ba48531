package dev.tidings.app;

import dev.tidings.article.ArticleIngester;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.extract.Extractor;
import dev.tidings.extract.HtmlSanitizer;
import dev.tidings.feed.FeedParser;
import dev.tidings.fetch.HttpFetcher;
import dev.tidings.source.EntryRepository;
import dev.tidings.source.FeedRefresher;
import dev.tidings.source.SourceRepository;
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
    private WebServer web;

    Tidings(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.db = Database.open(settings.database());
        this.sources = new SourceRepository(db, clock);
        this.entries = new EntryRepository(db, clock);
        this.articles = new ArticleRepository(db);
        this.fetcher = new HttpFetcher(settings.fetch());
        FeedRefresher refresher = new FeedRefresher(
                fetcher, feedParser, sources, entries, clock, settings.minRefreshInterval(), settings.feedMaxEntries());
        ArticleIngester ingester = new ArticleIngester(fetcher, new Extractor(), new HtmlSanitizer(), articles, clock);
        this.ingestion = new Ingestion(
                sources,
                entries,
                refresher,
                ingester,
                settings.nodeId(),
                settings.lease(),
                settings.feedThreads(),
                settings.pageThreads());
    }

    /** Starts the ingestion workers and the website. */
    WebServer serve(String host, int port) {
        ingestion.start();
        web = new WebServer(articles, sources, clock, settings.zone(), settings.nodeId()).start(host, port);
        return web;
    }

    int port() {
        return web.port();
    }

    @Override
    public void close() {
        if (web != null) {
            web.close();
        }
        ingestion.close();
        db.close();
    }
}
