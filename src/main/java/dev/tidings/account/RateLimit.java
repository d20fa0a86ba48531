package dev.tidings.account;

import java.time.Duration;

/** At most {@code max} events per fixed {@code window} for one key (an account, an address). */
public record RateLimit(String name, int max, Duration window) {
    public RateLimit {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rate limit " + name + " needs max >= 1 and a positive window");
        }
    }

    /** How this limit reads per minute, for logs and documentation. */
    public double perMinute() {
        return max * 60_000.0 / window.toMillis();
    }
}
