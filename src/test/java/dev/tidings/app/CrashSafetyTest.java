package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.source.NewSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingesting Tidings process with SIGKILL at random instants, again and again, while
 * a local publisher publishes a few articles before each run; after every kill the data directory must pass {@link
 * CrashInvariants}: SQLite's integrity check, every article logged {@code event=article_stored}
 * before the kill still there exactly once, no duplicates. A last run without a kill must then
 * store every published article exactly once. Kills: {@code -Dtidings.crash.kills=N} (default
 * 50); seed: {@code -Dtidings.crash.seed=S} (printed on each run).
 */
@Tag("crash")
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard, not a measurement
class CrashSafetyTest {
    private static final Pattern STORED = Pattern.compile("event=article_stored .*article_id=([0-9a-f]+)");
    private static final int KILLS = Integer.getInteger("tidings.crash.kills", 50);
    private static final int PER_RUN = 6;

    @TempDir
    Path dir;

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    @Test
    void killedAtRandomInstantsNothingAcknowledgedIsLostOrDuplicated() throws Exception {
        long seed = Long.getLong("tidings.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("crash test: seed " + seed + ", " + KILLS + " kills");
        Path data = dir.resolve("data");
        long t0 = System.nanoTime();
        try (GrowingPublisher publisher = new GrowingPublisher()) {
            try (Tidings tidings = new Tidings(Settings.from(data, Map.of()), Clock.systemUTC())) {
                tidings.sources.add(new NewSource(publisher.feedUrl(), null, "Crash Courier", null, true, 1));
            }
            int published = 0;

            List<String> violations = new ArrayList<>();
            for (int kill = 1; kill <= KILLS && violations.isEmpty(); kill++) {
                // Fresh work for every run, so each kill lands while there is ingestion to interrupt.
                for (int i = 0; i < PER_RUN; i++) {
                    publisher.publish("Crash courier report " + published++);
                }
                Child child = run(data);
                child.awaitIngesting();
                if (random.nextBoolean()) {
                    Thread.sleep(random.nextInt(600)); // anywhere: feed fetch, page fetch, commit
                } else {
                    child.awaitMoreStored(1 + random.nextInt(4), 5_000); // near a commit
                    Thread.sleep(random.nextInt(15));
                }
                child.kill();
                violations.addAll(check(data, "after kill " + kill));
            }
            assertThat(violations).as("seed " + seed).isEmpty();

            Child last = run(data);
            last.awaitIngesting();
            int expected = published;
            long stored = awaitAllStored(data, expected);
            last.kill();
            assertThat(check(data, "after the last run")).as("seed " + seed).isEmpty();
            assertThat(stored).as("every published article stored exactly once").isEqualTo(expected);
            System.out.printf(
                    "crash test: %d kills, %d articles acknowledged before a kill, %d published and stored,"
                            + " %.1f s in all (seed %d)%n",
                    KILLS, acknowledged.size(), expected, (System.nanoTime() - t0) / 1e9, seed);
        }
    }

    private List<String> check(Path data, String when) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection db = CrashInvariants.open(data)) {
            for (CrashInvariants invariant : CrashInvariants.all()) {
                for (String p : invariant.violations(db, data, Set.copyOf(acknowledged))) {
                    problems.add(when + ": " + p);
                }
            }
        }
        return problems;
    }

    /** Waits (bounded) until the restarted node has stored every published article. */
    private static long awaitAllStored(Path data, int expected) throws Exception {
        long count = 0;
        for (int i = 0; i < 1200; i++) {
            try (Connection db = CrashInvariants.open(data);
                    Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
                rs.next();
                count = rs.getLong(1);
            }
            if (count >= expected) {
                return count;
            }
            Thread.sleep(100);
        }
        return count;
    }

    private Child run(Path data) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx128m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                NodeProcess.classpath(),
                CrashTarget.class.getName(),
                data.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("TIDINGS_NODE_ID", "crash-node");
        pb.environment().put("TIDINGS_MIN_REFRESH_SECONDS", "1");
        pb.environment().put("TIDINGS_PAGE_THREADS", "4");
        return new Child(pb.start());
    }

    /** One run of the crash target; its log is read as it comes, acknowledged ids collected. */
    private final class Child {
        private final Process process;
        private final Thread reader;
        private final CountDownLatch ingesting = new CountDownLatch(1);
        private final AtomicInteger stored = new AtomicInteger();
        private final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());

        Child(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon().start(this::read);
        }

        private void read() {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (output.size() < 2000) {
                        output.add(line);
                    }
                    if (line.startsWith("crash-target ingesting")) {
                        ingesting.countDown();
                    }
                    Matcher m = STORED.matcher(line);
                    if (m.find()) {
                        acknowledged.add(m.group(1));
                        stored.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }

        void awaitIngesting() throws InterruptedException {
            if (!ingesting.await(60, TimeUnit.SECONDS)) {
                kill();
                throw new AssertionError("crash target did not start:\n" + String.join("\n", output));
            }
        }

        void awaitMoreStored(int more, long maxMillis) throws InterruptedException {
            int target = stored.get() + more;
            for (long waited = 0; stored.get() < target && waited < maxMillis; waited += 5) {
                Thread.sleep(5);
            }
        }

        /** SIGKILL; then every line the process wrote before dying has been read. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
    }
}
