package dev.tidings.tag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.batch.InputLines;
import dev.tidings.batch.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * {@code tidings batch hashtags}: JSON Lines {@code {id, title?, text}} in, {@code {id, hashtags,
 * keyphrases}} out, in input order. The input is its own corpus: documents are read and counted
 * in blocks, then tagged against everything counted so far, so rare words and usual spellings of
 * names are judged as the live system judges them against its database. Work is spread over
 * every core; the closing line also gives the rate per CPU-second, the speed on one core.
 */
public final class HashtagBatch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BLOCK = 20_000;

    private final Hashtagger hashtagger;

    public HashtagBatch(Hashtagger hashtagger) {
        this.hashtagger = hashtagger;
    }

    /** Tags every line of {@code in} into {@code out}, on every core; returns articles per second. */
    public double run(Path in, Path out, PrintStream progress) throws IOException {
        long t0 = System.nanoTime();
        MemoryCorpusStats corpus = new MemoryCorpusStats();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hashtags");
            t.setDaemon(true);
            return t;
        });
        AtomicLong cpuNanos = new AtomicLong();
        Progress read = new Progress(progress, "read", 0);
        Progress tagged = new Progress(progress, "tagged", 0);
        int done = 0;
        try (InputLines reader = InputLines.open(in, progress);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            while (true) {
                List<InputLines.Line> lines = new ArrayList<>();
                for (InputLines.Line line; lines.size() < BLOCK && (line = reader.next()) != null; ) {
                    lines.add(line);
                }
                if (lines.isEmpty()) {
                    break;
                }
                int base = done;
                List<Keyphrases.Parsed> block = inParallel(pool, lines.size(), cpuNanos, i -> {
                    var parsed = hashtagger.parse(
                            lines.get(i).text("title"), lines.get(i).text("text"));
                    read.update(base + i + 1);
                    return parsed;
                });
                for (Keyphrases.Parsed p : block) {
                    corpus.count(p.counts());
                }
                List<Hashtagger.Result> results = inParallel(pool, block.size(), cpuNanos, i -> {
                    var r = hashtagger.tag(block.get(i), corpus);
                    block.set(i, null);
                    return r;
                });
                for (int i = 0; i < results.size(); i++) {
                    ObjectNode o = JSON.createObjectNode();
                    o.set("id", lines.get(i).id());
                    results.get(i).hashtags().forEach(o.putArray("hashtags")::add);
                    results.get(i).keyphrases().forEach(o.putArray("keyphrases")::add);
                    writer.write(JSON.writeValueAsString(o));
                    writer.newLine();
                    done++;
                }
                tagged.update(done);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        if (progress != null) {
            progress.printf(
                    "tagged %d articles in %.1f s on %d threads; %.1f articles per CPU-second (one core)%n",
                    done, seconds, threads, done / Math.max(1e-9, cpuNanos.get() / 1e9));
        }
        return done / seconds;
    }

    /** Runs {@code work} for indexes 0..n-1 on the pool, results in index order, adding up the CPU time used. */
    private static <T> List<T> inParallel(ExecutorService pool, int n, AtomicLong cpuNanos, IntFunction<T> work)
            throws IOException {
        List<Future<T>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                var bean = ManagementFactory.getThreadMXBean();
                long c0 = bean.getCurrentThreadCpuTime();
                try {
                    return work.apply(index);
                } finally {
                    cpuNanos.addAndGet(bean.getCurrentThreadCpuTime() - c0);
                }
            }));
        }
        List<T> out = new ArrayList<>(n);
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while tagging", e);
        } catch (ExecutionException e) {
            throw new IOException("tagging failed: " + e.getCause(), e.getCause());
        }
        return out;
    }
}
