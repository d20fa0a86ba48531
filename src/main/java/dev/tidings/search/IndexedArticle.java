package dev.tidings.search;

import java.time.Instant;

/** What the index holds of one article; {@code storyId} is 0 until the article joins a story. */
public record IndexedArticle(String articleId, Instant published, long sourceId, long storyId, float[] embedding) {}
