package dev.tidings.article;

import java.time.Instant;

/** An article as lists show it: outlet, time, headline and lead. */
public record ArticleCard(
        String id,
        String language,
        String title,
        String lead,
        Instant publishedAt,
        long sourceId,
        String sourceTitle,
        String sourceSlug) {

    /** The path of our page for this article. */
    public String path() {
        return "/" + language + "/article/" + id;
    }
}
