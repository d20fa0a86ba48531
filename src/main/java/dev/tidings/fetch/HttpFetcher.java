package dev.tidings.fetch;

import dev.tidings.fetch.FetchResult.Failed;
import dev.tidings.fetch.FetchResult.Failure;
import dev.tidings.fetch.HttpConnection.BadResponseException;
import dev.tidings.fetch.HttpConnection.SocketOpener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP client of Tidings. Every request goes through the same limits: connect, idle and
 * total timeouts; a body cap before and after decompression; a redirect budget without loops;
 * the address guard on every hop, applied to the very address that is then connected to (so DNS
 * rebinding cannot slip past it); robots.txt for article pages; a pause for hosts that answered
 * 429 or 503 with Retry-After; and a per-host concurrency limit. Thread-safe.
 */
public final class HttpFetcher {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_ADDRESSES_TRIED = 3;
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    /** Looks up a host's addresses; a seam so tests can answer as a hostile DNS server would. */
    interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;

        Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
    }

    private final FetchSettings settings;
    private final Resolver resolver;
    private final SocketOpener opener;
    private final SSLSocketFactory tls;
    private final Clock clock;
    private final HostLimiter hosts;
    private final HostPauses pauses;
    private final RobotsCache robots;

    public HttpFetcher(FetchSettings settings) {
        this(
                settings,
                Resolver.SYSTEM,
                SocketOpener.PLAIN,
                (SSLSocketFactory) SSLSocketFactory.getDefault(),
                Clock.systemUTC());
    }

    HttpFetcher(FetchSettings settings, Resolver resolver, SocketOpener opener, SSLSocketFactory tls, Clock clock) {
        this.settings = settings;
        this.resolver = resolver;
        this.opener = opener;
        this.tls = tls;
        this.clock = clock;
        this.hosts = new HostLimiter(settings.perHostConcurrency());
        this.pauses = new HostPauses(clock);
        this.robots = new RobotsCache(settings.robotsTtl(), settings.userAgent(), clock);
    }

    public FetchSettings settings() {
        return settings;
    }

    public FetchResult fetch(FetchRequest request) {
        URI url = withoutFragment(request.url());
        List<String> visited = new ArrayList<>();
        for (int hop = 0; ; hop++) {
            String bad = checkUrl(url);
            if (bad != null) {
                return new Failed(url, Failure.BAD_URL, null, bad, null);
            }
            if (visited.contains(url.toString())) {
                visited.add(url.toString());
                return new Failed(
                        url, Failure.REDIRECT_LOOP, null, "redirect loop: " + String.join(" -> ", visited), null);
            }
            visited.add(url.toString());
            if (hop > settings.maxRedirects()) {
                return new Failed(
                        url,
                        Failure.TOO_MANY_REDIRECTS,
                        null,
                        "more than " + settings.maxRedirects() + " redirects",
                        null);
            }
            Hop result = hop(request, url, hop == 0);
            if (result.redirect() == null) {
                return result.result();
            }
            url = result.redirect();
        }
    }

    private Hop hop(FetchRequest request, URI url, boolean first) {
        Duration paused = pauses.remaining(url);
        if (paused != null) {
            return Hop.of(new Failed(
                    url,
                    Failure.RATE_LIMITED,
                    null,
                    "host " + url.getHost() + " asked to be left alone for " + paused.toSeconds() + " s more",
                    paused));
        }
        String host = HttpConnection.hostOf(url);
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Hop.of(new Failed(url, Failure.NETWORK, null, "unknown host " + host, null));
        }
        String blocked = AddressGuard.problem(host, addresses, request.allowPrivateNetwork());
        if (blocked != null) {
            return Hop.of(new Failed(url, Failure.BLOCKED_ADDRESS, null, blocked, null));
        }
        if (request.purpose() == FetchRequest.Purpose.PAGE) {
            switch (robots.check(url, u -> fetch(FetchRequest.robots(u, request.allowPrivateNetwork())))) {
                case DISALLOWED -> {
                    return Hop.of(
                            new Failed(url, Failure.ROBOTS_DISALLOWED, null, "robots.txt disallows " + url, null));
                }
                case UNREACHABLE -> {
                    // RFC 9309: an unreachable robots.txt means "disallow", but only until it can be read.
                    return Hop.of(new Failed(
                            url,
                            Failure.ROBOTS_UNREACHABLE,
                            null,
                            "robots.txt of " + url.getHost() + " could not be read; trying again later",
                            RobotsCache.unreachableTtl()));
                }
                case ALLOWED -> {}
            }
        }
        try {
            Hop hop = hosts.withPermit(url, settings.totalTimeout(), () -> exchange(request, url, addresses, first));
            if (hop == null) {
                return Hop.of(new Failed(
                        url,
                        Failure.HOST_BUSY,
                        null,
                        "waited " + settings.totalTimeout().toSeconds() + " s for a free connection to "
                                + url.getHost(),
                        settings.totalTimeout()));
            }
            return hop;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Hop.of(new Failed(url, Failure.NETWORK, null, "interrupted", null));
        }
    }

    /** One request and response on its own connection, bounded by the total timeout. */
    private Hop exchange(FetchRequest request, URI url, List<InetAddress> addresses, boolean first) {
        long start = System.nanoTime();
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> alarm = null;
        HttpConnection connection = null;
        try {
            connection = connect(url, addresses, expired, start);
            HttpConnection c = connection;
            long left = settings.totalTimeout().toNanos() - (System.nanoTime() - start);
            alarm = WATCHDOG.schedule(
                    () -> {
                        expired.set(true);
                        closeQuietly(c);
                    },
                    Math.max(left, 0),
                    TimeUnit.NANOSECONDS);
            connection.handshake();
            connection.send(url, headers(request, first));
            ResponseHead head = connection.readHead();
            return interpret(url, head, connection);
        } catch (IOException e) {
            return Hop.of(failure(url, e, expired.get()));
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
            closeQuietly(connection);
            log.debug("event=fetch url={} duration_ms={}", url, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private HttpConnection connect(URI url, List<InetAddress> addresses, AtomicBoolean expired, long start)
            throws IOException {
        IOException last = null;
        for (InetAddress address : addresses.subList(0, Math.min(addresses.size(), MAX_ADDRESSES_TRIED))) {
            if (System.nanoTime() - start > settings.totalTimeout().toNanos()) {
                expired.set(true);
                break;
            }
            try {
                return HttpConnection.open(url, address, settings, opener, tls);
            } catch (SocketTimeoutException e) {
                last = new SocketTimeoutException("could not connect within "
                        + settings.connectTimeout().toMillis() + " ms to " + address.getHostAddress());
            } catch (IOException e) {
                last = e;
            }
        }
        throw last != null ? last : new SocketTimeoutException("no address could be tried in time");
    }

    private Map<String, String> headers(FetchRequest request, boolean first) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("User-Agent", settings.userAgent());
        h.put("Accept", request.accept());
        h.put("Accept-Encoding", "gzip, deflate");
        if (first) {
            h.put("If-None-Match", request.etag());
            h.put("If-Modified-Since", request.lastModified());
        }
        return h;
    }

    private Hop interpret(URI url, ResponseHead head, HttpConnection connection) throws IOException {
        int status = head.status();
        if (status == 304) {
            return Hop.of(new FetchResult.NotModified(url));
        }
        if (status >= 300 && status < 400) {
            String location = head.first("Location");
            if (!REDIRECTS.contains(status) || location == null || location.isBlank()) {
                return Hop.of(new Failed(
                        url, Failure.HTTP_STATUS, status, "HTTP " + status + " without a usable Location", null));
            }
            URI next = Locations.resolve(url, location);
            if (next == null) {
                return Hop.of(new Failed(
                        url,
                        Failure.BAD_URL,
                        status,
                        "bad redirect Location: " + HttpConnection.printable(location),
                        null));
            }
            return new Hop(null, withoutFragment(next));
        }
        if (status < 200 || status >= 300) {
            return Hop.of(refusal(url, status, head.first("Retry-After")));
        }
        byte[] body = CappedBody.read(
                connection.body(head, settings.maxBodyBytes()),
                head.tokens("Content-Encoding"),
                settings.maxBodyBytes(),
                settings.maxDecodedBytes());
        return Hop.of(new FetchResult.Ok(
                url, status, head.first("Content-Type"), body, head.first("ETag"), head.first("Last-Modified")));
    }

    /** A 4xx or 5xx; a 429 or a 503 with Retry-After pauses the host for every later request. */
    private Failed refusal(URI url, int status, String retryAfterHeader) {
        Duration retryAfter = RetryAfter.parse(retryAfterHeader, clock.instant());
        if (retryAfter == null && status == 429) {
            retryAfter = settings.defaultRetryAfter();
        }
        if (retryAfter != null && (status == 429 || status == 503)) {
            pauses.pause(url, retryAfter);
            return new Failed(
                    url,
                    Failure.HTTP_STATUS,
                    status,
                    "HTTP " + status + ", asked to come back in " + retryAfter.toSeconds() + " s",
                    retryAfter);
        }
        return new Failed(url, Failure.HTTP_STATUS, status, "HTTP " + status, null);
    }

    private FetchResult failure(URI url, IOException e, boolean expired) {
        if (expired) {
            return new Failed(
                    url,
                    Failure.TIMEOUT,
                    null,
                    "no complete response within " + settings.totalTimeout().toMillis() + " ms",
                    null);
        }
        if (e instanceof CappedBody.TooLargeException) {
            return new Failed(url, Failure.TOO_LARGE, null, e.getMessage(), null);
        }
        if (e instanceof BadResponseException) {
            return new Failed(url, Failure.BAD_RESPONSE, null, "bad response: " + e.getMessage(), null);
        }
        if (e instanceof SocketTimeoutException) {
            String message = e.getMessage() != null && e.getMessage().startsWith("could not connect")
                    ? e.getMessage()
                    : "no data for " + settings.readTimeout().toMillis() + " ms";
            return new Failed(url, Failure.TIMEOUT, null, message, null);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof SSLException) {
            message = "TLS: " + message;
        }
        return new Failed(url, Failure.NETWORK, null, message, null);
    }

    private static String checkUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https URLs are fetched: " + url;
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return "URL has no host: " + url;
        }
        if (url.getRawUserInfo() != null) {
            return "URL with user info is not fetched: " + url.getHost();
        }
        return null;
    }

    private static URI withoutFragment(URI url) {
        if (url.getRawFragment() == null) {
            return url;
        }
        String s = url.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    private static void closeQuietly(HttpConnection c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // the connection is finished either way
            }
        }
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "fetch-deadline");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** One request's outcome: a final result, or where a redirect points. */
    private record Hop(FetchResult result, URI redirect) {
        static Hop of(FetchResult result) {
            return new Hop(result, null);
        }
    }
}
