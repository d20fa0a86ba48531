package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import io.javalin.http.Context;

/** The front page: the latest articles and the outlets. */
final class HomePage {
    static final int LATEST = 100;

    private final ArticleRepository articles;
    private final Outlets outlets;
    private final Templates templates;
    private final PageContexts pages;

    HomePage(ArticleRepository articles, Outlets outlets, Templates templates, PageContexts pages) {
        this.articles = articles;
        this.outlets = outlets;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        var view = new Views.Home(pages.now(ctx), articles.latest(LATEST, 0), outlets.all());
        templates.render(ctx, "home.jte", view);
    }
}
