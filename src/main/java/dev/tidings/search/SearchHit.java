package dev.tidings.search;

import java.time.Instant;

/** One found article; {@code lexical}/{@code semantic} tell which rankings found it. */
public record SearchHit(
        String articleId,
        double score,
        Instant published,
        long sourceId,
        long storyId,
        boolean lexical,
        boolean semantic) {}
