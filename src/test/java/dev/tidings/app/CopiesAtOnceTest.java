package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.source.NewSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One page at eight addresses of one feed, fetched by the page threads at the same time: stored
 * once, every other copy a duplicate of it (the check for the same text and the insert are one step).
 */
class CopiesAtOnceTest {
    @TempDir
    Path dataDir;

    @Test
    void copiesFetchedAtOnceAreStoredOnce() {
        for (int round = 0; round < 3; round++) {
            Path dir = dataDir.resolve("round" + round);
            FixturePublisher publisher =
                    new FixturePublisher(Instant.now()).route("/copies.xml", "copies.xml", "application/rss+xml");
            for (int i = 1; i <= 8; i++) {
                publisher.route("/copy/" + i, "library.html", "text/html");
            }
            try (publisher;
                    Tidings tidings =
                            new Tidings(Settings.from(dir, Map.of("TIDINGS_PAGE_THREADS", "8")), Clock.systemUTC())) {
                tidings.sources.add(new NewSource(publisher.url("/copies.xml"), null, null, null, true, 900));
                Ingestion.RefreshReport report = tidings.ingestion.refreshAllOnce();
                assertThat(tidings.articles.count()).as("round " + round).isEqualTo(1);
                assertThat(report.duplicates()).as("the other copies, counted").isEqualTo(7);
            }
        }
    }
}
