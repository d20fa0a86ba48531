package dev.tidings.demo;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One fictional publisher: its identity, its feed, how it lays out URLs and pages. {@code
 * feedLinkQuery} is tracking the outlet appends to the article links in its feed, or null.
 */
record Outlet(
        String slug,
        String name,
        String tagline,
        ZoneId zone,
        FeedStyle feedStyle,
        String feedPath,
        String feedLinkQuery,
        ArticlePaths paths,
        OutletTemplate template) {

    /** Where an outlet puts an article on its site. */
    @FunctionalInterface
    interface ArticlePaths {
        String path(Outlet outlet, ArticleSource article, Instant published);
    }

    String articlePath(ArticleSource article, Instant published) {
        return paths.path(this, article, published);
    }
}
