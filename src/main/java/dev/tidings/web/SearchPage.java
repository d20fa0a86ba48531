package dev.tidings.web;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleRepository;
import dev.tidings.search.ArticleSearch;
import dev.tidings.search.QuerySyntaxException;
import dev.tidings.search.SearchHit;
import dev.tidings.search.SearchRequest;
import dev.tidings.search.SearchResult;
import dev.tidings.search.Snippets;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /search}: the search form, results with highlighted snippets, a spelling suggestion, pages. */
final class SearchPage {
    static final int PAGE_SIZE = 20;
    private static final int SNIPPET_CHARS = 240;

    private final ArticleSearch search;
    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final Outlets outlets;
    private final Templates templates;
    private final PageContexts pages;

    SearchPage(
            ArticleSearch search,
            ArticleRepository articles,
            SourceRepository sources,
            Outlets outlets,
            Templates templates,
            PageContexts pages) {
        this.search = search;
        this.articles = articles;
        this.sources = sources;
        this.outlets = outlets;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        SearchParams params = SearchParams.read(ctx);
        int page = Math.min(Paging.page(ctx), ArticleSearch.MAX_WINDOW / PAGE_SIZE);
        SearchResult result = SearchResult.EMPTY;
        String error = null;
        try {
            var request = new SearchRequest(
                    params.q(), params.filters(sources), params.sortOrder(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
            result = search.search(request);
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            error = e.getMessage();
            ctx.status(400);
        }
        SearchParams anyWords = null;
        long anyWordsTotal = 0;
        if (error == null && result.total() == 0 && result.suggestion() == null) {
            String alternatives = anyOf(params.q());
            if (alternatives != null) {
                SearchResult any = search.search(
                        new SearchRequest(alternatives, params.filters(sources), params.sortOrder(), 0, 1));
                if (any.total() > 0) {
                    anyWords = params.withQuery(alternatives);
                    anyWordsTotal = any.total();
                }
            }
        }
        List<Views.SearchItem> items = items(result.hits(), result.query().positiveTokens());
        int lastPage = lastPage(result.total());
        boolean hasNext = page < lastPage;
        var view = new Views.SearchPage(
                pages.now(ctx),
                params,
                outlets.all(),
                items,
                result.total(),
                result.totalExact(),
                result.suggestion() == null ? null : params.withQuery(result.suggestion()),
                anyWords,
                anyWordsTotal,
                error,
                page,
                lastPage,
                hasNext);
        templates.render(ctx, "search.jte", view);
    }

    /** The last page a reader can reach that holds results of {@code total}; 1 when there are none. */
    static int lastPage(long total) {
        long reachable = Math.min(total, ArticleSearch.MAX_WINDOW);
        return (int) Math.max(1, (reachable + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /**
     * A query of plain words that found nothing as a whole, asked again as alternatives ("ferry
     * strike" → "ferry OR strike"); null when it has one word or any syntax of its own.
     */
    static String anyOf(String q) {
        List<String> words = List.of(q.strip().split("\\s+"));
        boolean plain = words.stream().allMatch(w -> w.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*") && !w.equals("OR"));
        return plain && words.size() > 1 ? String.join(" OR ", words) : null;
    }

    List<Views.SearchItem> items(List<SearchHit> hits, Set<String> tokens) {
        Map<Long, Optional<Source>> sourceCache = new HashMap<>();
        List<Views.SearchItem> out = new ArrayList<>();
        for (SearchHit hit : hits) {
            Optional<Article> found = articles.byId(hit.articleId());
            if (found.isEmpty()) {
                continue; // removed since it was indexed; the index follows shortly
            }
            Article a = found.get();
            Source s = sourceCache.computeIfAbsent(a.sourceId(), sources::byId).orElse(null);
            if (s == null) {
                continue;
            }
            var card = new ArticleCard(
                    a.id(),
                    a.language(),
                    a.title(),
                    a.lead(),
                    a.publishedAt(),
                    s.id(),
                    s.title(),
                    s.slug(),
                    a.opinion());
            String text = a.bodyText().isBlank() ? a.lead() : a.bodyText();
            out.add(new Views.SearchItem(
                    card,
                    Snippets.marked(a.title(), tokens),
                    Snippets.excerpt(text, tokens, SNIPPET_CHARS),
                    !hit.lexical()));
        }
        return out;
    }
}
