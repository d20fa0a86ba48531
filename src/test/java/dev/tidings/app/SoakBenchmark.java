package dev.tidings.app;

import dev.tidings.article.ArticleCard;
import dev.tidings.source.NewSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Soak: a steady stream of mixed page and API requests on loopback against a node that keeps
 * ingesting a growing local publisher, for a set time; then the figures (requests, errors,
 * latency percentiles, heap after GC at the start and the end). Exits 1 on any error or when the
 * heap after GC grew by more than a quarter. Run on demand, not in CI:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.tidings.app.SoakBenchmark -Dexec.args="DURATION RATE"} (defaults: 10m, 200
 * requests/s, which one quiet 2-core machine serves steadily while it ingests; durations like 2m
 * or 90s). Percentiles are to 0.1 ms below 100 ms and to 10 ms above.
 */
public final class SoakBenchmark {
    private static final int MAX_IN_FLIGHT = 64;
    /** Search queries of the mix: words the soak publisher's articles use, a phrase, an exclusion, a miss. */
    private static final String[] SEARCHES = {
        "report", "gazette+report", "%22second+paragraph%22", "report+-number", "harbour+OR+council", "zzyzx"
    };

    private SoakBenchmark() {}

    public static void main(String[] args) throws Exception {
        Duration duration = Settings.durationOr(args.length > 0 ? args[0] : null, Duration.ofMinutes(10));
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("tidings-soak");
        Map<String, String> env = Map.of("TIDINGS_MIN_REFRESH_SECONDS", "1", "TIDINGS_DB_POOL", "10");
        int code;
        try (GrowingPublisher publisher = new GrowingPublisher();
                Tidings tidings = new Tidings(Settings.from(dir, env), Clock.systemUTC())) {
            for (int i = 0; i < 50; i++) {
                publisher.publish("Soak report " + i);
            }
            tidings.sources.add(new NewSource(publisher.feedUrl(), null, "Soak Gazette", null, true, 2));
            tidings.serve("127.0.0.1", 0);
            code = new SoakBenchmark.Run(tidings, publisher, duration, rate).go();
        }
        System.exit(code);
    }

    /**
     * Latencies in fixed buckets (0.1 ms up to 100 ms, then 10 ms up to 10 s), so that recording
     * them takes the same memory at the end of a long soak as at its start.
     */
    private static final class Latencies {
        private final AtomicLongArray fine = new AtomicLongArray(1000);
        private final AtomicLongArray coarse = new AtomicLongArray(1001);
        private final AtomicLong max = new AtomicLong();

        void add(long micros) {
            max.accumulateAndGet(micros, Math::max);
            if (micros < 100_000) {
                fine.incrementAndGet((int) (micros / 100));
            } else {
                coarse.incrementAndGet((int) Math.min(1000, micros / 10_000));
            }
        }

        long count() {
            long n = 0;
            for (int i = 0; i < fine.length(); i++) {
                n += fine.get(i);
            }
            for (int i = 0; i < coarse.length(); i++) {
                n += coarse.get(i);
            }
            return n;
        }

        double percentileMillis(double p) {
            long rank = (long) Math.ceil(p * count());
            long seen = 0;
            for (int i = 0; i < fine.length(); i++) {
                seen += fine.get(i);
                if (seen >= rank) {
                    return (i + 1) / 10.0;
                }
            }
            for (int i = 0; i < coarse.length(); i++) {
                seen += coarse.get(i);
                if (seen >= rank) {
                    return (i + 1) * 10.0;
                }
            }
            return maxMicros() / 1000.0;
        }

        long maxMicros() {
            return max.get();
        }
    }

    private static final class Run {
        private final Tidings tidings;
        private final GrowingPublisher publisher;
        private final Duration duration;
        private final int rate;
        private final String base;
        private final HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(4))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        private final Latencies latencies = new Latencies();
        private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();
        private final Map<String, Latencies> latenciesByKind = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong skipped = new AtomicLong();
        private final Random random = new Random(7);
        private volatile List<String> articlePaths = List.of();

        Run(Tidings tidings, GrowingPublisher publisher, Duration duration, int rate) {
            this.tidings = tidings;
            this.publisher = publisher;
            this.duration = duration;
            this.rate = rate;
            this.base = "http://127.0.0.1:" + tidings.port();
        }

