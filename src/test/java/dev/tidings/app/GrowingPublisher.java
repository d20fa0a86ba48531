package dev.tidings.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local publisher whose RSS feed grows as the test publishes articles; it counts feed fetches. */
final class GrowingPublisher implements AutoCloseable {
    private final HttpServer server;
    private final List<String> titles = new CopyOnWriteArrayList<>();
    private final List<Instant> times = new CopyOnWriteArrayList<>();
    final AtomicInteger feedFetches = new AtomicInteger();

    GrowingPublisher() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    void publish(String title) {
        times.add(Instant.now());
        titles.add(title);
    }

    URI feedUrl() {
        return URI.create(base() + "/feed.xml");
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String body;
            String type;
            if (path.equals("/feed.xml")) {
                feedFetches.incrementAndGet();
                body = feed();
                type = "application/rss+xml; charset=utf-8";
            } else if (path.startsWith("/story/")) {
                int n = Integer.parseInt(path.substring("/story/".length()));
                if (n >= titles.size()) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                body = page(n);
                type = "text/html; charset=utf-8";
            } else {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
        }
    }

    private String feed() {
        var rfc = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        StringBuilder items = new StringBuilder();
        for (int i = titles.size() - 1; i >= 0; i--) {
            items.append("<item><title>")
                    .append(titles.get(i))
                    .append("</title><link>")
                    .append(base())
                    .append("/story/")
                    .append(i)
                    .append("</link><guid>story-")
                    .append(i)
                    .append("</guid><pubDate>")
                    .append(rfc.format(times.get(i)))
                    .append("</pubDate></item>\n");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Growing Gazette</title><link>" + base()
                + "/</link>\n" + items + "</channel></rss>";
    }

    private String page(int n) {
        String title = titles.get(n);
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>This is report number " + n + " from the Growing Gazette, written for the several-nodes"
                + " test so that each article has a body long enough to be taken for one.</p><p>A second paragraph"
                + " repeats that report " + n + " exists, and adds a little more text about " + title
                + ", for good measure.</p>" + DistinctText.paragraphs(n, 2) + "</article></body></html>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
