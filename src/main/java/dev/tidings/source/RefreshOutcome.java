package dev.tidings.source;

import java.net.URI;
import java.time.Instant;

/** What one refresh of a feed did, ready to be recorded on the source. */
record RefreshOutcome(
        String status,
        Integer httpStatus,
        String error,
        int errorCount,
        String etag,
        String lastModified,
        Instant fetchedAt,
        Instant nextFetchAt,
        long durationMs,
        int newEntries,
        String feedTitle,
        URI siteUrl) {

    static final String OK = "ok";
    static final String NOT_MODIFIED = "not_modified";
    static final String ERROR = "error";
}
