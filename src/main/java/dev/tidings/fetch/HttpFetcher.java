package dev.tidings.fetch;

import dev.tidings.fetch.FetchResult.Failed;
import dev.tidings.fetch.FetchResult.Failure;
import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP client of Tidings. Every request goes through the same limits: timeouts, a body
 * cap before and after decompression, a redirect budget, the address guard on every hop, and a
 * per-host concurrency limit. Thread-safe.
 */
public final class HttpFetcher {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

    private final FetchSettings settings;
    private final HttpClient client;
    private final AddressGuard guard = new AddressGuard();
    private final HostLimiter hosts;

    public HttpFetcher(FetchSettings settings) {
        this.settings = settings;
        this.hosts = new HostLimiter(settings.perHostConcurrency());
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchResult fetch(FetchRequest request) {
        URI url = request.url();
        for (int hops = 0; hops <= settings.maxRedirects(); hops++) {
            String problem = checkUrl(url, request.allowPrivateNetwork());
            if (problem != null) {
                Failure kind = problem.startsWith("address") ? Failure.BLOCKED_ADDRESS : Failure.BAD_URL;
                return new Failed(url, kind, null, problem, null);
            }
            URI current = url;
            Hop hop = hosts.withPermit(url, () -> send(request, current));
            if (hop.redirect() == null) {
                return hop.result();
            }
            url = hop.redirect();
        }
        return new Failed(
                url, Failure.TOO_MANY_REDIRECTS, null, "more than " + settings.maxRedirects() + " redirects", null);
    }

    private String checkUrl(URI url, boolean allowPrivate) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https URLs are fetched: " + url;
        }
        if (url.getHost() == null) {
            return "URL has no host: " + url;
        }
        if (allowPrivate) {
            return null;
        }
        try {
            return guard.check(url.getHost());
        } catch (UnknownHostException e) {
            return "unknown host " + url.getHost();
        }
    }

    private Hop send(FetchRequest request, URI url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(settings.totalTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", request.accept())
                .header("Accept-Encoding", "gzip");
        if (url.equals(request.url())) {
            if (request.etag() != null) {
                builder.header("If-None-Match", request.etag());
            }
            if (request.lastModified() != null) {
                builder.header("If-Modified-Since", request.lastModified());
            }
        }
        long start = System.nanoTime();
        var future = client.sendAsync(builder.build(), info -> CappedBody.subscriber(info, settings.maxBodyBytes()));
        try {
            HttpResponse<byte[]> response = future.get(settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return interpret(url, response);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Hop.of(new Failed(
                    url,
                    Failure.TIMEOUT,
                    null,
                    "no complete response within " + settings.totalTimeout().toSeconds() + " s",
                    null));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Hop.of(new Failed(url, Failure.NETWORK, null, "interrupted", null));
        } catch (ExecutionException | CancellationException e) {
            return Hop.of(failure(url, e.getCause() == null ? e : e.getCause()));
        } finally {
            log.debug("event=fetch url={} duration_ms={}", url, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private Hop interpret(URI url, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        var headers = response.headers();
        if (status == 304) {
            return Hop.of(new FetchResult.NotModified(url));
        }
        if (status >= 300 && status < 400) {
            String location = headers.firstValue("Location").orElse(null);
            if (location == null) {
                return Hop.of(new Failed(url, Failure.HTTP_STATUS, status, "redirect without Location", null));
            }
            try {
                return new Hop(null, url.resolve(location.trim().replace(" ", "%20")));
            } catch (IllegalArgumentException e) {
                return Hop.of(new Failed(url, Failure.BAD_URL, status, "bad redirect Location: " + location, null));
            }
        }
        if (status < 200 || status >= 300) {
            Duration retryAfter =
                    RetryAfter.parse(headers.firstValue("Retry-After").orElse(null));
            return Hop.of(new Failed(url, Failure.HTTP_STATUS, status, "HTTP " + status, retryAfter));
        }
        byte[] body = response.body();
        String encoding =
                headers.firstValue("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            try {
                body = CappedBody.gunzip(body, settings.maxBodyBytes());
            } catch (CappedBody.TooLargeException e) {
                return Hop.of(new Failed(url, Failure.TOO_LARGE, status, e.getMessage(), null));
            } catch (IOException e) {
                return Hop.of(new Failed(url, Failure.NETWORK, status, "broken gzip body: " + e.getMessage(), null));
            }
        }
        return Hop.of(new FetchResult.Ok(
                url,
                status,
                headers.firstValue("Content-Type").orElse(null),
                body,
                headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null)));
    }

    private static FetchResult failure(URI url, Throwable cause) {
        if (cause instanceof CappedBody.TooLargeException) {
            return new Failed(url, Failure.TOO_LARGE, null, cause.getMessage(), null);
        }
        if (cause instanceof HttpTimeoutException) {
            return new Failed(url, Failure.TIMEOUT, null, cause.getMessage(), null);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Failed(url, Failure.NETWORK, null, message, null);
    }

    /** One request's outcome: a final result, or where a redirect points. */
    private record Hop(FetchResult result, URI redirect) {
        static Hop of(FetchResult result) {
            return new Hop(result, null);
        }
    }
}
