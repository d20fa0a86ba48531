package dev.tidings.article;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque position in a listing ordered by time (articles newest first, or a story's oldest
 * first; stories by their latest coverage): the time of the last item seen and what breaks ties
 * in time (an article's internal sequence, a story's id). Stable while items arrive, unlike an
 * offset.
 */
public record Cursor(long publishedAt, long seq) {

    public String encode() {
        String raw = publishedAt + ":" + seq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Decodes a cursor; throws IllegalArgumentException for anything that is not one. */
    public static Cursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            String[] parts = raw.split(":", 2);
            return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid cursor: " + text, e);
        }
    }
}
