package dev.tidings.article;

import java.time.Instant;

/** Which articles a listing wants; null fields do not filter. */
public record ArticleFilter(Long sourceId, Instant since, Instant until) {

    public static ArticleFilter all() {
        return new ArticleFilter(null, null, null);
    }
}
