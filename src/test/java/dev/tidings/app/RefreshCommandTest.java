package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.source.NewSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings refresh} fails a scheduled run that did nothing, and says why. */
class RefreshCommandTest {
    @TempDir
    Path dir;

    @Test
    void nothingToRefreshIsAFailureThatNamesTheDirectory() {
        CommandRun run = CommandRun.of("", "refresh", "--data", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no sources to refresh in " + dir, "tidings source add");
    }

    @Test
    void everySourceFailingIsAFailure() {
        try (Tidings tidings = new Tidings(Settings.from(dir, Map.of()), Clock.systemUTC())) {
            // nothing listens on port 1: refused at once
            tidings.sources.add(new NewSource(URI.create("http://127.0.0.1:1/feed.xml"), null, null, null, true, 900));
        }
        CommandRun run = CommandRun.of("", "refresh", "--data", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("error  http://127.0.0.1:1/feed.xml");
        assertThat(run.err()).contains("every source failed (1)");
    }
}
