package dev.tidings.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A minimal HTTP client that keeps cookies like a browser and never follows redirects. */
final class Browserless {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    final Map<String, String> cookies = new LinkedHashMap<>();
    String lastCsrf;

    Browserless(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> r =
                send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            lastCsrf = m.group(1);
        }
        return r;
    }

    /** Posts a form with the CSRF token of the last page seen. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        var fields = new LinkedHashMap<>(form);
        if (lastCsrf != null) {
            fields.putIfAbsent("csrf", lastCsrf);
        }
        return postRaw(path, fields, Map.of());
    }

    /**
     * Posts a comment form ({@code target}, {@code body}, perhaps {@code parent}) as the page's form
     * does and returns the new comment's id, from the address it leads back to ({@code …#c-ID}).
     */
    long comment(Map<String, String> form) {
        var r = post("/comments", form);
        if (r.statusCode() != 303) {
            throw new AssertionError("posting " + form + " answered " + r.statusCode() + ":\n" + r.body());
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        if (!location.contains("#c-")) {
            throw new AssertionError("a posted comment led to " + location + ", not to the comment");
        }
        return Long.parseLong(location.substring(location.indexOf("#c-") + 3));
    }

    HttpResponse<String> postRaw(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(builder, headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, Map<String, String> headers) {
        headers.forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || set.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
