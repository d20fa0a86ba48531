package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import dev.tidings.story.TopStories;
import dev.tidings.tag.TagRepository;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

    /** The hashtags rising fastest now, each with its articles in the trend window. */
    static List<Views.TagLink> trending(TagRepository tags, Instant now, int limit) {
        return tags.trending(now, TREND_WINDOW, TREND_BASELINE, limit).stream()
                .map(t -> new Views.TagLink(t.tag(), t.recent()))
                .toList();
    }

    void handle(Context ctx) {
        PageContext page = pages.now(ctx);
        var trending = trending(tags, page.now(), TRENDING);
        var view = new Views.Home(page, top.top(page.now(), TOP), articles.latest(LATEST, 0), outlets.all(), trending);
        templates.render(ctx, "home.jte", view);
    }
}
