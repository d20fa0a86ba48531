package dev.tidings.web;

import io.javalin.http.Context;

/** {@code /topics}: what is rising now (as on the home page, more of it) and what was covered most this week. */
final class TopicsPage {
    private static final int TRENDING = 30;
    private static final int WEEK = 80;

    private final Topics topics;
    private final Templates templates;
    private final PageContexts pages;

    TopicsPage(Topics topics, Templates templates, PageContexts pages) {
        this.topics = topics;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        PageContext page = pages.now(ctx);
        var trending = HomePage.trending(topics, TRENDING);
        var week = topics.ofTheWeek(WEEK).stream()
                .map(t -> new Views.TagLink(t.tag(), t.articles()))
                .toList();
        templates.render(ctx, "topics.jte", new Views.TopicsPage(page, trending, week));
    }
}
