package dev.tidings.batch;

import java.io.PrintStream;

/**
 * Progress of a batch command on standard error: a line such as {@code clustered 3200/10000
 * articles, 310/s} every few seconds, and one at the end. Whole lines rather than one line
 * rewritten in place, so a log or a CI transcript reads as well as a terminal. Safe to call from
 * several threads.
 */
public final class Progress {
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final String verb;
    private final int total;
    private final long start = System.nanoTime();
    private long lastLine = start;

    /** {@code out} null: silent; {@code total} 0 when unknown (a streamed input). */
    public Progress(PrintStream out, String verb, int total) {
        this.out = out;
        this.verb = verb;
        this.total = total;
    }

    /** Notes that {@code done} items are done; prints a line if the last one is a few seconds old. */
    public synchronized void update(int done) {
        long now = System.nanoTime();
        if (out != null && now - lastLine >= EVERY_NANOS) {
            lastLine = now;
            print(done, now);
        }
    }

    /** Prints the closing line with the rate over the whole run. */
    public synchronized void finish(int done) {
        if (out != null) {
            print(done, System.nanoTime());
        }
    }

    private void print(int done, long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        String of = total > 0 ? done + "/" + total : String.valueOf(done);
        out.printf("%s %s articles, %.0f/s%n", verb, of, done / seconds);
        out.flush();
    }
}
