package dev.tidings.search;

/** One search: the query as typed, filters, order, and which slice of the ranking to return. */
public record SearchRequest(String query, SearchFilters filters, Order order, int offset, int limit) {
    /** Relevance fuses BM25 with the embeddings; newest is the lexical matches by published time. */
    public enum Order {
        RELEVANCE,
        NEWEST
    }

    public SearchRequest {
        filters = filters == null ? SearchFilters.NONE : filters;
        order = order == null ? Order.RELEVANCE : order;
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + ", " + limit);
        }
    }
}
