package dev.tidings.article;

import java.net.URI;
import java.time.Instant;

/**
 * A stored article: the publisher's text, cleaned, with where and when it came from; {@code opinion}
 * when the publisher marks it as opinion (a column, an editorial) rather than reporting.
 */
public record Article(
        String id,
        long sourceId,
        URI url,
        String title,
        String byline,
        String language,
        Instant publishedAt,
        Instant modifiedAt,
        Instant storedAt,
        URI imageUrl,
        String description,
        String lead,
        String bodyHtml,
        String bodyText,
        int wordCount,
        String contentHash,
        boolean opinion) {}
