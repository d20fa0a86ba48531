package dev.tidings.ai;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The optional language model: an OpenAI-compatible chat-completions endpoint ({@code
 * TIDINGS_LLM_URL}, {@code TIDINGS_LLM_MODEL}, {@code TIDINGS_LLM_API_KEY}), how long a call may
 * take ({@code TIDINGS_LLM_TIMEOUT_SECONDS}) and how many calls the nodes together may make per
 * minute ({@code TIDINGS_LLM_CALLS_PER_MINUTE}). Without a URL and model only the built-in
 * methods run.
 */
public record AiSettings(URI llmUrl, String model, String apiKey, Duration timeout, int callsPerMinute) {

    public static AiSettings none() {
        return new AiSettings(null, null, null, Duration.ofSeconds(20), 30);
    }

    public static AiSettings fromEnv(Map<String, String> env) {
        String url = env.get("TIDINGS_LLM_URL");
        String model = env.get("TIDINGS_LLM_MODEL");
        Duration timeout = Duration.ofSeconds(number(env, "TIDINGS_LLM_TIMEOUT_SECONDS", 20));
        int perMinute = number(env, "TIDINGS_LLM_CALLS_PER_MINUTE", 30);
        if (url == null || url.isBlank() || model == null || model.isBlank()) {
            return new AiSettings(null, null, null, timeout, perMinute);
        }
        return new AiSettings(
                chatEndpoint(url.strip()), model.strip(), env.get("TIDINGS_LLM_API_KEY"), timeout, perMinute);
    }

    public boolean llmEnabled() {
        return llmUrl != null;
    }

    /** The chat-completions address under a base URL. */
    public static URI chatEndpointOf(URI base) {
        return chatEndpoint(base.toString());
    }

    /** Accepts a base URL ({@code http://host:11434/v1}) or the full chat-completions address. */
    static URI chatEndpoint(String url) {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return URI.create(u.endsWith("/chat/completions") ? u : u + "/chat/completions");
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String v = env.get(name);
        try {
            return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + v, e);
        }
    }
}
