package dev.tidings.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt per origin, fetched once and kept for a while. Following RFC 9309: a missing file
 * (4xx) allows everything; an unreachable one (5xx, 429, network failure) disallows everything
 * for a short time, after which it is asked for again. Concurrent callers share one fetch.
 */
final class RobotsCache {
    static final long MAX_BYTES = 512 * 1024;
    private static final Duration UNREACHABLE_TTL = Duration.ofMinutes(5);
    private static final int MAX_ORIGINS = 10_000;

    /** What robots.txt says of one URL; unreachable is a refusal for now, not a verdict on the page. */
    enum Verdict {
        ALLOWED,
        DISALLOWED,
        UNREACHABLE
    }

    private record Entry(RobotsTxt rules, Instant expires) {}

    private final ConcurrentHashMap<String, CompletableFuture<Entry>> origins = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final String productToken;
    private final Clock clock;

    RobotsCache(Duration ttl, String userAgent, Clock clock) {
        this.ttl = ttl;
        this.productToken = productToken(userAgent);
        this.clock = clock;
    }

    /** "Tidings/0.1 (...)" → "tidings". */
    static String productToken(String userAgent) {
        String first = userAgent.strip().split("[/\\s]", 2)[0];
        return first.toLowerCase(Locale.ROOT);
    }

    /** Whether the URL may be fetched; {@code fetch} gets a robots.txt when none is cached. */
    Verdict check(URI url, Function<URI, FetchResult> fetch) {
        String origin = origin(url);
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> current = origins.compute(origin, (k, existing) -> {
            if (existing != null
                    && (!existing.isDone() || existing.join().expires().isAfter(clock.instant()))) {
                return existing;
            }
            return mine;
        });
        if (current == mine) {
            if (origins.size() > MAX_ORIGINS) {
                origins.entrySet().removeIf(e -> e.getValue().isDone() && e.getValue() != mine);
            }
            try {
                mine.complete(load(URI.create(origin + "/robots.txt"), fetch));
            } catch (RuntimeException e) {
                mine.complete(new Entry(RobotsTxt.UNREACHABLE, clock.instant().plus(UNREACHABLE_TTL)));
            }
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String target = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        RobotsTxt rules = current.join().rules();
        if (rules == RobotsTxt.UNREACHABLE) {
            return Verdict.UNREACHABLE;
        }
        return rules.allows(target) ? Verdict.ALLOWED : Verdict.DISALLOWED;
    }

    static Duration unreachableTtl() {
        return UNREACHABLE_TTL;
    }

    private Entry load(URI robotsUrl, Function<URI, FetchResult> fetch) {
        Instant now = clock.instant();
        FetchResult result = fetch.apply(robotsUrl);
        return switch (result) {
            case FetchResult.Ok ok -> new Entry(RobotsTxt.parse(ok.body(), productToken), now.plus(ttl));
            case FetchResult.NotModified nm -> new Entry(RobotsTxt.ALLOW_ALL, now.plus(ttl));
            case FetchResult.Failed f -> {
                boolean missing = f.kind() == FetchResult.Failure.HTTP_STATUS
                                && f.httpStatus() != null
                                && f.httpStatus() >= 400
                                && f.httpStatus() < 500
                                && f.httpStatus() != 429
                        || f.kind() == FetchResult.Failure.TOO_MANY_REDIRECTS
                        || f.kind() == FetchResult.Failure.REDIRECT_LOOP
                        || f.kind() == FetchResult.Failure.TOO_LARGE;
                yield missing
                        ? new Entry(RobotsTxt.ALLOW_ALL, now.plus(ttl))
                        : new Entry(RobotsTxt.UNREACHABLE, now.plus(min(ttl, UNREACHABLE_TTL)));
            }
        };
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
