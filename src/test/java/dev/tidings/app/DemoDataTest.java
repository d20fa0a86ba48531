package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.search.SearchIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings demo} clears its own database at each start, and nothing else. */
class DemoDataTest {
    @TempDir
    Path dir;

    @Test
    void aDemoDirectoryIsClearedForAFreshNewsroom() throws Exception {
        Files.writeString(dir.resolve("tidings.db"), "yesterday's newsroom");
        Files.writeString(dir.resolve("demo-data.txt"), "demo");
        DemoCommand.resetDemoData(dir, Settings.from(dir, Map.of()));
        assertThat(dir.resolve("tidings.db")).doesNotExist();
        assertThat(dir.resolve("demo-data.txt")).exists();
    }

    @Test
    void aDirectoryHoldingAnotherDatabaseIsRefused() throws Exception {
        Files.writeString(dir.resolve("tidings.db"), "a real site");
        assertThatThrownBy(() -> DemoCommand.resetDemoData(dir, Settings.from(dir, Map.of())))
                .hasMessageContaining("not the demo's");
        assertThat(dir.resolve("tidings.db")).hasContent("a real site");
    }

    @Test
    void aDemoRunningOnTheDirectoryKeepsItsDatabase() throws Exception {
        Files.writeString(dir.resolve("tidings.db"), "the running demo's");
        Files.writeString(dir.resolve("demo-data.txt"), "demo");
        try (SearchIndex running = SearchIndex.open(dir.resolve("index"))) {
            assertThatThrownBy(() -> DemoCommand.resetDemoData(dir, Settings.from(dir, Map.of())))
                    .hasMessageContaining("in use by another Tidings process");
        }
        assertThat(dir.resolve("tidings.db")).hasContent("the running demo's");
    }
}
