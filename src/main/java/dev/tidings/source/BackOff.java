package dev.tidings.source;

import java.time.Duration;

/**
 * When to fetch a source next: its own interval while healthy; after consecutive failures the
 * interval doubles each time, up to a day, and never sooner than the server's Retry-After.
 */
final class BackOff {
    static final Duration MAX = Duration.ofHours(24);

    private BackOff() {}

    static Duration next(int intervalSeconds, int consecutiveFailures, Duration retryAfter) {
        Duration base = Duration.ofSeconds(Math.max(30, intervalSeconds));
        Duration delay = base;
        if (consecutiveFailures > 0) {
            int doublings = Math.min(consecutiveFailures, 10);
            delay = base.multipliedBy(1L << doublings);
            if (delay.compareTo(MAX) > 0) {
                delay = MAX;
            }
        }
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        return delay;
    }
}
