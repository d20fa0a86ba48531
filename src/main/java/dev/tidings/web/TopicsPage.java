package dev.tidings.web;

import dev.tidings.tag.TagRepository;
import io.javalin.http.Context;
import java.time.Duration;

/** {@code /topics}: what is rising now (as on the home page, more of it) and what was covered most this week. */
final class TopicsPage {
    private static final int TRENDING = 30;
    private static final int WEEK = 80;
    /** A hashtag on a single article is that article's, not a topic. */
    private static final int TOPIC_ARTICLES = 2;

    private static final Duration WEEK_SPAN = Duration.ofDays(7);

    private final TagRepository tags;
    private final Templates templates;
    private final PageContexts pages;

    TopicsPage(TagRepository tags, Templates templates, PageContexts pages) {
        this.tags = tags;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        PageContext page = pages.now(ctx);
        var trending = HomePage.trending(tags, page.now(), TRENDING);
        var week = tags.mostCovered(page.now().minus(WEEK_SPAN), TOPIC_ARTICLES, WEEK).stream()
                .map(t -> new Views.TagLink(t.tag(), t.articles()))
                .toList();
        templates.render(ctx, "topics.jte", new Views.TopicsPage(page, trending, week));
    }
}
