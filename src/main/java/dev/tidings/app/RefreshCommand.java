package dev.tidings.app;

import dev.tidings.source.Source;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tidings refresh}: every source once. Exits 1 when there was nothing to refresh (often a
 * mistyped {@code --data}) or every source failed, so a scheduled run that did nothing is noticed.
 */
@Command(name = "refresh", description = "Fetch every source once, wait for the article pages found, then exit.")
final class RefreshCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        try (Tidings tidings = new Tidings(data.settings(), Clock.systemUTC())) {
            tidings.storyEnricher.catchUp();
            tidings.storyEnricher.linkMissingNeighbours();
            tidings.hashtags.catchUp();
            tidings.relearnBoilerplate();
            Ingestion.RefreshReport r = tidings.ingestion.refreshAllOnce();
            tidings.hashtags.awaitQueued();
            double seconds = Math.max(r.durationMs(), 1) / 1000.0;
            System.out.printf(
                    "refreshed %d sources, processed %d new entries, stored %d articles (%d more were copies of"
                            + " stored ones) in %.1f s (%.1f articles/s)%n",
                    r.sources(),
                    r.entriesProcessed(),
                    r.articlesStored(),
                    r.duplicates(),
                    seconds,
                    r.articlesStored() / seconds);
            List<Source> failed = tidings.sources.all().stream()
                    .filter(s -> s.enabled() && "error".equals(s.lastStatus()))
                    .toList();
            failed.forEach(s -> System.out.printf("  error  %s  %s%n", s.feedUrl(), s.lastError()));
            if (r.sources() == 0) {
                System.err.printf(
                        "no sources to refresh in %s: add one with `tidings source add URL`%n",
                        data.settings().dataDir());
                return 1;
            }
            if (failed.size() >= r.sources()) {
                System.err.printf("every source failed (%d)%n", failed.size());
                return 1;
            }
            return 0;
        }
    }
}
