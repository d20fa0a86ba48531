package dev.tidings.article;

/** What became of one feed entry. */
public sealed interface IngestOutcome {
    /** A new article was stored. */
    record Stored(String articleId) implements IngestOutcome {}

    /** The article (same URL or same text) was already stored under this id. */
    record Duplicate(String articleId) implements IngestOutcome {}

    /** Nothing stored; {@code retry} says whether trying again later may help. */
    record Failed(String reason, boolean retry) implements IngestOutcome {}
}
