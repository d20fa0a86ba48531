package dev.tidings.story;

import java.time.Instant;

/**
 * What the clusterer knows of one article: its outlet, when it was published (null when unknown),
 * its unit-length embedding and its weighted words.
 */
public record StoryFeatures(String articleId, String source, Instant published, float[] embedding, TermBag terms) {}
