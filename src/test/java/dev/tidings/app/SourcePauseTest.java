package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.db.Database;
import dev.tidings.source.NewSource;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator stops following a source and takes it up again, by id, slug or feed URL. */
class SourcePauseTest {
    @TempDir
    Path dir;

    @Test
    void aPausedSourceIsNotFetchedUntilResumedAndTheListSaysSo() {
        Source harbour;
        try (Database db = Database.openSqlite(dir)) {
            var sources = new SourceRepository(db, Clock.systemUTC());
            harbour = sources.add(new NewSource(
                    URI.create("https://harbour.example/feed.xml"), null, "Harbour Times", null, false, 900));
            sources.add(
                    new NewSource(URI.create("https://ledger.example/rss"), null, "Daily Ledger", null, false, 900));
        }
        String data = dir.toString();

        CommandRun paused = CommandRun.of("", "source", "pause", "harbour-times", "--data", data);
        assertThat(paused.exit()).as(paused.err()).isZero();
        assertThat(paused.out()).contains("paused Harbour Times (harbour-times)");
        assertThat(CommandRun.of("", "source", "pause", "https://harbour.example/feed.xml", "--data", data)
                        .out())
                .contains("already paused Harbour Times");
        assertThat(CommandRun.of("", "source", "list", "--data", data).out())
                .containsPattern("Harbour Times +0 +paused")
                .containsPattern("Daily Ledger +0 +pending");
        assertThat(due()).containsExactly("Daily Ledger");

        CommandRun resumed = CommandRun.of("", "source", "resume", Long.toString(harbour.id()), "--data", data);
        assertThat(resumed.out()).contains("followed Harbour Times");
        assertThat(due()).containsExactlyInAnyOrder("Harbour Times", "Daily Ledger");

        CommandRun unknown = CommandRun.of("", "source", "pause", "no-such-outlet", "--data", data);
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no source is called no-such-outlet");
    }

    @Test
    void aSourceBeingRemovedElsewhereIsNeitherResumedNorRemovedASecondTime() {
        try (Database db = Database.openSqlite(dir)) {
            Source harbour = new SourceRepository(db, Clock.systemUTC())
                    .add(new NewSource(
                            URI.create("https://harbour.example/feed.xml"), null, "Harbour Times", null, false, 900));
            // a serving node is removing it: it holds the removal's turn, renewed before each batch
            db.transaction(h -> h.update(
                    "INSERT INTO shared_turns (work, node, until_at) VALUES (?, 'node-b', ?)",
                    "source-removal:" + harbour.id(),
                    System.currentTimeMillis() + 120_000));
        }
        String data = dir.toString();

        CommandRun resumed = CommandRun.of("", "source", "resume", "harbour-times", "--data", data);
        assertThat(resumed.exit()).isEqualTo(1);
        assertThat(resumed.err())
                .contains("Harbour Times (harbour-times) is being removed by node-b; it cannot be followed again");
        CommandRun removed = CommandRun.of("", "source", "remove", "harbour-times", "--yes", "--data", data);
        assertThat(removed.exit()).isEqualTo(1);
        assertThat(removed.err())
                .contains(
                        "Harbour Times (harbour-times) is being removed by node-b; it will be gone when that finishes");
        assertThat(CommandRun.of("", "source", "list", "--data", data).out())
                .containsPattern("Harbour Times +0 +removing")
                .contains("being removed by node-b");
    }

    @Test
    void anOperatorRenamesASourceAndChangesHowOftenItIsFetched() {
        try (Database db = Database.openSqlite(dir)) {
            new SourceRepository(db, Clock.systemUTC())
                    .add(new NewSource(
                            URI.create("https://harbour.example/feed.xml"), null, "harbour.example", null, false, 900));
        }
        String data = dir.toString();
        CommandRun edited = CommandRun.of(
                "",
                "source",
                "edit",
                "harbour-example",
                "--title",
                "Harbour Times",
                "--interval",
                "1800",
                "--data",
                data);
        assertThat(edited.exit()).as(edited.err()).isZero();
        assertThat(edited.out()).contains("edited Harbour Times (harbour-example): fetched every 1800 seconds");
        assertThat(CommandRun.of("", "source", "list", "--data", data).out()).contains("Harbour Times");

        CommandRun nothing = CommandRun.of("", "source", "edit", "harbour-example", "--data", data);
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err()).contains("say what to change");
        CommandRun tooOften = CommandRun.of("", "source", "edit", "harbour-example", "--interval", "5", "--data", data);
        assertThat(tooOften.exit()).isEqualTo(1);
        assertThat(tooOften.err()).contains("the interval is from 60 to 604800 seconds");
    }

    /** The sources a node would fetch now, by title. */
    private List<String> due() {
        try (Database db = Database.openSqlite(dir)) {
            var sources = new SourceRepository(db, Clock.systemUTC());
            List<String> titles = sources.leaseDue("test", Duration.ofSeconds(1), 10).stream()
                    .map(Source::title)
                    .toList();
            sources.releaseLeasesOf("test");
            return titles;
        }
    }
}
