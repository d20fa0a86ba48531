package dev.tidings.app;

import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tidings reindex}: rebuilds this node's search index from the database. */
@Command(name = "reindex", description = "Rebuild the search index from the database.")
final class ReindexCommand implements Runnable {
    @Mixin
    DataOptions data;

    @Override
    public void run() {
        try (Tidings tidings = new Tidings(data.settings(), Clock.systemUTC())) {
            long t0 = System.nanoTime();
            int n = tidings.storyEnricher.reindex();
            double seconds = Math.max((System.nanoTime() - t0) / 1e9, 1e-3);
            System.out.printf("indexed %d articles in %.1f s (articles/second %.1f)%n", n, seconds, n / seconds);
        }
    }
}
