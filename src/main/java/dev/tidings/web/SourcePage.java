package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import dev.tidings.article.ArticleWindow;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import io.javalin.http.Context;

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
        ArticleWindow window = articles.bySource(source.id(), Paging.position(ctx), Paging.PAGE_SIZE);
        var outlet = new Views.Outlet(source, articles.countBySource(source.id()));
        var view = new Views.ArticleList(
                pages.now(ctx),
                source.title(),
                window.cards(),
                Views.Pager.of("/source/" + source.slug(), window),
                outlet,
                sources.recentFetches(source.id(), HEALTH_FETCHES));
        templates.render(ctx, "list.jte", view);
    }
}
