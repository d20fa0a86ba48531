package dev.tidings.search;

import java.time.Instant;
import java.util.Locale;

/** Optional restrictions of a search: one outlet, one hashtag, one language, a published-time range. */
public record SearchFilters(Long sourceId, String hashtag, String language, Instant from, Instant to) {
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null);

    public SearchFilters {
        hashtag = hashtag == null || hashtag.isBlank() ? null : hashtag.strip();
        language =
                language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }
}
