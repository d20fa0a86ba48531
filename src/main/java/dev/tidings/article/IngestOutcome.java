package dev.tidings.article;

import java.time.Duration;

/** What became of one feed entry. */
public sealed interface IngestOutcome {
    /**
     * A new article was stored. {@code replaced} is the id of a near-duplicate stored earlier but
     * published later, which this one replaced as the original (null when none).
     */
    record Stored(String articleId, String replaced) implements IngestOutcome {
        public Stored(String articleId) {
            this(articleId, null);
        }
    }

    /** The article (same URL, same text, or nearly the same text) was already stored under this id. */
    record Duplicate(String articleId) implements IngestOutcome {}

    /**
     * Nothing stored; {@code retry} says whether trying again later may help, and {@code
     * retryAfter} (may be null) when the publisher asked to be left alone until.
     */
    record Failed(String reason, boolean retry, Duration retryAfter) implements IngestOutcome {
        public Failed(String reason, boolean retry) {
            this(reason, retry, null);
        }
    }
}
