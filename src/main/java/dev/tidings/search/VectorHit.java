package dev.tidings.search;

import java.time.Instant;

/** A nearest-neighbour hit: the article, its similarity (cosine, -1..1) and its indexed fields. */
public record VectorHit(String articleId, double similarity, Instant published, long sourceId, long storyId) {}
