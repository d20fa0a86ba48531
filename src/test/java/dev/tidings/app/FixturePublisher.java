package dev.tidings.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A publisher on a local port serving fixture feeds and pages, counting requests and 304s. */
final class FixturePublisher implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String[]> routes = new ConcurrentHashMap<>(); // path -> {resource, content type}
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final AtomicInteger notModified = new AtomicInteger();
    private final Instant now;

    FixturePublisher(Instant now) {
        this.now = now;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    FixturePublisher route(String path, String resource, String contentType) {
        routes.put(path, new String[] {resource, contentType});
        return this;
    }

    URI url(String path) {
        return URI.create(base() + path);
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String[] route = routes.get(path);
            if (route == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = render(route[0]);
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().add("Content-Type", route[1]);
            ex.getResponseHeaders().add("ETag", etag);
            ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            ex.getResponseBody().write(body);
        }
    }

    private byte[] render(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/tidings/app/publisher/" + resource)) {
            if (in == null) {
                throw new IOException("no fixture " + resource);
            }
            var rfc = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{base}}", base())
                    .replace("{{t1}}", rfc.format(now.minusSeconds(3600)))
                    .replace("{{t2}}", rfc.format(now.minusSeconds(7200)))
                    .replace("{{t3}}", now.minusSeconds(600).toString());
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
