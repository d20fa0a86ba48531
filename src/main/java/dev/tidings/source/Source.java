package dev.tidings.source;

import java.net.URI;
import java.time.Instant;

/** A publisher's feed and how its last refresh went. */
public record Source(
        long id,
        URI feedUrl,
        URI siteUrl,
        String title,
        String slug,
        String category,
        boolean allowPrivateNetwork,
        boolean enabled,
        int intervalSeconds,
        String etag,
        String lastModified,
        Instant nextFetchAt,
        Instant lastFetchedAt,
        String lastStatus,
        String lastError,
        int errorCount) {}
