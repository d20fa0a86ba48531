package dev.tidings.web;

import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleRepository;
import io.javalin.http.Context;
import java.util.List;

/** {@code /latest}: every article, newest first, paginated. */
final class LatestPage {
    private final ArticleRepository articles;
    private final Templates templates;
    private final PageContexts pages;

    LatestPage(ArticleRepository articles, Templates templates, PageContexts pages) {
        this.articles = articles;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        int page = Paging.page(ctx);
        List<ArticleCard> cards = articles.latest(Paging.PAGE_SIZE + 1, Paging.offset(page));
        boolean hasNext = cards.size() > Paging.PAGE_SIZE;
        var view = new Views.ArticleList(
                pages.now(ctx),
                "Latest",
                hasNext ? cards.subList(0, Paging.PAGE_SIZE) : cards,
                new Views.Pager("/latest", page, hasNext),
                null,
                List.of());
        templates.render(ctx, "list.jte", view);
    }
}
