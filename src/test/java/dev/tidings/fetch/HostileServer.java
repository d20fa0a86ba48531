package dev.tidings.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A publisher on a raw loopback socket that answers however a test tells it to: slowly, with
 * garbage, with bombs, or politely. It records every request head it receives.
 */
public final class HostileServer implements AutoCloseable {

    /** Writes the whole response (status line included) for one request. */
    public interface Handler {
        void respond(String requestHead, OutputStream out) throws Exception;
    }

    private final ServerSocket server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public final AtomicInteger connections = new AtomicInteger();

    public HostileServer() {
        this("127.0.0.1", 0);
    }

    public HostileServer(String address, int port) {
        this(plain(address, port));
    }

    /** Serves on a socket made elsewhere (a TLS one, say). */
    public HostileServer(ServerSocket bound) {
        server = bound;
        Thread.ofPlatform().daemon().name("hostile-accept").start(this::accept);
    }

    private static ServerSocket plain(String address, int port) {
        try {
            ServerSocket s = new ServerSocket();
            s.bind(new InetSocketAddress(InetAddress.getByName(address), port), 50);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HostileServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /** A plain 200 with the given body and extra header lines. */
    public HostileServer ok(String path, String contentType, byte[] body, String... headers) {
        return route(path, (head, out) -> {
            StringBuilder h = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n");
            for (String header : headers) {
                h.append(header).append("\r\n");
            }
            h.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
        });
    }

    public HostileServer ok(String path, String body) {
        return ok(path, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    public HostileServer status(String path, int status, String... headers) {
        return route(path, (head, out) -> {
            StringBuilder h = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
            for (String header : headers) {
                h.append(header).append("\r\n");
            }
            h.append("Content-Length: 0\r\n\r\n");
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        });
    }

    public int port() {
        return server.getLocalPort();
    }

    public URI url(String path) {
        return URI.create("http://" + server.getInetAddress().getHostAddress() + ":" + port() + path);
    }

    public long hits(String path) {
        return requests.stream().filter(r -> r.startsWith("GET " + path + " ")).count();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            String head = readHead(s.getInputStream());
            if (head == null) {
                return;
            }
            requests.add(head);
            String target = head.split(" ", 3)[1];
            String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
            Handler handler = routes.get(path);
            OutputStream out = s.getOutputStream();
            if (handler == null) {
                out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else {
                handler.respond(head, out);
            }
            out.flush();
        } catch (Exception e) {
            // the client hung up on a hostile answer: expected
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; (b = in.read()) >= 0; ) {
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
