package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import dev.tidings.story.TopStories;
import dev.tidings.tag.TagRepository;
import io.javalin.http.Context;
import java.time.Duration;

/** The front page: top stories (with their outlets), then the latest articles, and the outlets. */
final class HomePage {
    static final int LATEST = 100;
    static final int TOP = 12;
    static final int TRENDING = 12;
    /** Trending compares the last hours with the week before them. */
    static final Duration TREND_WINDOW = Duration.ofHours(12);

    static final Duration TREND_BASELINE = Duration.ofDays(7);

    private final ArticleRepository articles;
    private final TopStories top;
    private final Outlets outlets;
    private final Templates templates;
    private final PageContexts pages;
    private final TagRepository tags;

    HomePage(
            ArticleRepository articles,
            TopStories top,
            Outlets outlets,
            TagRepository tags,
            Templates templates,
            PageContexts pages) {
        this.articles = articles;
        this.tags = tags;
        this.top = top;
        this.outlets = outlets;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        PageContext page = pages.now(ctx);
        var trending = tags.trending(page.now(), TREND_WINDOW, TREND_BASELINE, TRENDING).stream()
                .map(t -> new Views.TagLink(t.tag(), t.recent()))
                .toList();
        var view = new Views.Home(page, top.top(page.now(), TOP), articles.latest(LATEST, 0), outlets.all(), trending);
        templates.render(ctx, "home.jte", view);
    }
}
