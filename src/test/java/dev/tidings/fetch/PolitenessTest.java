package dev.tidings.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.db.TestClock;
import dev.tidings.fetch.FetchResult.Failed;
import dev.tidings.fetch.FetchResult.Failure;
import dev.tidings.fetch.HttpFetcher.Resolver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** robots.txt for pages (not feeds), Retry-After, per-host concurrency and the user agent. */
class PolitenessTest {
    private final HostileServer server = new HostileServer();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final HttpFetcher fetcher = new TestFetchers().fetcher(TestFetchers.quick(), Resolver.SYSTEM, clock);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyRequestNamesTidingsInAPoliteUserAgent() {
        server.ok("/feed", "x");

        fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null, true));

        assertThat(server.requests.getFirst())
                .contains("User-Agent: " + FetchSettings.DEFAULT_USER_AGENT + "\r\n")
                .contains("User-Agent: Tidings/");
        assertThat(FetchSettings.DEFAULT_USER_AGENT).contains("+https://");
    }

    @Test
    void robotsTxtIsHonouredForPagesAndCachedPerHost() {
        server.ok("/robots.txt", "text/plain", robots(), "Cache-Control: max-age=1");
        server.ok("/private/secret", "should never be fetched");
        server.ok("/private/open-letter", "allowed by a longer rule");
        server.ok("/news/1", "news");
        server.ok("/news/2", "news");

        assertThat(fetcher.fetch(FetchRequest.page(server.url("/private/secret"), true)))
                .isInstanceOfSatisfying(Failed.class, f -> {
                    assertThat(f.kind()).isEqualTo(Failure.ROBOTS_DISALLOWED);
                    assertThat(f.message()).isEqualTo("robots.txt disallows " + server.url("/private/secret"));
                    assertThat(f.transientFailure()).isFalse();
                });
        assertThat(fetcher.fetch(FetchRequest.page(server.url("/private/open-letter"), true)))
                .isInstanceOf(FetchResult.Ok.class);
        assertThat(fetcher.fetch(FetchRequest.page(server.url("/news/1"), true)))
                .isInstanceOf(FetchResult.Ok.class);
        assertThat(fetcher.fetch(FetchRequest.page(server.url("/news/2"), true)))
                .isInstanceOf(FetchResult.Ok.class);

        assertThat(server.hits("/private/secret")).isZero();
        assertThat(server.hits("/robots.txt"))
                .as("one robots.txt per host while cached")
                .isEqualTo(1);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        fetcher.fetch(FetchRequest.page(server.url("/news/1"), true));
        assertThat(server.hits("/robots.txt")).as("asked again after the TTL").isEqualTo(2);
    }

    @Test
    void feedsAreFetchedWhateverRobotsTxtSays() {
        server.ok("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n".getBytes(StandardCharsets.US_ASCII));
        server.ok("/feed.xml", "<rss/>");

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/feed.xml"), null, null, true)))
                .isInstanceOf(FetchResult.Ok.class);
        assertThat(server.hits("/robots.txt")).isZero();
    }

    @Test
    void aMissingRobotsTxtAllowsAndAnUnreachableOneHoldsPagesBackForAWhile() {
        server.ok("/page", "x");
        assertThat(fetcher.fetch(FetchRequest.page(server.url("/page"), true))).isInstanceOf(FetchResult.Ok.class);

        try (HostileServer failing = new HostileServer()) {
            failing.status("/robots.txt", 500);
            failing.ok("/page", "x");
            HttpFetcher f = new TestFetchers().fetcher(TestFetchers.quick(), Resolver.SYSTEM, clock);
            assertThat(f.fetch(FetchRequest.page(failing.url("/page"), true)))
                    .isInstanceOfSatisfying(Failed.class, r -> {
                        assertThat(r.kind()).isEqualTo(Failure.ROBOTS_UNREACHABLE);
                        assertThat(r.transientFailure()).isTrue();
                        assertThat(r.retryAfter()).isEqualTo(Duration.ofMinutes(5));
                    });
            assertThat(failing.hits("/page")).isZero();
            failing.ok("/robots.txt", "text/plain", new byte[0]);
            clock.advance(Duration.ofMinutes(6));
            assertThat(f.fetch(FetchRequest.page(failing.url("/page"), true))).isInstanceOf(FetchResult.Ok.class);
        }
    }

    @Test
    void aGroupNamingTidingsWinsOverTheStarGroupAndPatternsMatch() {
        RobotsTxt rules = RobotsTxt.parse(
                ("User-agent: *\nDisallow: /\n\nUser-agent: googlebot\nUser-agent: Tidings\n"
                                + "Disallow: /*.pdf$\nDisallow: /search\nAllow: /search/about\n")
                        .getBytes(StandardCharsets.UTF_8),
                RobotsCache.productToken(FetchSettings.DEFAULT_USER_AGENT));

        assertThat(rules.allows("/news/a")).isTrue();
        assertThat(rules.allows("/files/report.pdf")).isFalse();
        assertThat(rules.allows("/files/report.pdf?x=1")).isTrue();
        assertThat(rules.allows("/search?q=x")).isFalse();
        assertThat(rules.allows("/search/about")).isTrue();
        assertThat(rules.allows("/robots.txt")).isTrue();
        assertThat(RobotsTxt.matches("/a*b*c*d*e*f*g*h*i*j*k", "/" + "a".repeat(5000)))
                .isFalse();
    }

    @Test
    void a429WithRetryAfterPausesTheHostForEveryLaterRequest() {
        server.status("/feed", 429, "Retry-After: 120");
        server.ok("/page", "x");

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null, true)))
                .isInstanceOfSatisfying(Failed.class, f -> {
                    assertThat(f.httpStatus()).isEqualTo(429);
                    assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(120));
                    assertThat(f.message()).isEqualTo("HTTP 429, asked to come back in 120 s");
                });
        clock.advance(Duration.ofSeconds(60));
        assertThat(fetcher.fetch(FetchRequest.page(server.url("/page"), true)))
                .isInstanceOfSatisfying(Failed.class, f -> {
                    assertThat(f.kind()).isEqualTo(Failure.RATE_LIMITED);
                    assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(60));
                });
        assertThat(server.hits("/page")).isZero();
        clock.advance(Duration.ofSeconds(61));
        assertThat(fetcher.fetch(FetchRequest.page(server.url("/page"), true))).isInstanceOf(FetchResult.Ok.class);
    }

    @Test
    void a503WithAnHttpDateIsHonouredAndA503WithoutOneIsAPlainError() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME
                .withZone(ZoneOffset.UTC)
                .format(clock.instant().plusSeconds(300));
        server.status("/busy", 503, "Retry-After: " + date);

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/busy"), null, null, true)))
                .isInstanceOfSatisfying(
                        Failed.class, f -> assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(300)));

        try (HostileServer plain = new HostileServer()) {
            plain.status("/down", 503);
            assertThat(fetcher.fetch(FetchRequest.feed(plain.url("/down"), null, null, true)))
                    .isInstanceOfSatisfying(Failed.class, f -> {
                        assertThat(f.retryAfter()).isNull();
                        assertThat(f.message()).isEqualTo("HTTP 503");
                    });
            assertThat(fetcher.fetch(FetchRequest.feed(plain.url("/down"), null, null, true)))
                    .isInstanceOfSatisfying(
                            Failed.class, f -> assertThat(f.kind()).isEqualTo(Failure.HTTP_STATUS));
            assertThat(plain.hits("/down")).isEqualTo(2);
        }
    }

    @Test
    void noMoreThanTheAllowedRequestsAreInFlightToOneHost() throws Exception {
        // Counted inside the handler, and let go before the answer leaves, so the count cannot lag.
        AtomicInteger current = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.route("/slow", (head, out) -> {
            most.accumulateAndGet(current.incrementAndGet(), Math::max);
            HostileServer.sleep(150);
            current.decrementAndGet();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
        });
        HttpFetcher twoPerHost = new TestFetchers().fetcher(TestFetchers.quick().withPerHostConcurrency(2));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(
                        pool.submit(() -> twoPerHost.fetch(FetchRequest.feed(server.url("/slow"), null, null, true))));
            }
            for (Future<FetchResult> r : results) {
                assertThat(r.get()).isInstanceOf(FetchResult.Ok.class);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, 2);
        assertThat(server.hits("/slow")).isEqualTo(8);
    }

    private static byte[] robots() {
        return ("# rules for everyone\nUser-agent: *\nDisallow: /private/\nAllow: /private/open-\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
