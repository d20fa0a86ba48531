package dev.tidings.demo;

import java.util.List;

/**
 * One article file, parsed. {@code event} and {@code syndication} are null when the file leaves them
 * out.
 */
record ArticleSource(
        String fileName,
        String outletSlug,
        String slug,
        String title,
        String byline,
        String section,
        String event,
        double hoursAgo,
        String dek,
        Syndication syndication,
        List<Block> body) {

    ArticleSource {
        body = List.copyOf(body);
    }

    /** The {@code also:} line: another outlet republishes the text that many hours later. */
    record Syndication(String outletSlug, double delayHours) {}
}
