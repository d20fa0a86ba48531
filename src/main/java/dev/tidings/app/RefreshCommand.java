package dev.tidings.app;

import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "refresh", description = "Fetch every source once, wait for the article pages found, then exit.")
final class RefreshCommand implements Runnable {
    @Mixin
    DataOptions data;

    @Override
    public void run() {
        try (Tidings tidings = new Tidings(data.settings(), Clock.systemUTC())) {
            tidings.storyEnricher.catchUp();
            tidings.storyEnricher.linkMissingNeighbours();
            tidings.hashtags.catchUp();
            tidings.relearnBoilerplate();
            Ingestion.RefreshReport r = tidings.ingestion.refreshAllOnce();
            tidings.hashtags.awaitQueued();
            double seconds = Math.max(r.durationMs(), 1) / 1000.0;
            System.out.printf(
                    "refreshed %d sources, processed %d new entries, stored %d articles in %.1f s"
                            + " (%.1f articles/s)%n",
                    r.sources(), r.entriesProcessed(), r.articlesStored(), seconds, r.articlesStored() / seconds);
            tidings.sources.all().stream()
                    .filter(s -> "error".equals(s.lastStatus()))
                    .forEach(s -> System.out.printf("  error  %s  %s%n", s.feedUrl(), s.lastError()));
        }
    }
}
