package dev.tidings.source;

import java.net.URI;
import java.time.Instant;

/** A feed entry whose article page still has to be fetched and stored. */
public record PendingEntry(
        long id,
        long sourceId,
        boolean allowPrivateNetwork,
        String guid,
        URI url,
        String title,
        String summary,
        String contentHtml,
        String author,
        Instant published,
        int attempts) {}
