package dev.tidings.article;

import java.time.Instant;

/** An article as lists show it: outlet, time, headline, lead and how many visible comments it has. */
public record ArticleCard(
        String id,
        String language,
        String title,
        String lead,
        Instant publishedAt,
        long sourceId,
        String sourceTitle,
        String sourceSlug,
        long commentCount) {

    /** A card whose query did not count comments. */
    public ArticleCard(
            String id,
            String language,
            String title,
            String lead,
            Instant publishedAt,
            long sourceId,
            String sourceTitle,
            String sourceSlug) {
        this(id, language, title, lead, publishedAt, sourceId, sourceTitle, sourceSlug, 0);
    }

    /** The path of our page for this article. */
    public String path() {
        return "/" + language + "/article/" + id;
    }
}
