package dev.tidings.source;

import java.time.Instant;

/** One refresh of a source, as shown on its page. */
public record FetchLogEntry(
        Instant fetchedAt, String outcome, Integer httpStatus, long durationMs, int newEntries, String error) {}
