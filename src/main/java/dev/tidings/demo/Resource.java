package dev.tidings.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** One rendered response body of an outlet's site, with the validators a conditional GET compares. */
record Resource(byte[] body, String contentType, String etag, Instant lastModified) {

    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String SVG = "image/svg+xml; charset=utf-8";

    static Resource of(String body, String contentType, Instant lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Resource(bytes, contentType, etagOf(bytes), lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
