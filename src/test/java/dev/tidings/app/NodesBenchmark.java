package dev.tidings.app;

import dev.tidings.db.Database;
import dev.tidings.db.DatabaseSettings;
import dev.tidings.db.TestDatabases;
import dev.tidings.source.NewSource;
import dev.tidings.source.SourceRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ingestion throughput with 1, 2 and 3 nodes on one PostgreSQL (same machine: the figure shows
 * coordination overhead, not hardware scaling), and seconds until a new article is on every node.
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.tidings.app.NodesBenchmark [-Dexec.args=ARTICLES]}.
 */
public final class NodesBenchmark {
    private NodesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        System.out.printf(
                "%-6s %-10s %-12s %-14s %s%n",
                "nodes", "articles", "seconds", "articles/s", "visible on all nodes (s)");
        for (int n = 1; n <= 3; n++) {
            run(n, articles);
        }
        System.exit(0);
    }

    private static void run(int nodeCount, int articles) throws Exception {
        DatabaseSettings pg = TestDatabases.freshPostgresDatabase();
        Map<String, String> env = Map.of(
                "TIDINGS_DB_URL",
                pg.jdbcUrl(),
                "TIDINGS_DB_USER",
                pg.user(),
                "TIDINGS_DB_PASSWORD",
                pg.password(),
                "TIDINGS_MIN_REFRESH_SECONDS",
                "1");
        Path dir = Files.createTempDirectory("tidings-bench");
        List<NodeProcess> nodes = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        try (GrowingPublisher publisher = new GrowingPublisher();
                Database db = Database.open(pg)) {
            for (int i = 0; i < articles; i++) {
                publisher.publish("Bench report " + i);
            }
            for (int i = 1; i <= nodeCount; i++) {
                nodes.add(new NodeProcess("bench-" + i, dir.resolve("n" + i), env));
            }
            for (NodeProcess node : nodes) {
                node.baseUrl(); // wait until it serves
            }
            long t0 = System.nanoTime();
            new SourceRepository(db, Clock.systemUTC())
                    .add(new NewSource(publisher.feedUrl(), null, "Bench Gazette", null, true, 1));
            while (count(db) < articles) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;

            publisher.publish("Freshly published report");
            long t1 = System.nanoTime();
            for (NodeProcess node : nodes) {
                while (!page(http, node.baseUrl() + "/latest").contains("Freshly published report")) {
                    Thread.sleep(20);
                }
            }
            double visible = (System.nanoTime() - t1) / 1e9;
            System.out.printf(
                    "%-6d %-10d %-12.2f %-14.1f %.2f%n", nodeCount, articles, seconds, articles / seconds, visible);
        } finally {
            for (NodeProcess node : nodes) {
                node.close();
            }
        }
    }

    private static long count(Database db) {
        return db.read(h -> h.queryLong("SELECT COUNT(*) FROM articles"));
    }

    private static String page(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
