package dev.tidings.work;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value about the whole site (counts, trends) that is worked out again only once it is old
 * compared with what it costs: kept for {@value #COST_FACTOR} times as long as the last working-out
 * took, and never longer than a minute. On a small site it is as good as fresh (a 2 ms count
 * is kept 40 ms); on a large one every page still shows it while its query runs at most about a
 * twentieth of the time, however many pages are read. Cheap work is done again by the reader who
 * finds the value stale (readers who come meanwhile wait for it); work that took longer than
 * {@link #IN_BACKGROUND_FROM} is done again on a background thread while readers keep the last
 * value, so no page waits for a site-wide query once there is a value.
 */
public final class Recently<T> {
    private static final Logger log = LoggerFactory.getLogger(Recently.class);
    static final int COST_FACTOR = 20;
    /** However cheap the work, its result is never older than this. */
    static final Duration LONGEST = Duration.ofMinutes(1);
    /** Work that took at least this long is done again in the background. */
    static final Duration IN_BACKGROUND_FROM = Duration.ofMillis(20);
    /** One thread for every site-wide value; with many waiting, a reader does the work itself. */
    private static final Executor SHARED = Background.oneThread("recently", 16);

    private final Supplier<T> work;
    private final long longestNanos;
    private final LongSupplier nanoTime;
    private final Executor background;
    private T value;
    private long madeAt;
    private long keepNanos = -1;
    private long costNanos;
    private boolean working;

    /** {@code work} done again when its last result is stale, by {@link System#nanoTime()}. */
    public Recently(Supplier<T> work) {
        this(work, LONGEST, System::nanoTime, SHARED);
    }

    /**
     * The same by the time {@code nanoTime} tells (as {@link System#nanoTime()} does), with
     * expensive work done again on {@code background}.
     */
    Recently(Supplier<T> work, Duration longest, LongSupplier nanoTime, Executor background) {
        this.work = work;
        this.longestNanos = longest.toNanos();
        this.nanoTime = nanoTime;
        this.background = background;
    }

    /** The value: the last one while it is fresh, or while a newer one is being worked out. */
    public synchronized T get() {
        boolean stale = keepNanos < 0 || nanoTime.getAsLong() - madeAt >= keepNanos;
        if (!stale || working) {
            return value;
        }
        if (keepNanos >= 0 && costNanos >= IN_BACKGROUND_FROM.toNanos()) {
            working = true;
            try {
                background.execute(this::makeInBackground);
                return value;
            } catch (RejectedExecutionException e) {
                working = false; // too much waiting: this reader does it
            }
        }
        make();
        return value;
    }

    /** Works the value out and keeps it, with how long to keep it. */
    private void make() {
        long start = nanoTime.getAsLong();
        T made = work.get();
        long done = nanoTime.getAsLong();
        synchronized (this) {
            value = made;
            costNanos = done - start;
            keepNanos = Math.min(longestNanos, costNanos * COST_FACTOR);
            madeAt = done;
            working = false;
        }
    }

    private void makeInBackground() {
        try {
            make();
        } catch (RuntimeException e) {
            log.warn("event=recently_failed error=\"{}\"", e.toString());
            synchronized (this) {
                // readers keep the last value; it is tried again once that is as old again
                madeAt = nanoTime.getAsLong();
                working = false;
            }
        }
    }
}
