package dev.tidings.web;

import dev.tidings.metrics.Metrics;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code /metrics}: the node's figures for Prometheus, and the request counts and durations it
 * adds to them. Readable from this machine without a token (a request that came through a proxy,
 * which says so in {@code X-Forwarded-For} or {@code Forwarded}, is not "this machine"), and from
 * anywhere with {@code Authorization: Bearer} and the token set in {@code TIDINGS_METRICS_TOKEN}.
 */
final class MetricsPage {
    /* Request durations, in seconds: from a cached page to a slow answer from a language model. */
    private static final double[] SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final String STARTED = "tidings.metrics.started";

    private final Metrics metrics;
    private final byte[] token;
    private final Metrics.Counter requests;
    private final Metrics.Histogram durations;

    MetricsPage(Metrics metrics, String token) {
        this.metrics = metrics;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.requests = metrics.counter(
                "tidings_http_requests_total",
                "Requests answered, by route pattern and status class (2xx, 3xx, 4xx, 5xx).",
                "route",
                "status");
        this.durations = metrics.histogram(
                "tidings_http_request_duration_seconds",
                "Time from a request's arrival to its answer, by route pattern.",
                SECONDS,
                "route");
    }

    /** Notes when a request arrived (a before-handler). */
    void started(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    /** Counts an answered request under its route's pattern, never its path (an after-handler). */
    void finished(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        String route = route(ctx);
        requests.inc(route, ctx.statusCode() / 100 + "xx");
        durations.observe((System.nanoTime() - started) / 1e9, route);
    }

    void handle(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (token != null) {
            if (!bearerMatches(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"tidings-metrics\"");
                ctx.status(401)
                        .contentType("text/plain; charset=utf-8")
                        .result("metrics need Authorization: Bearer and the token set in TIDINGS_METRICS_TOKEN\n");
                return;
            }
        } else if (!fromThisMachine(ctx)) {
            ctx.status(403)
                    .contentType("text/plain; charset=utf-8")
                    .result("metrics are served to this machine only; set TIDINGS_METRICS_TOKEN to read them from"
                            + " elsewhere\n");
            return;
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    private boolean bearerMatches(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }

    private static boolean fromThisMachine(Context ctx) {
        if (ctx.header("X-Forwarded-For") != null || ctx.header("Forwarded") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String route(Context ctx) {
        try {
            Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            return matched == null ? "unmatched" : matched.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
