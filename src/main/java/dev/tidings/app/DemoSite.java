package dev.tidings.app;

import dev.tidings.demo.DemoFeed;
import dev.tidings.demo.DemoNewsroom;
import dev.tidings.source.NewSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

/** The demo newsroom and a Tidings node that follows its outlets, started and stopped together. */
final class DemoSite implements AutoCloseable {
    private static final int DEMO_INTERVAL_SECONDS = 120;
    static final String CATEGORY = "Demo newsroom";

    final DemoNewsroom newsroom;
    final Tidings tidings;
    final Instant startedAt;

    private DemoSite(DemoNewsroom newsroom, Tidings tidings, Instant startedAt) {
        this.newsroom = newsroom;
        this.tidings = tidings;
        this.startedAt = startedAt;
    }

    static DemoSite start(Settings settings, String host, int port, Clock clock) {
        Instant start = clock.instant();
        DemoNewsroom newsroom;
        try {
            newsroom = DemoNewsroom.start("127.0.0.1", start);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo newsroom", e);
        }
        Tidings tidings = new Tidings(settings, clock);
        // On a shared database (PostgreSQL) earlier demo runs left outlets on ports now closed.
        tidings.sources.disableCategory(CATEGORY);
        for (DemoFeed feed : newsroom.feeds()) {
            tidings.sources.add(new NewSource(
                    feed.feedUrl(), feed.siteUrl(), feed.outletName(), CATEGORY, true, DEMO_INTERVAL_SECONDS));
        }
        tidings.serve(host, port);
        return new DemoSite(newsroom, tidings, start);
    }

    /** Whether every outlet has been fetched and no article page is still waiting. */
    boolean ingested() {
        return tidings.sources.all().stream().allMatch(s -> s.lastFetchedAt() != null)
                && tidings.entries.pendingCount() == 0;
    }

    /** Waits until the articles stored so far are tagged and their tags have settled. */
    void awaitTags() {
        tidings.hashtags.awaitQueued();
    }

    @Override
    public void close() {
        tidings.close();
        newsroom.close();
    }
}
