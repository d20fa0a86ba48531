package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import dev.tidings.story.TopStories;
import io.javalin.http.Context;

/** The front page: top stories (with their outlets), then the latest articles, and the outlets. */
final class HomePage {
    static final int LATEST = 100;
    static final int TOP = 12;

    private final ArticleRepository articles;
    private final TopStories top;
    private final Outlets outlets;
    private final Templates templates;
    private final PageContexts pages;

    HomePage(ArticleRepository articles, TopStories top, Outlets outlets, Templates templates, PageContexts pages) {
        this.articles = articles;
        this.top = top;
        this.outlets = outlets;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        PageContext page = pages.now(ctx);
        var view = new Views.Home(page, top.top(page.now(), TOP), articles.latest(LATEST, 0), outlets.all());
        templates.render(ctx, "home.jte", view);
    }
}
