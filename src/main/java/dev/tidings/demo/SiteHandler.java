package dev.tidings.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Serves an outlet's pre-rendered site: GET and HEAD by exact path (the query is ignored, as
 * publishers ignore tracking parameters), conditional GETs answered with 304, anything else 404.
 */
final class SiteHandler implements HttpHandler {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Map<String, Resource> resources;
    private final Resource notFound;

    SiteHandler(Map<String, Resource> resources, Resource notFound) {
        this.resources = Map.copyOf(resources);
        this.notFound = notFound;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Resource resource = resources.get(exchange.getRequestURI().getRawPath());
            if (resource == null) {
                send(exchange, 404, notFound, head);
                return;
            }
            var headers = exchange.getResponseHeaders();
            headers.set("ETag", resource.etag());
            headers.set("Last-Modified", HTTP_DATE.format(resource.lastModified()));
            headers.set("Cache-Control", "public, max-age=60");
            if (notModified(exchange, resource)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, resource, head);
        }
    }

    private static void send(HttpExchange exchange, int status, Resource resource, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", resource.contentType());
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, resource.body().length);
        exchange.getResponseBody().write(resource.body());
    }

    /** RFC 9110: If-None-Match decides when present; If-Modified-Since only when it is absent. */
    static boolean notModified(HttpExchange exchange, Resource resource) {
        var request = exchange.getRequestHeaders();
        String ifNoneMatch = request.getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, resource.etag());
        }
        String ifModifiedSince = request.getFirst("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.strip()));
            return !resource.lastModified().isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as the RFC asks
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || weakless(tag).equals(weakless(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String weakless(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
