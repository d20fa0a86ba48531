package dev.tidings.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hosts that answered 429 or 503 and the time they asked to be left alone until. Requests to a
 * paused host are not sent; the caller gets the time left and comes back later.
 */
final class HostPauses {
    private static final int MAX_HOSTS = 10_000;

    private final ConcurrentHashMap<String, Instant> until = new ConcurrentHashMap<>();
    private final Clock clock;

    HostPauses(Clock clock) {
        this.clock = clock;
    }

    void pause(URI url, Duration delay) {
        Instant end = clock.instant().plus(delay);
        if (until.size() > MAX_HOSTS) {
            Instant now = clock.instant();
            until.values().removeIf(t -> !t.isAfter(now));
        }
        until.merge(HostLimiter.key(url), end, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The time left before this URL's host may be asked again, or null when it may be now. */
    Duration remaining(URI url) {
        Instant end = until.get(HostLimiter.key(url));
        if (end == null) {
            return null;
        }
        Duration left = Duration.between(clock.instant(), end);
        if (left.isNegative() || left.isZero()) {
            until.remove(HostLimiter.key(url), end);
            return null;
        }
        return left;
    }
}
