package dev.tidings.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The whole machine's busy CPU time from Linux's /proc/stat, for benchmarks on a shared machine. */
final class MachineCpu {
    private static final Path STAT = Path.of("/proc/stat");
    private static final double TICKS_PER_SECOND = 100;

    private MachineCpu() {}

    /** CPU-seconds all cores spent busy since boot; 0 where /proc/stat is missing. */
    static double busySeconds() {
        try {
            String[] f = Files.readAllLines(STAT).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle and iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Waits until one second passes with under {@code cores} busy, or {@code maxSeconds} pass. */
    static void waitForQuiet(double cores, int maxSeconds) throws InterruptedException {
        for (int i = 0; i < maxSeconds; i++) {
            double before = busySeconds();
            Thread.sleep(1000);
            if (busySeconds() - before < cores) {
                return;
            }
        }
    }
}
