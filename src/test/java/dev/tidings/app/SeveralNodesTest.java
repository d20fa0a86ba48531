package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.db.Database;
import dev.tidings.db.DatabaseSettings;
import dev.tidings.db.TestDatabases;
import dev.tidings.source.NewSource;
import dev.tidings.source.SourceRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code tidings serve} processes on one PostgreSQL and a local publisher: each feed is
 * fetched by one node per interval, what one node stores every node shows, a node killed with
 * SIGKILL does not stop ingestion, and a node started later serves the same pages.
 */
@Tag("cluster")
class SeveralNodesTest {
    private static final int INTERVAL_SECONDS = 2;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void nodesShareTheWorkAndServeTheSameNews() throws Exception {
        DatabaseSettings pg = TestDatabases.freshPostgresDatabase();
        Map<String, String> env = Map.of(
                "TIDINGS_DB_URL", pg.jdbcUrl(),
                "TIDINGS_DB_USER", pg.user(),
                "TIDINGS_DB_PASSWORD", pg.password(),
                "TIDINGS_MIN_REFRESH_SECONDS", "1",
                "TIDINGS_LEASE_SECONDS", "5");
        List<NodeProcess> nodes = new ArrayList<>();
        try (GrowingPublisher publisher = new GrowingPublisher();
                Database db = Database.open(pg)) {
            var sources = new SourceRepository(db, Clock.systemUTC());
            long sourceId = sources.add(
                            new NewSource(publisher.feedUrl(), null, "Growing Gazette", null, true, INTERVAL_SECONDS))
                    .id();
            for (int i = 0; i < 3; i++) {
                publisher.publish("Several nodes report " + i);
            }
            for (int n = 1; n <= 3; n++) {
                nodes.add(new NodeProcess("node-" + n, dir.resolve("node-" + n), env));
            }

            // What one node stores, every node shows.
            for (NodeProcess node : nodes) {
                awaitTitles(node, 3);
            }

            // Each source is fetched by one node at a time, once per interval.
            awaitTrue(() -> fetchTimes(db, sourceId).size() >= 5);
            List<Long> times = fetchTimes(db, sourceId);
            for (int i = 1; i < times.size(); i++) {
                assertThat(times.get(i) - times.get(i - 1))
                        .as("gap between fetches %d and %d", i - 1, i)
                        .isGreaterThanOrEqualTo(INTERVAL_SECONDS * 1000L - 50);
            }
            assertThat(publisher.feedFetches.get())
                    .isEqualTo(fetchTimes(db, sourceId).size());

            // A node killed in the middle of its work does not stop ingestion: its leases move.
            nodes.getFirst().kill();
            publisher.publish("Several nodes report 3");
            publisher.publish("Several nodes report 4");
            awaitTitles(nodes.get(1), 5);
            awaitTitles(nodes.get(2), 5);

            // A node started later serves the same results.
            nodes.add(new NodeProcess("node-4", dir.resolve("node-4"), env));
            awaitTitles(nodes.get(3), 5);
            assertThat(latestTitles(nodes.get(3))).isEqualTo(latestTitles(nodes.get(1)));
            long stored = db.read(h -> h.queryLong("SELECT COUNT(*) FROM articles"));
            assertThat(stored).isEqualTo(5);
        } finally {
            for (NodeProcess node : nodes) {
                node.close();
            }
        }
    }

    private static List<Long> fetchTimes(Database db, long sourceId) {
        return db.read(h -> h.query(
                "SELECT fetched_at FROM fetch_log WHERE source_id = ? ORDER BY fetched_at",
                rs -> rs.getLong(1),
                sourceId));
    }

    private void awaitTitles(NodeProcess node, int count) throws Exception {
        awaitTrue(() -> latestTitles(node).size() == count);
    }

    private List<String> latestTitles(NodeProcess node) {
        try {
            String body = http.send(
                            HttpRequest.newBuilder(URI.create(node.baseUrl() + "/latest"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            return java.util.regex.Pattern.compile("Several nodes report \\d+")
                    .matcher(body)
                    .results()
                    .map(java.util.regex.MatchResult::group)
                    .toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !condition.getAsBoolean()) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 60 s").isTrue();
    }
}
