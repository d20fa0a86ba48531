package dev.tidings.app;

import dev.tidings.source.NewSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Articles per second through the whole pipeline (feed → page fetch over loopback HTTP → extract →
 * store in SQLite), as {@code tidings refresh} runs it, twice in one JVM (cold, then warm).
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.tidings.app.PipelineBenchmark [-Dexec.args=ARTICLES]}.
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        for (String run : new String[] {"cold", "warm"}) {
            Path dir = Files.createTempDirectory("tidings-pipeline");
            try (GrowingPublisher publisher = new GrowingPublisher();
                    Tidings tidings = new Tidings(
                            Settings.from(dir, Map.of("TIDINGS_FEED_MAX_ENTRIES", String.valueOf(articles))),
                            Clock.systemUTC())) {
                for (int i = 0; i < articles; i++) {
                    publisher.publish(run + " pipeline report " + i);
                }
                tidings.sources.add(new NewSource(publisher.feedUrl(), null, "Bench", null, true, 900));
                Ingestion.RefreshReport r = tidings.ingestion.refreshAllOnce();
                System.out.printf(
                        "%s: %d articles stored in %.2f s = %.1f articles/s (SQLite, %d page threads)%n",
                        run,
                        r.articlesStored(),
                        r.durationMs() / 1000.0,
                        r.articlesStored() * 1000.0 / r.durationMs(),
                        tidings.settings.pageThreads());
            }
        }
        System.exit(0);
    }
}