        int go() throws Exception {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
            timers.scheduleAtFixedRate(this::refreshPaths, 0, 1, TimeUnit.SECONDS);
            AtomicLong published = new AtomicLong(50);
            timers.scheduleAtFixedRate(
                    () -> publisher.publish("Soak report " + published.getAndIncrement()), 1, 1, TimeUnit.SECONDS);
            Thread.sleep(3000); // first articles in before the traffic
            // The baseline is taken once caches, pools and templates are warm, after a sixth of the run.
            Duration warmUp = Duration.ofSeconds(Math.max(20, duration.toSeconds() / 6));
            long heapStart = -1;
            List<Long> heapSamples = new ArrayList<>();
            long period = 1_000_000_000L / rate;
            long t0 = System.nanoTime();
            long end = t0 + duration.toNanos();
            long baselineAt = t0 + warmUp.toNanos();
            long nextSample = t0 + Duration.ofMinutes(1).toNanos();
            long next = t0;
            while (next < end) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                send();
                next += period;
                if (heapStart < 0 && System.nanoTime() > baselineAt) {
                    heapStart = heapAfterGc(memory);
                }
                if (System.nanoTime() > nextSample) {
                    heapSamples.add(heapAfterGc(memory) / (1024 * 1024));
                    nextSample += Duration.ofMinutes(1).toNanos();
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            inFlight.acquire(MAX_IN_FLIGHT); // let the last requests finish
            timers.shutdownNow();
            long heapEnd = heapAfterGc(memory);
            return report(seconds, heapStart, heapEnd, heapSamples);
        }

        private void send() {
            if (!inFlight.tryAcquire()) {
                skipped.incrementAndGet(); // the server is behind: counted, not queued without bound
                return;
            }
            String[] pick = pick();
            String kind = pick[0];
            int expected = Integer.parseInt(pick[2]);
            long start = System.nanoTime();
            sent.incrementAndGet();
            http.sendAsync(
                            HttpRequest.newBuilder(URI.create(base + pick[1]))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        inFlight.release();
                        long micros = (System.nanoTime() - start) / 1000;
                        latencies.add(micros);
                        latenciesByKind
                                .computeIfAbsent(kind, k -> new Latencies())
                                .add(micros);
                        byKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                        if (failure != null) {
                            errors.add(kind + " " + pick[1] + ": " + failure);
                        } else if (response.statusCode() != expected) {
                            errors.add(kind + " " + pick[1] + ": HTTP " + response.statusCode());
                        }
                    });
        }

        /** {kind, path, expected status}: mostly article pages, then lists, search, the API and misses. */
        private String[] pick() {
            List<String> articles = articlePaths;
            int r = random.nextInt(100);
            if (r < 38 && !articles.isEmpty()) {
                return new String[] {"article", articles.get(random.nextInt(articles.size())), "200"};
            }
            if (r < 50) {
                return new String[] {"home", "/", "200"};
            }
            if (r < 57) {
                return new String[] {"latest", "/latest", "200"};
            }
            if (r < 60) {
                return new String[] {"sources", "/sources", "200"};
            }
            if (r < 63) {
                return new String[] {"source", "/source/soak-gazette", "200"};
            }
            if (r < 75) {
                return new String[] {"search", "/search?q=" + SEARCHES[random.nextInt(SEARCHES.length)], "200"};
            }
            if (r < 81) {
                return new String[] {"api-list", "/api/v1/articles?limit=20", "200"};
            }
            if (r < 87 && !articles.isEmpty()) {
                String page = articles.get(random.nextInt(articles.size()));
                return new String[] {
                    "api-article", "/api/v1/articles/" + page.substring(page.lastIndexOf('/') + 1), "200"
                };
            }
            if (r < 90) {
                return new String[] {"health", "/healthz", "200"};
            }
            if (r < 95) {
                return new String[] {"static", "/static/tidings.css", "200"};
            }
            return new String[] {"not-found", "/en/article/" + Long.toHexString(random.nextLong() | 1L << 60), "404"};
        }

        private void refreshPaths() {
            try {
                articlePaths = tidings.articles.latest(200).stream()
                        .map(ArticleCard::path)
                        .toList();
            } catch (RuntimeException e) {
                errors.add("reading article list: " + e);
            }
        }

        private int report(double seconds, long heapStart, long heapEnd, List<Long> samples) {
            long done = latencies.count();
            System.out.printf(
                    "soak: %.0f s, target %d requests/s, sent %d (%.1f/s), completed %d, skipped (server behind) %d%n",
                    seconds, rate, sent.get(), sent.get() / seconds, done, skipped.get());
            System.out.printf(
                    "soak: latency p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                    latencies.percentileMillis(0.50),
                    latencies.percentileMillis(0.99),
                    latencies.percentileMillis(0.999),
                    latencies.maxMicros() / 1000.0);
            System.out.printf("soak: requests by kind %s%n", new java.util.TreeMap<>(byKind));
            var byKindLatency = new java.util.TreeMap<String, String>();
            latenciesByKind.forEach((kind, l) -> byKindLatency.put(
                    kind,
                    String.format(
                            java.util.Locale.ROOT,
                            "%.1f/%.1f/%.0f",
                            l.percentileMillis(0.50),
                            l.percentileMillis(0.99),
                            l.maxMicros() / 1000.0)));
            System.out.printf("soak: latency by kind, p50/p99/max ms %s%n", byKindLatency);
            System.out.printf(
                    "soak: articles stored while serving %d (publisher added one a second)%n",
                    tidings.ingestion.storedCount());
            System.out.printf(
                    "soak: heap after GC %d MiB after warm-up, %d MiB at end, each minute %s MiB%n",
                    heapStart / (1024 * 1024), heapEnd / (1024 * 1024), samples);
            System.out.printf("soak: errors %d%n", errors.size());
            errors.stream().limit(20).forEach(e -> System.out.println("  " + e));
            boolean heapGrew = heapEnd > heapStart * 5 / 4 + 8L * 1024 * 1024;
            if (heapGrew) {
                System.out.println("soak: FAILED, the heap after GC grew");
            }
            return errors.isEmpty() && !heapGrew ? 0 : 1;
        }

        private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            return memory.getHeapMemoryUsage().getUsed();
        }
    }
}
