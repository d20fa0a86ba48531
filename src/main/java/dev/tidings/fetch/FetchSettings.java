package dev.tidings.fetch;

import java.time.Duration;

/** Every limit on what the fetcher accepts. */
public record FetchSettings(
        Duration connectTimeout,
        Duration totalTimeout,
        long maxBodyBytes,
        int maxRedirects,
        int perHostConcurrency,
        String userAgent) {

    public static FetchSettings defaults() {
        return new FetchSettings(
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                8L * 1024 * 1024,
                5,
                2,
                "Tidings/0.1 (self-hosted news aggregator; +https://tidings.dev/bot)");
    }
}
