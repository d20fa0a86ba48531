package dev.tidings.story;

import dev.tidings.nlp.Embedder;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Throughput of the batch clusterer under several embedding set-ups, side by side in one JVM and
 * interleaved round by round, so a machine shared with other work loads them alike. Prints
 * articles per second (wall) and per CPU-second of the whole process, and checks that every set-up
 * gives the same vectors and the same stories as the first. Not a test: run it by hand (see
 * docs/benchmarks.md).
 *
 * <p>Arguments: {@code FILE ROUNDS SETUP...}, each set-up {@code threads:spinning:workers} (ONNX
 * Runtime intra-op threads per call, 0 for its default; busy-waiting 0/1; embedding workers beside
 * the clustering thread). {@code 0:1:1} is the set-up before session 3; {@code 1:0:2} the new one.
 * Before each round it waits (up to two minutes) for a moment when other processes use under 0.3
 * cores, and it prints how many cores they used during the round.
 */
public final class ClusterThroughput {
    private ClusterThroughput() {}

    private record Setup(String name, Embedder embedder, StoryBatch batch) {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Setup> setups = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] p = args[i].split(":");
            Embedder e = Embedder.load(
                    new Embedder.Settings(Integer.parseInt(p[0]), p[1].equals("1"), Embedder.DEFAULT_MAX_TOKENS));
            setups.add(new Setup(args[i], e, new StoryBatch(new Features(e), Integer.parseInt(p[2]))));
        }
        List<BatchArticle> items = setups.getFirst().batch().read(file);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(
                "%s: %d articles, %d cores%n",
                file, items.size(), Runtime.getRuntime().availableProcessors());
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        StoryBatch.Clustered reference = null;
        for (int r = 0; r < rounds; r++) {
            for (Setup s : setups) {
                MachineCpu.waitForQuiet(0.3, 120);
                double busy0 = MachineCpu.busySeconds();
                long cpu0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                StoryBatch.Clustered c = s.batch().run(items, null);
                double wall = (System.nanoTime() - wall0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                double others = Math.max(0, (MachineCpu.busySeconds() - busy0 - cpu) / wall);
                if (reference == null) {
                    reference = c;
                }
                System.out.printf(
                        "round %d %-8s %7.1f articles/s %7.1f articles/cpu-s  cores: ours %.2f others %.2f"
                                + "  max|dv| %.2e  same stories %s%n",
                        r,
                        s.name(),
                        items.size() / wall,
                        items.size() / cpu,
                        cpu / wall,
                        others,
                        maxDifference(reference, c),
                        reference.stories().equals(c.stories()));
                rates.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(items.size() / wall);
            }
        }
        double base = median(rates.values().iterator().next());
        rates.forEach((name, list) -> System.out.printf(
                "median %-8s %7.1f articles/s  ratio %.2f%n", name, median(list), median(list) / base));
        // the clustering thread alone, the features ready: five rounds, each checked against the reference
        List<Double> alone = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            long t0 = System.nanoTime();
            OnlineClusterer clusterer = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
            reference.features().forEach(clusterer::add);
            double rate = items.size() / ((System.nanoTime() - t0) / 1e9);
            alone.add(rate);
            boolean same = true;
            for (var e : reference.stories().entrySet()) {
                same &= e.getValue().equals(clusterer.storyOf(e.getKey()));
            }
            System.out.printf("clustering alone, round %d: %.1f articles/s  same stories %s%n", r, rate, same);
        }
        System.out.printf("clustering alone (features ready): median %.1f articles/s%n", median(alone));
        setups.forEach(s -> s.embedder().close());
    }

    private static double maxDifference(StoryBatch.Clustered a, StoryBatch.Clustered b) {
        double max = 0;
        for (int i = 0; i < a.features().size(); i++) {
            float[] x = a.features().get(i).embedding();
            float[] y = b.features().get(i).embedding();
            for (int d = 0; d < x.length; d++) {
                max = Math.max(max, Math.abs(x[d] - y[d]));
            }
        }
        return max;
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
