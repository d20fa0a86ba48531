package dev.tidings.story;

import java.time.Instant;

/**
 * A story as readers see it: its representative headline, the article that headline comes from,
 * the span of its coverage and how many articles and outlets cover it. {@code mergedInto} is set
 * when another story absorbed this one (its address then redirects).
 */
public record Story(
        long id,
        String title,
        String leadArticleId,
        Instant firstPublished,
        Instant lastPublished,
        int articleCount,
        int outletCount,
        Long mergedInto) {

    public String path() {
        return "/story/" + id;
    }
}
