package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import dev.tidings.article.ArticleWindow;
import dev.tidings.story.StoryCard;
import io.javalin.http.Context;
import java.util.List;

/** The front page: top stories (with their outlets), then the latest articles, and the outlets. */
final class HomePage {
    /* The latest articles under the top stories; the rest are on /latest, a link away. */
    static final int LATEST = 20;
    static final int TOP = 12;
    static final int TRENDING = 12;
    /** The side bar names this many outlets at most (those with the most articles); the rest are a link away. */
    static final int OUTLETS = 20;

    private final ArticleRepository articles;
    private final RecentList<StoryCard> top;
    private final Outlets outlets;
    private final Templates templates;
    private final PageContexts pages;
    private final Topics topics;

    HomePage(
            ArticleRepository articles,
            RecentList<StoryCard> top,
            Outlets outlets,
            Topics topics,
            Templates templates,
            PageContexts pages) {
        this.articles = articles;
        this.topics = topics;
        this.top = top;
        this.outlets = outlets;
        this.templates = templates;
        this.pages = pages;
    }

    /** The hashtags rising fastest now, each with its articles in the trend window. */
    static List<Views.TagLink> trending(Topics topics, int limit) {
        return topics.rising(limit).stream()
                .map(t -> new Views.TagLink(t.tag(), t.recent()))
                .toList();
    }

    void handle(Context ctx) {
        PageContext page = pages.now(ctx);
        var trending = trending(topics, TRENDING);
        var all = outlets.all();
        ArticleWindow latest = articles.latest(ArticleWindow.Position.START, LATEST);
        String more = latest.older() == null ? null : Views.Pager.cursorLink("/latest", Paging.OLDER, latest.older());
        var view = new Views.Home(
                page, top.first(TOP), latest.cards(), more, Outlets.largest(all, OUTLETS), all.size(), trending);
        templates.render(ctx, "home.jte", view);
    }
}
