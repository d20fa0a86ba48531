package dev.tidings.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date. */
final class RetryAfter {
    private static final Duration MAX = Duration.ofDays(1);

    private RetryAfter() {}

    static Duration parse(String value) {
        return parse(value, Instant.now());
    }

    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return clamp(Duration.ofSeconds(Math.max(0, seconds)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration d = Duration.between(now, at);
                return clamp(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static Duration clamp(Duration d) {
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
