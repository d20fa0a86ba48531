package dev.tidings.source;

import java.time.Duration;

/**
 * When to fetch a source next: its own interval while healthy; after consecutive failures the
 * interval doubles each time, up to a day, and never sooner than the server's Retry-After.
 */
final class BackOff {
    static final Duration MAX = Duration.ofHours(24);

    private BackOff() {}

    static final Duration POLITE_MINIMUM = Duration.ofSeconds(30);

    static Duration next(int intervalSeconds, int consecutiveFailures, Duration retryAfter) {
        return next(intervalSeconds, consecutiveFailures, retryAfter, POLITE_MINIMUM);
    }

    static Duration next(int intervalSeconds, int consecutiveFailures, Duration retryAfter, Duration minimum) {
        Duration base = Duration.ofSeconds(intervalSeconds);
        if (base.compareTo(minimum) < 0) {
            base = minimum;
        }
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
