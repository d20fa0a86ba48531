package dev.tidings.web;

import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleRepository;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import io.javalin.http.Context;
import java.util.List;

/** {@code /source/{slug}}: an outlet, its fetch health, and its articles. */
final class SourcePage {
    private static final int HEALTH_FETCHES = 40;

    private final SourceRepository sources;
    private final ArticleRepository articles;
    private final Templates templates;
    private final PageContexts pages;

    SourcePage(SourceRepository sources, ArticleRepository articles, Templates templates, PageContexts pages) {
        this.sources = sources;
        this.articles = articles;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        Source source = sources.bySlug(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFound("We follow no outlet by that name."));
        int page = Paging.page(ctx);
        List<ArticleCard> cards = articles.bySource(source.id(), Paging.PAGE_SIZE + 1, Paging.offset(page));
        boolean hasNext = cards.size() > Paging.PAGE_SIZE;
        var outlet = new Views.Outlet(source, articles.countBySource(source.id()));
        var view = new Views.ArticleList(
                pages.now(ctx),
                source.title(),
                hasNext ? cards.subList(0, Paging.PAGE_SIZE) : cards,
                new Views.Pager("/source/" + source.slug(), page, hasNext),
                outlet,
                sources.recentFetches(source.id(), HEALTH_FETCHES));
        templates.render(ctx, "list.jte", view);
    }
}
