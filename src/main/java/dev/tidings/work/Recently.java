package dev.tidings.work;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value about the whole site (counts, trends) that is worked out again only once it is old
 * compared with what it costs: kept for {@value #COST_FACTOR} times as long as the last working-out
 * took, and never longer than a minute. On a small site it is as good as fresh (a 2 ms count
 * is kept 40 ms); on a large one every page still shows it while its query runs at most about a
 * twentieth of the time, however many pages are read. Readers who come while it is worked out wait
 * for that one working-out rather than start their own.
 */
public final class Recently<T> {
    static final int COST_FACTOR = 20;

    private final Supplier<T> work;
    private final long longestNanos;
    private final LongSupplier nanoTime;
    private T value;
    private long madeAt;
    private long keepNanos = -1;

    /** However cheap the work, its result is never older than this. */
    static final Duration LONGEST = Duration.ofMinutes(1);

    /** {@code work} done again when its last result is stale, by {@link System#nanoTime()}. */
    public Recently(Supplier<T> work) {
        this(work, LONGEST, System::nanoTime);
    }

    /** The same by the time {@code nanoTime} tells (as {@link System#nanoTime()} does). */
    public Recently(Supplier<T> work, Duration longest, LongSupplier nanoTime) {
        this.work = work;
        this.longestNanos = longest.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The value, worked out now if there is none yet or it is stale. */
    public synchronized T get() {
        long now = nanoTime.getAsLong();
        if (keepNanos < 0 || now - madeAt >= keepNanos) {
            value = work.get();
            long done = nanoTime.getAsLong();
            keepNanos = Math.min(longestNanos, (done - now) * COST_FACTOR);
            madeAt = done;
        }
        return value;
    }
}
