package dev.tidings.app;

import dev.tidings.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidings demo}: the fictional demo newsroom on local ports, ingested over HTTP by the real
 * pipeline, and the site. Each start is a fresh newsroom, so its database is cleared first.
 */
@Command(name = "demo", description = "Start the site on the bundled demo newsroom.")
final class DemoCommand implements Runnable {
    private static final String MARKER = "demo-data.txt";

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "./data/demo")
    Path dataDir;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(
            names = "--host",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String host;

    @Override
    public void run() {
        ServeCommand.checkListen(host, port);
        Settings settings = Settings.from(dataDir, System.getenv());
        resetDemoData(dataDir, settings);
        DemoSite site = DemoSite.start(settings, host, port, Clock.systemUTC());
        System.out.printf(
                "Tidings demo: http://%s:%d/ — %d articles from %d outlets are being ingested%n",
                host.equals("0.0.0.0") ? "localhost" : host,
                site.tidings.port(),
                site.newsroom.articleCount(),
                site.newsroom.feeds().size());
        Thread.ofPlatform().daemon().name("demo-progress").start(() -> reportProgress(site));
        ServeCommand.waitForShutdown(site);
    }

    /** Prints once when the newsroom has been ingested. */
    private static void reportProgress(DemoSite site) {
        try {
            while (!site.ingested()) {
                Thread.sleep(250);
            }
            long copies = site.tidings.ingestion.duplicateCount();
            System.out.printf(
                    "demo: %d articles stored%s, on the home page %.1f s after start%n",
                    site.tidings.articles.count(),
                    copies == 0
                            ? ""
                            : copies == 1
                                    ? ", 1 copy folded into its original"
                                    : ", " + copies + " copies folded into their originals",
                    Duration.between(site.startedAt, Instant.now()).toMillis() / 1000.0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Clears the demo's SQLite database; refuses to touch a data directory that is not a demo's, or
     * one a running demo uses.
     */
    static void resetDemoData(Path dataDir, Settings settings) {
        if (!settings.database().jdbcUrl().startsWith("jdbc:sqlite:")) {
            return; // a shared database (PostgreSQL) is never cleared by the demo
        }
        try {
            Files.createDirectories(dataDir);
            Path db = dataDir.resolve("tidings.db");
            if (Files.exists(db) && !Files.exists(dataDir.resolve(MARKER))) {
                throw new IllegalArgumentException(dataDir + " holds a Tidings database that is not the demo's;"
                        + " choose another --data directory for the demo");
            }
            // a demo already running here holds the index: it is refused before its database is touched
            try (var running = SearchIndex.exclusive(dataDir.resolve("index"))) {
                for (String name : new String[] {"tidings.db", "tidings.db-wal", "tidings.db-shm"}) {
                    Files.deleteIfExists(dataDir.resolve(name));
                }
            }
            Files.writeString(
                    dataDir.resolve(MARKER),
                    "This directory holds the Tidings demo; it is cleared at each" + " start of `tidings demo`.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo data directory " + dataDir, e);
        }
    }
}
