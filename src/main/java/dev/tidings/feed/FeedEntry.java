package dev.tidings.feed;

import java.net.URI;
import java.time.Instant;

/**
 * One item of a feed, as the publisher described it. Any field but {@code guid} may be null;
 * {@code guid} falls back to the link, then to a hash of the title and date.
 */
public record FeedEntry(
        String guid,
        URI url,
        String title,
        String summary,
        String contentHtml,
        String author,
        Instant published,
        Instant updated,
        URI imageUrl) {}
