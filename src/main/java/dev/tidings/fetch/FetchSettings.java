package dev.tidings.fetch;

import java.time.Duration;

/**
 * Every limit on what the fetcher accepts. {@code readTimeout} is the longest silence allowed
 * between two reads; {@code totalTimeout} bounds one request from connect to last byte, so a
 * server that trickles bytes is cut off too. {@code maxBodyBytes} caps the body as sent,
 * {@code maxDecodedBytes} after decompression. {@code robotsTtl} is how long a host's robots.txt
 * is trusted; {@code defaultRetryAfter} is how long a host that says 429 or 503 without a
 * Retry-After is left alone.
 */
public record FetchSettings(
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTimeout,
        long maxBodyBytes,
        long maxDecodedBytes,
        int maxRedirects,
        int perHostConcurrency,
        String userAgent,
        Duration robotsTtl,
        Duration defaultRetryAfter) {

    public static final String DEFAULT_USER_AGENT =
            "Tidings/0.1 (self-hosted news aggregator; feed reader on behalf of its users; +https://tidings.dev/bot)";

    public FetchSettings {
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(readTimeout, "read timeout");
        requirePositive(totalTimeout, "total timeout");
        requirePositive(robotsTtl, "robots.txt cache time");
        requirePositive(defaultRetryAfter, "default Retry-After");
        if (maxBodyBytes < 1 || maxDecodedBytes < 1) {
            throw new IllegalArgumentException("body caps must be positive: " + maxBodyBytes + ", " + maxDecodedBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("redirects must be 0 to 20: " + maxRedirects);
        }
        if (perHostConcurrency < 1) {
            throw new IllegalArgumentException("per-host concurrency must be at least 1: " + perHostConcurrency);
        }
        if (userAgent == null || userAgent.isBlank() || userAgent.indexOf('\r') >= 0 || userAgent.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("user agent must be one non-blank line: " + userAgent);
        }
    }

    public static FetchSettings defaults() {
        return new FetchSettings(
                Duration.ofSeconds(10),
                Duration.ofSeconds(15),
                Duration.ofSeconds(30),
                8L * 1024 * 1024,
                16L * 1024 * 1024,
                5,
                2,
                DEFAULT_USER_AGENT,
                Duration.ofHours(1),
                Duration.ofMinutes(5));
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
    }

    public FetchSettings withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchSettings(
                connect,
                read,
                total,
                maxBodyBytes,
                maxDecodedBytes,
                maxRedirects,
                perHostConcurrency,
                userAgent,
                robotsTtl,
                defaultRetryAfter);
    }

    public FetchSettings withBodyCaps(long body, long decoded) {
        return new FetchSettings(
                connectTimeout,
                readTimeout,
                totalTimeout,
                body,
                decoded,
                maxRedirects,
                perHostConcurrency,
                userAgent,
                robotsTtl,
                defaultRetryAfter);
    }

    public FetchSettings withMaxRedirects(int redirects) {
        return new FetchSettings(
                connectTimeout,
                readTimeout,
                totalTimeout,
                maxBodyBytes,
                maxDecodedBytes,
                redirects,
                perHostConcurrency,
                userAgent,
                robotsTtl,
                defaultRetryAfter);
    }

    public FetchSettings withPerHostConcurrency(int perHost) {
        return new FetchSettings(
                connectTimeout,
                readTimeout,
                totalTimeout,
                maxBodyBytes,
                maxDecodedBytes,
                maxRedirects,
                perHost,
                userAgent,
                robotsTtl,
                defaultRetryAfter);
    }
}
