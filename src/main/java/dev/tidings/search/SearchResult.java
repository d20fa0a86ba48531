package dev.tidings.search;

import java.util.List;

/**
 * A page of results. {@code total} counts matches (at least that many when {@code totalExact} is
 * false); {@code suggestion} is a respelled query when the words found nothing, else null.
 */
public record SearchResult(ParsedQuery query, List<SearchHit> hits, long total, boolean totalExact, String suggestion) {
    public static final SearchResult EMPTY = new SearchResult(ParsedQuery.EMPTY, List.of(), 0, true, null);
}
