package dev.tidings.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import dev.tidings.feed.FeedEntry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Kind.class)
class EntryRepositoryTest {
    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    private Database db;
    private EntryRepository entries;
    private Source source;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        entries = new EntryRepository(db, clock);
        source = new SourceRepository(db, clock).add(NewSource.of(URI.create("https://a.example/feed"), false));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void onlyUnseenGuidsBecomePendingWork() {
        List<Long> first = entries.addNew(source.id(), List.of(entry("g1"), entry("g2"), entry("g2")));
        List<Long> second = entries.addNew(source.id(), List.of(entry("g2"), entry("g3")));
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(entries.pendingCount()).isEqualTo(3);
    }

    @Test
    void aLeasedEntryIsNotHandedOutAgainUntilItsLeaseRunsOut() {
        entries.addNew(source.id(), List.of(entry("g1"), entry("g2")));
        List<PendingEntry> a = entries.leaseDue("node-a", Duration.ofSeconds(30), 10);
        assertThat(a).hasSize(2);
        assertThat(a.getFirst().url()).isEqualTo(URI.create("https://a.example/g1"));
        assertThat(a.getFirst().title()).isEqualTo("Title g1");
        assertThat(entries.leaseDue("node-b", Duration.ofSeconds(30), 10)).isEmpty();
        entries.markDone(a.getFirst().id(), "0123456789abcdef");
        clock.advance(Duration.ofSeconds(31));
        assertThat(entries.leaseDue("node-b", Duration.ofSeconds(30), 10))
                .extracting(PendingEntry::guid)
                .containsExactly("g2");
        assertThat(entries.pendingCount()).isEqualTo(1);
    }

    @Test
    void failedAttemptsAreRetriedLaterAndThenGivenUp() {
        entries.addNew(source.id(), List.of(entry("g1")));
        for (int attempt = 1; attempt < EntryRepository.MAX_ATTEMPTS; attempt++) {
            PendingEntry e = entries.leaseDue("n", Duration.ofSeconds(30), 1).getFirst();
            assertThat(e.attempts()).isEqualTo(attempt - 1);
            entries.markAttemptFailed(e, "HTTP 503");
            assertThat(entries.leaseDue("n", Duration.ofSeconds(30), 1)).isEmpty();
            clock.advance(Duration.ofHours(1));
        }
        PendingEntry last = entries.leaseDue("n", Duration.ofSeconds(30), 1).getFirst();
        entries.markAttemptFailed(last, "HTTP 503");
        clock.advance(Duration.ofDays(1));
        assertThat(entries.leaseDue("n", Duration.ofSeconds(30), 1)).isEmpty();
        assertThat(entries.pendingCount()).isZero();
        String error = db.read(h -> h.queryOne("SELECT last_error FROM entries", rs -> rs.getString(1)))
                .orElseThrow();
        assertThat(error).isEqualTo("HTTP 503");
    }

    private static FeedEntry entry(String guid) {
        return new FeedEntry(
                guid,
                URI.create("https://a.example/" + guid),
                "Title " + guid,
                "Summary",
                null,
                "Author",
                Instant.parse("2026-11-28T10:00:00Z"),
                null,
                null);
    }
}
