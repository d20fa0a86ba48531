package dev.tidings.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A client for an OpenAI-compatible {@code /chat/completions} endpoint (Ollama, llama.cpp's
 * server, vLLM, hosted APIs), plain or streamed as server-sent events. Every call has one
 * deadline for the whole exchange, streamed body included.
 */
final class LlmClient {
    /** One chat message. */
    record Message(String role, String content) {}

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("llm-deadline").factory());

    private final URI endpoint;
    private final String model;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    LlmClient(URI endpoint, String model, String apiKey, Duration timeout) {
        this.endpoint = endpoint;
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    String model() {
        return model;
    }

    /** The reply's text. */
    String complete(List<Message> messages) throws LlmException {
        return exchange(messages, false, null);
    }

    /** Streams the reply, handing each piece of text to {@code onDelta}; returns the whole text. */
    String stream(List<Message> messages, Consumer<String> onDelta) throws LlmException {
        return exchange(messages, true, onDelta);
    }

    private String exchange(List<Message> messages, boolean stream, Consumer<String> onDelta) throws LlmException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(messages, stream), StandardCharsets.UTF_8));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new LlmException("no reply from " + endpoint + " within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new LlmException("cannot reach " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while calling " + endpoint, e);
        }
        InputStream in = response.body();
        // The request timeout covers only the headers; this closes a body that trickles past the deadline.
        // Marked before closing: the reader can see the close before the scheduled task counts as done.
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = DEADLINES.schedule(
                () -> {
                    expired.set(true);
                    closeQuietly(in);
                },
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        try (in) {
            if (response.statusCode() / 100 != 2) {
                String text = new String(in.readNBytes(500), StandardCharsets.UTF_8);
                throw new LlmException("status " + response.statusCode() + " from " + endpoint + ": " + text.strip());
            }
            return stream ? readEvents(in, onDelta) : readCompletion(in);
        } catch (IOException e) {
            if (expired.get()) {
                throw new LlmException("reply from " + endpoint + " took longer than " + timeout.toSeconds() + " s", e);
            }
            throw new LlmException("reading the reply from " + endpoint + " failed: " + e.getMessage(), e);
        } finally {
            deadline.cancel(false);
        }
    }

    private String body(List<Message> messages, boolean stream) {
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        body.put("stream", stream);
        body.put("temperature", 0.2);
        var array = body.putArray("messages");
        for (Message m : messages) {
            array.addObject().put("role", m.role()).put("content", m.content());
        }
        return body.toString();
    }

    private String readCompletion(InputStream in) throws IOException, LlmException {
        JsonNode reply;
        try {
            reply = json.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new LlmException("the reply from " + endpoint + " is not JSON", e);
        }
        JsonNode content = reply.path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw new LlmException("the reply from " + endpoint + " has no choices[0].message.content");
        }
        return content.asText();
    }

    private String readEvents(InputStream in, Consumer<String> onDelta) throws IOException, LlmException {
        StringBuilder text = new StringBuilder();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean done = false;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.startsWith("data:")) {
                continue;
            }
            String data = line.substring(5).strip();
            if (data.equals("[DONE]")) {
                done = true;
                break;
            }
            JsonNode event;
            try {
                event = json.readTree(data);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new LlmException("a streamed event from " + endpoint + " is not JSON: " + data, e);
            }
            if (event.has("error")) {
                throw new LlmException("the stream from " + endpoint + " reported an error: " + event.get("error"));
            }
            JsonNode delta = event.path("choices").path(0).path("delta").path("content");
            if (delta.isTextual() && !delta.asText().isEmpty()) {
                text.append(delta.asText());
                onDelta.accept(delta.asText());
            }
        }
        if (!done) {
            throw new LlmException("the stream from " + endpoint + " ended without [DONE]");
        }
        return text.toString();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing is how the deadline interrupts the read; a failure here changes nothing
        }
    }
}
