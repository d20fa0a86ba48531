package dev.tidings.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Kind.class)
class SourceRepositoryTest {
    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    private Database db;
    private SourceRepository sources;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        sources = new SourceRepository(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addingTheSameFeedTwiceKeepsOneSourceAndSlugsStayUnique() {
        Source a = sources.add(feed("https://a.example/rss", "Circuit & Signal"));
        Source again = sources.add(feed("https://a.example/rss", "Other name"));
        Source b = sources.add(feed("https://b.example/rss", "Circuit & Signal"));
        assertThat(again.id()).isEqualTo(a.id());
        assertThat(a.slug()).isEqualTo("circuit-signal");
        assertThat(b.slug()).isEqualTo("circuit-signal-2");
        assertThat(sources.all()).hasSize(2);
        assertThat(sources.bySlug("circuit-signal-2")).contains(b);
    }

    @Test
    void aDisabledCategoryIsNoLongerDueUntilItsSourceIsAddedAgain() {
        Source demo = sources.add(
                new NewSource(URI.create("http://127.0.0.1:4000/rss"), null, "Old demo", "Demo", true, 900));
        sources.add(feed("https://kept.example/rss", "Kept"));
        assertThat(sources.disableCategory("Demo")).isEqualTo(1);
        assertThat(sources.leaseDue("n", Duration.ofMinutes(1), 10))
                .extracting(Source::title)
                .containsExactly("Kept");
        assertThat(sources.add(NewSource.of(demo.feedUrl(), true)).enabled()).isTrue();
    }

    @Test
    void anOperatorNamesASourceByIdSlugOrFeedUrlAndPausesAndResumesIt() {
        Source a = sources.add(feed("https://a.example/rss", "Circuit & Signal"));
        Source b = sources.add(feed("https://b.example/rss", "Harbour Times"));
        assertThat(sources.named(Long.toString(b.id()))).contains(b);
        assertThat(sources.named(" harbour-times ")).contains(b);
        assertThat(sources.named("https://a.example/rss")).contains(a);
        assertThat(sources.named("nothing-like-it")).isEmpty();

        assertThat(sources.follow(b.id(), false)).isTrue();
        assertThat(sources.follow(b.id(), false)).as("already paused").isFalse();
        assertThat(sources.named("harbour-times").orElseThrow().enabled()).isFalse();
        assertThat(sources.leaseDue("n1", Duration.ofMinutes(1), 10))
                .extracting(Source::id)
                .containsExactly(a.id());
        sources.releaseLeasesOf("n1");
        assertThat(sources.follow(b.id(), true)).isTrue();
        assertThat(sources.leaseDue("n1", Duration.ofMinutes(1), 10))
                .extracting(Source::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void aSourceWithoutTitleIsNamedAfterItsHostUntilItsFeedNamesIt() {
        Source s = sources.add(NewSource.of(URI.create("https://news.example.org/feed"), false));
        assertThat(s.title()).isEqualTo("news.example.org");
        sources.recordOutcome(s, outcome("ok", null, "Example News"));
        assertThat(sources.byId(s.id()).orElseThrow().title()).isEqualTo("Example News");
    }

    @Test
    void anOperatorsRenameOutlivesARefreshThatLeasedTheSourceBeforeIt() {
        Source leased = sources.add(NewSource.of(URI.create("https://news.example.org/feed"), false));
        assertThat(sources.edit(leased.id(), "  Example   Evening News ", 1800)).isTrue();
        assertThat(sources.edit(leased.id(), "Example Evening News", null))
                .as("nothing to change")
                .isFalse();
        // the refresh saw the placeholder title when it took its lease, and the feed names itself
        sources.recordOutcome(leased, outcome("ok", null, "Example News"));
        Source now = sources.byId(leased.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("Example Evening News");
        assertThat(now.intervalSeconds()).isEqualTo(1800);
        assertThat(now.slug()).as("addresses stay").isEqualTo(leased.slug());
        assertThatThrownBy(() -> sources.edit(leased.id(), " ", null)).hasMessageContaining("1 to 200 characters");
        assertThatThrownBy(() -> sources.edit(leased.id(), null, 5)).hasMessageContaining("not 5");
    }

    @Test
    void eachDueSourceIsLeasedByOneNodeAtATime() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            sources.add(feed("https://site" + i + ".example/feed", "Site " + i));
        }
        var taken = new ConcurrentLinkedQueue<Long>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> nodes = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            String node = "node-" + n;
            nodes.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int round = 0; round < 10; round++) {
                    sources.leaseDue(node, Duration.ofMinutes(2), 3).forEach(s -> taken.add(s.id()));
                }
            }));
        }
        go.countDown();
        for (Thread t : nodes) {
            t.join();
        }
        assertThat(taken).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void aDeadNodesLeaseRunsOutAndAnotherNodeTakesTheSource() {
        Source s = sources.add(feed("https://a.example/rss", "A"));
        assertThat(sources.leaseDue("dead-node", Duration.ofSeconds(60), 10)).hasSize(1);
        assertThat(sources.leaseDue("live-node", Duration.ofSeconds(60), 10)).isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(sources.leaseDue("live-node", Duration.ofSeconds(60), 10))
                .extracting(Source::id)
                .containsExactly(s.id());
    }

    @Test
    void recordingAnOutcomeEndsTheLeaseAndSchedulesTheNextFetch() {
        Source s = sources.add(feed("https://a.example/rss", "A"));
        sources.leaseDue("node", Duration.ofMinutes(2), 10);
        sources.recordOutcome(s, outcome("error", "HTTP 500", null));
        Source after = sources.byId(s.id()).orElseThrow();
        assertThat(after.lastStatus()).isEqualTo("error");
        assertThat(after.lastError()).isEqualTo("HTTP 500");
        assertThat(after.nextFetchAt()).isEqualTo(clock.instant().plusSeconds(900));
        assertThat(sources.leaseDue("node", Duration.ofMinutes(2), 10)).isEmpty();
        clock.advance(Duration.ofSeconds(900));
        assertThat(sources.leaseDue("other", Duration.ofMinutes(2), 10)).hasSize(1);
        assertThat(sources.recentFetches(s.id(), 10))
                .singleElement()
                .satisfies(f -> assertThat(f.error()).isEqualTo("HTTP 500"));
    }

    @Test
    void theFetchLogKeepsThirtyDaysOfEachSource() {
        Source a = sources.add(feed("https://a.example/rss", "A"));
        Source b = sources.add(feed("https://b.example/rss", "B"));
        sources.recordOutcome(a, outcome("error", "HTTP 500", null));
        sources.recordOutcome(b, outcome("error", "HTTP 503", null));
        clock.advance(SourceRepository.FETCH_LOG_KEPT.plusMinutes(1));
        sources.recordOutcome(a, outcome("ok", null, null));

        assertThat(sources.recentFetches(a.id(), 10))
                .as("the fetch of 30 days and a minute ago is gone")
                .singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo("ok"));
        assertThat(sources.recentFetches(b.id(), 10))
                .as("another source's log is pruned by its own fetches")
                .hasSize(1);
    }

    private RefreshOutcome outcome(String status, String error, String title) {
        return new RefreshOutcome(
                status,
                error == null ? 200 : 500,
                error,
                error == null ? 0 : 1,
                "\"e1\"",
                null,
                clock.instant(),
                clock.instant().plusSeconds(900),
                12,
                0,
                title,
                null);
    }

    private static NewSource feed(String url, String title) {
        return new NewSource(URI.create(url), null, title, null, false, 900);
    }
}
