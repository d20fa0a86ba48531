package dev.tidings.extract;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures warm extraction speed: the pages are read and decoded once, then extracted in several
 * passes on one thread. Each pass reports pages per second by the wall clock and per CPU-second of
 * the whole process (JIT compiler and garbage collector included), which stays meaningful on a
 * busy machine; the result is the median of the second half of the passes.
 */
public final class ExtractionBench {

    /** The median figures of the warm passes. */
    public record Result(int pages, double averageKb, double pagesPerSecond, double pagesPerCpuSecond) {}

    private final Extractor extractor;

    public ExtractionBench(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Runs {@code passes} passes over {@code <dir>/<name>/source.html} and {@code <dir>/*.html}. */
    public Result run(Path dir, int passes, PrintStream out) throws IOException {
        List<String> pages = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        long bytes = 0;
        for (Path file : pageFiles(dir)) {
            byte[] raw = Files.readAllBytes(file);
            bytes += raw.length;
            pages.add(HtmlDecoder.decode(raw, null));
            urls.add(URI.create("http://localhost/" + pages.size() + "/"));
        }
        if (pages.isEmpty()) {
            throw new IOException("no pages (<name>/source.html or *.html) in " + dir);
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[passes];
        double[] cpu = new double[passes];
        for (int pass = 0; pass < passes; pass++) {
            long wallStart = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            for (int i = 0; i < pages.size(); i++) {
                extractor.extract(pages.get(i), urls.get(i));
            }
            wall[pass] = pages.size() / ((System.nanoTime() - wallStart) / 1e9);
            cpu[pass] = pages.size() / Math.max(1e-9, (os.getProcessCpuTime() - cpuStart) / 1e9);
            out.printf(
                    Locale.ROOT,
                    "pass=%d pages_per_second=%.1f pages_per_cpu_second=%.1f%n",
                    pass + 1,
                    wall[pass],
                    cpu[pass]);
        }
        Result result = new Result(pages.size(), bytes / 1024.0 / pages.size(), warmMedian(wall), warmMedian(cpu));
        out.printf(
                Locale.ROOT,
                "pages=%d average_kb=%.0f warm_pages_per_second=%.1f warm_pages_per_cpu_second=%.1f%n",
                result.pages(),
                result.averageKb(),
                result.pagesPerSecond(),
                result.pagesPerCpuSecond());
        return result;
    }

    private static List<Path> pageFiles(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> Files.isDirectory(p) ? p.resolve("source.html") : p)
                    .filter(p -> Files.isRegularFile(p)
                            && p.toString().toLowerCase(Locale.ROOT).endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    /** The median of the second half of the passes, when the JIT has settled. */
    static double warmMedian(double[] perPass) {
        double[] warm = Arrays.copyOfRange(perPass, perPass.length / 2, perPass.length);
        Arrays.sort(warm);
        int n = warm.length;
        return n % 2 == 1 ? warm[n / 2] : (warm[n / 2 - 1] + warm[n / 2]) / 2;
    }
}
