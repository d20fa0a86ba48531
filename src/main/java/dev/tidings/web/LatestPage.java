package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import dev.tidings.article.ArticleWindow;
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
        ArticleWindow window = articles.latest(Paging.position(ctx), Paging.PAGE_SIZE);
        var view = new Views.ArticleList(
                pages.now(ctx), "Latest", window.cards(), Views.Pager.of("/latest", window), null, List.of());
        templates.render(ctx, "list.jte", view);
    }
}
