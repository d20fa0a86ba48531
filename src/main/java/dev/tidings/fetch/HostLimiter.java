package dev.tidings.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** At most N requests in flight to one host (host and port), however many workers ask. */
final class HostLimiter {
    private final int perHost;
    private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    HostLimiter(int perHost) {
        this.perHost = perHost;
    }

    <T> T withPermit(URI url, Supplier<T> work) {
        String key = url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
        Semaphore semaphore = permits.computeIfAbsent(key, k -> new Semaphore(perHost, true));
        semaphore.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            semaphore.release();
        }
    }
}
