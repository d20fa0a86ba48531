package dev.tidings.work;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Background work that must neither pile up nor hold up exit: one named daemon thread working
 * through a bounded queue. A task offered to a full queue is refused ({@link
 * java.util.concurrent.RejectedExecutionException}) unless the caller sets another policy.
 */
public final class Background {
    private Background() {}

    /** One daemon thread called {@code name}, with at most {@code queue} tasks waiting. */
    public static ThreadPoolExecutor oneThread(String name, int queue) {
        return new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue),
                Thread.ofPlatform().daemon().name(name).factory());
    }
}
