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
        int errorCount) {

    /** How the last refresh went, as a reader says it ("no change"), or null before the first. */
    public String lastStatusInWords() {
        if (lastStatus == null) {
            return null;
        }
        return switch (lastStatus) {
            case RefreshOutcome.OK -> "fetched";
            case RefreshOutcome.NOT_MODIFIED -> "no change";
            case RefreshOutcome.ERROR -> "failed";
            default -> lastStatus;
        };
    }
}
