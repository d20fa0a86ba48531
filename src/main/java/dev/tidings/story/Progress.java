package dev.tidings.story;

import java.io.PrintStream;

/** Progress of a batch on standard error: one line rewritten in place. */
final class Progress {
    private Progress() {}

    static void report(PrintStream out, int done, int total, long startNanos) {
        if (out == null) {
            return;
        }
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
        out.printf("\r%d/%d articles, %.0f/s   ", done, total, done / seconds);
        out.flush();
    }

    static void done(PrintStream out) {
        if (out != null) {
            out.println();
        }
    }
}
