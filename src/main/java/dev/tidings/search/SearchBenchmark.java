package dev.tidings.search;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code tidings bench search}: builds our Lucene index and an SQLite FTS5 table over the same
 * synthetic corpus, then times a fixed mix of queries on both, side by side in one run (each query
 * runs on one and then the other, so background load falls on both alike). Both rank by BM25 with
 * the headline weighted 3 and return the top 10 ids.
 */
public final class SearchBenchmark {
    static final int TOP = 10;
    private static final int BATCH = 512;

    private SearchBenchmark() {}

    /** A query of the mix and its kind (single, two-word, phrase, or, exclusion). */
    record BenchQuery(String kind, String text) {}

    public static void run(Path dir, int passes, int jitWarmup, java.io.PrintWriter out, PrintStream progress)
            throws IOException {
        long seed = SyntheticCorpus.seed(dir);
        List<BenchQuery> mix = mix(new SyntheticCorpus(seed), seed);
        Path indexDir = dir.resolve("bench-index");
        Path ftsFile = dir.resolve("bench-fts5.db");
        clear(indexDir);
        Files.deleteIfExists(ftsFile);
        try (SearchIndex index = SearchIndex.open(indexDir, TextSource.NONE, 128);
                Fts5Side fts = Fts5Side.create(ftsFile)) {
            out.printf(
                    "machine cores %d load_average %.1f%n", Runtime.getRuntime().availableProcessors(), load());
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            int n = buildLucene(dir, index, progress);
            printBuild(out, "lucene", n, t0, cpu0, "index_mb", indexDir);
            t0 = System.nanoTime();
            cpu0 = cpuNanos();
            fts.build(dir, progress);
            printBuild(out, "fts5", n, t0, cpu0, "db_mb", ftsFile);
            ArticleSearch search = new ArticleSearch(index, null);
            Map<String, List<long[]>> byKind = new LinkedHashMap<>();
            // The JVM compiles the search path only after many calls; FTS5 is native code and needs none.
            for (int i = 0; i < jitWarmup; i++) {
                for (BenchQuery q : mix) {
                    search.search(new SearchRequest(q.text(), null, null, 0, TOP));
                }
            }
            double overlap = 0;
            int compared = 0;
            for (int pass = 0; pass <= passes; pass++) {
                for (BenchQuery q : mix) {
                    long a = System.nanoTime();
                    List<String> ours = search.search(new SearchRequest(q.text(), null, null, 0, TOP)).hits().stream()
                            .map(SearchHit::articleId)
                            .toList();
                    long b = System.nanoTime();
                    List<String> theirs = fts.top(Fts5Side.match(QuerySyntax.parse(q.text())), TOP);
                    long c = System.nanoTime();
                    if (pass == 0) {
                        continue; // warm-up: caches and JIT for both sides
                    }
                    byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(new long[] {b - a, c - b});
                    byKind.computeIfAbsent("all", k -> new ArrayList<>()).add(new long[] {b - a, c - b});
                    if (!theirs.isEmpty()) {
                        Set<String> common = new HashSet<>(ours);
                        common.retainAll(theirs);
                        overlap += (double) common.size() / Math.min(TOP, theirs.size());
                        compared++;
                    }
                }
                progress.printf("query pass %d of %d done%n", pass, passes);
            }
            out.printf(
                    "queries %d passes %d top %d (after one warm-up pass on both and %d JIT warm-up passes on lucene)%n",
                    mix.size(), passes, TOP, jitWarmup);
            out.printf(
                    "%-10s %8s %14s %14s %12s %12s %8s%n",
                    "kind", "samples", "lucene_p50_ms", "lucene_p99_ms", "fts5_p50_ms", "fts5_p99_ms", "p50_x");
            for (var e : byKind.entrySet()) {
                double lp50 = pct(e.getValue(), 0, 50);
                double fp50 = pct(e.getValue(), 1, 50);
                out.printf(
                        "%-10s %8d %14.2f %14.2f %12.2f %12.2f %8.1f%n",
                        e.getKey(),
                        e.getValue().size(),
                        lp50,
                        pct(e.getValue(), 0, 99),
                        fp50,
                        pct(e.getValue(), 1, 99),
                        fp50 / lp50);
            }
            out.printf("load_average_after %.1f%n", load());
            out.printf("top10_overlap_with_fts5 %.2f%n", compared == 0 ? 0 : overlap / compared);
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.gc();
            Runtime rt = Runtime.getRuntime();
            out.printf(
                    "heap_used_mb %d heap_peak_mb %d heap_max_mb %d%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, peak >> 20, rt.maxMemory() >> 20);
            List<long[]> all = byKind.get("all");
            out.printf("speedup_p50_vs_fts5 %.1f%n", pct(all, 1, 50) / pct(all, 0, 50));
            out.flush();
        } catch (SQLException e) {
            throw new IOException("FTS5 side failed: " + e.getMessage(), e);
        }
    }

    private static int buildLucene(Path dir, SearchIndex index, PrintStream progress) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        BlockingQueue<List<SyntheticCorpus.Row>> queue = new ArrayBlockingQueue<>(threads * 4);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().name("bench-index-" + t).start(() -> {
                try {
                    for (List<SyntheticCorpus.Row> batch = queue.take(); !batch.isEmpty(); batch = queue.take()) {
                        for (var row : batch) {
                            index.add(
                                    new IndexedArticle(row.id(), row.published(), row.sourceId(), 0, null),
                                    new IndexText(row.title(), row.body(), row.language(), row.outlet(), List.of()));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failed.set(e);
                }
            }));
        }
        int[] n = {0};
        List<SyntheticCorpus.Row>[] batch = new List[] {new ArrayList<>(BATCH)};
        SyntheticCorpus.read(dir, row -> {
            batch[0].add(row);
            if (batch[0].size() == BATCH) {
                put(queue, batch[0]);
                batch[0] = new ArrayList<>(BATCH);
            }
            if (++n[0] % 100_000 == 0) {
                progress.printf("lucene: indexed %d articles%n", n[0]);
            }
        });
        put(queue, batch[0]);
        for (int t = 0; t < threads; t++) {
            put(queue, List.of());
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while indexing", e);
            }
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        index.commit();
        index.refresh();
        return n[0];
    }

