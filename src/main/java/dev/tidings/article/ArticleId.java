package dev.tidings.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The public id of an article: a stable hash of its canonical URL (16 hex digits). */
public final class ArticleId {
    private ArticleId() {}

    public static String of(URI canonicalUrl) {
        return sha256Hex(canonicalUrl.toString()).substring(0, 16);
    }

    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the text looks like an article id, so routes can reject anything else early. */
    public static boolean isValid(String id) {
        return id != null && id.matches("[0-9a-f]{16}");
    }
}
