package dev.tidings.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most N requests in flight to one host (host and port), however many workers ask. A worker
 * waits a bounded time for its turn, so one slow host cannot hold every worker.
 */
final class HostLimiter {
    private final int perHost;
    private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    HostLimiter(int perHost) {
        this.perHost = perHost;
    }

    /** Runs {@code work} with a permit for the URL's host; null when none came within {@code wait}. */
    <T, E extends Exception> T withPermit(URI url, Duration wait, Work<T, E> work) throws E, InterruptedException {
        Semaphore semaphore = permits.computeIfAbsent(key(url), k -> new Semaphore(perHost, true));
        if (!semaphore.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        try {
            return work.run();
        } finally {
            semaphore.release();
        }
    }

    static String key(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
    }

    /** Work done while holding a permit. */
    interface Work<T, E extends Exception> {
        T run() throws E;
    }
}