    /**
     * One side's build line: wall and CPU time since {@code t0}/{@code cpu0}, then the size of what
     * it stored (measured after the clock stops).
     */
    private static void printBuild(
            java.io.PrintWriter out, String side, int n, long t0, long cpu0, String sizeName, Path stored) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        out.printf(
                "build %s articles %d seconds %.1f articles/second %.0f cpu_seconds %.1f %s %d%n",
                side, n, seconds, n / seconds, cpu, sizeName, sizeMb(stored));
        out.flush();
    }

    private static void put(BlockingQueue<List<SyntheticCorpus.Row>> queue, List<SyntheticCorpus.Row> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
    }

    /** The fixed query mix: words common, middling and rare; pairs; phrases; OR; exclusions. */
    static List<BenchQuery> mix(SyntheticCorpus c, long seed) {
        var r = new java.util.SplittableRandom(seed + 1);
        List<BenchQuery> mix = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            mix.add(new BenchQuery("single", c.word(20 + r.nextInt(300))));
            mix.add(new BenchQuery("single", c.word(1_000 + r.nextInt(4_000))));
            mix.add(new BenchQuery("single", c.word(10_000 + r.nextInt(30_000))));
        }
        for (int i = 0; i < 8; i++) {
            mix.add(new BenchQuery("two-word", c.word(20 + r.nextInt(500)) + " " + c.word(500 + r.nextInt(5_000))));
            mix.add(new BenchQuery(
                    "two-word", c.word(500 + r.nextInt(5_000)) + " " + c.word(2_000 + r.nextInt(10_000))));
        }
        for (int i = 0; i < 12; i++) {
            int[] p = c.phrases[r.nextInt(c.phrases.length)];
            mix.add(new BenchQuery("phrase", '"' + c.word(p[0]) + " " + c.word(p[1]) + '"'));
        }
        for (int i = 0; i < 12; i++) {
            mix.add(new BenchQuery("or", c.word(300 + r.nextInt(5_000)) + " OR " + c.word(300 + r.nextInt(5_000))));
        }
        for (int i = 0; i < 12; i++) {
            mix.add(new BenchQuery("exclusion", c.word(100 + r.nextInt(2_000)) + " -" + c.word(20 + r.nextInt(1_000))));
        }
        return mix;
    }

    private static double pct(List<long[]> samples, int side, int percentile) {
        List<Long> v = new ArrayList<>(samples.size());
        samples.forEach(s -> v.add(s[side]));
        v.sort(Comparator.naturalOrder());
        int i = (int) Math.ceil(percentile / 100.0 * v.size()) - 1;
        return v.get(Math.max(0, Math.min(v.size() - 1, i))) / 1e6;
    }

    /** CPU time of this process: on a shared machine, the part of the wall time that was ours. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long sizeMb(Path p) {
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile)
                            .mapToLong(f -> {
                                try {
                                    return Files.size(f);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            })
                            .sum()
                    >> 20;
        } catch (IOException e) {
            return -1;
        }
    }
}
