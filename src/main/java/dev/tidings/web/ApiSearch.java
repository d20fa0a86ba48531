package dev.tidings.web;

import dev.tidings.search.ArticleSearch;
import dev.tidings.search.QuerySyntaxException;
import dev.tidings.search.SearchRequest;
import dev.tidings.search.SearchResult;
import dev.tidings.source.SourceRepository;
import io.javalin.http.Context;

/** {@code /api/v1/search}: the search page's search as JSON, paged by {@code offset} and {@code limit}. */
final class ApiSearch {
    private final ArticleSearch search;
    private final SourceRepository sources;
    private final SearchPage page;

    ApiSearch(ArticleSearch search, SourceRepository sources, SearchPage page) {
        this.search = search;
        this.sources = sources;
        this.page = page;
    }

    void handle(Context ctx) {
        SearchParams p = SearchParams.read(ctx);
        if (p.q().isEmpty()) {
            throw ApiProblem.badRequest("q is required: the words to search for");
        }
        int limit = ApiV1.limit(ctx);
        int offset = offset(ctx);
        SearchResult r;
        try {
            r = search.search(new SearchRequest(p.q(), p.filters(sources), p.sortOrder(), offset, limit));
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        String base = ApiV1.baseUrl(ctx);
        var items = page.items(r.hits(), r.query().positiveTokens()).stream()
                .map(i -> ApiModels.SearchItem.of(i, base))
                .toList();
        long reachable = Math.min(r.total(), ArticleSearch.MAX_WINDOW);
        Integer next = offset + limit < reachable ? offset + limit : null;
        Json.send(ctx, new ApiModels.SearchResults(p.q(), items, r.total(), r.totalExact(), r.suggestion(), next));
    }

    private static int offset(Context ctx) {
        String raw = ctx.queryParam("offset");
        if (raw == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n < 0 || n >= ArticleSearch.MAX_WINDOW) {
                throw ApiProblem.badRequest(
                        "offset must be between 0 and " + (ArticleSearch.MAX_WINDOW - 1) + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("offset must be a number, got " + raw);
        }
    }
}
