package dev.tidings.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local HTTP server that speaks the OpenAI chat-completions API: plain JSON replies and
 * server-sent event streams, with scripted failures (status codes, a stall, a cut stream).
 */
public final class FakeLlmServer implements AutoCloseable {
    /** What the next requests get. */
    public enum Mode {
        OK,
        STATUS_500,
        STALL,
        CUT_STREAM,
        /** Streams one small event every 300 ms and never finishes. */
        TRICKLE,
        /** Answers 429 Too Many Requests, as hosted APIs do over quota. */
        STATUS_429,
        NOT_JSON
    }

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.OK);
    private final AtomicReference<String> reply = new AtomicReference<>("");
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    public FakeLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    public void reply(String text) {
        reply.set(text);
    }

    public void mode(Mode m) {
        mode.set(m);
    }

    /** The request bodies received, in order. */
    public List<JsonNode> requests() {
        return requests;
    }

    private void handle(HttpExchange ex) throws IOException {
        JsonNode body = json.readTree(ex.getRequestBody());
        requests.add(body);
        try (ex) {
            switch (mode.get()) {
                case STATUS_500 -> send(ex, 500, "application/json", "{\"error\":{\"message\":\"model crashed\"}}");
                case STALL -> {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                case STATUS_429 -> {
                    ex.getResponseHeaders().set("Retry-After", "20");
                    send(ex, 429, "application/json", "{\"error\":{\"message\":\"rate limit exceeded\"}}");
                }
                case TRICKLE -> trickle(ex);
                case NOT_JSON -> send(ex, 200, "application/json", "<html>proxy error</html>");
                default -> {
                    if (body.path("stream").asBoolean()) {
                        stream(ex, mode.get() == Mode.CUT_STREAM);
                    } else {
                        var out = json.createObjectNode();
                        out.put("id", "chatcmpl-1").put("object", "chat.completion");
                        out.putArray("choices")
                                .addObject()
                                .put("index", 0)
                                .put("finish_reason", "stop")
                                .putObject("message")
                                .put("role", "assistant")
                                .put("content", reply.get());
                        send(ex, 200, "application/json", out.toString());
                    }
                }
            }
        } catch (IOException e) {
            // the client gave up (a timeout test); nothing to answer
        }
    }

    /** Sends the reply a few characters per event, as a model streams tokens. */
    private void stream(HttpExchange ex, boolean cut) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        String text = reply.get();
        int step = 7;
        for (int i = 0; i < text.length(); i += step) {
            if (cut && i > text.length() / 2) {
                return; // the connection ends without [DONE]
            }
            var event = json.createObjectNode();
            event.putArray("choices")
                    .addObject()
                    .put("index", 0)
                    .putObject("delta")
                    .put("content", text.substring(i, Math.min(text.length(), i + step)));
            out.write(("data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void trickle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        for (int i = 0; i < 100; i++) {
            var event = json.createObjectNode();
            event.putArray("choices")
                    .addObject()
                    .put("index", 0)
                    .putObject("delta")
                    .put("content", "word ");
            out.write(("data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
