package dev.tidings.web;

import dev.tidings.ai.ArticleAi;
import dev.tidings.ai.Passage;
import dev.tidings.ai.StorySummary;
import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleRepository;
import dev.tidings.story.Story;
import dev.tidings.story.StoryRepository;
import dev.tidings.story.StoryTimeline;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code /story/{id}}: one story's coverage, with what all its outlets report and what only some
 * do; a story merged into another redirects there.
 */
final class StoryPage {
    private static final int TIMELINE_WIDTH = 720;
    /** The summary reads at most this many articles (the earliest), so a huge story stays cheap. */
    private static final int SUMMARY_ARTICLES = 12;

    private final StoryRepository stories;
    private final ArticleRepository articleRepository;
    private final ArticleAi ai;
    private final Templates templates;
    private final PageContexts pages;

    StoryPage(
            StoryRepository stories,
            ArticleRepository articleRepository,
            ArticleAi ai,
            Templates templates,
            PageContexts pages) {
        this.stories = stories;
        this.articleRepository = articleRepository;
        this.ai = ai;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFound("That is not the address of a story.");
        }
        Story story = stories.story(id).orElseThrow(() -> new NotFound("We have no story at this address."));
        if (story.mergedInto() != null) {
            ctx.redirect("/story/" + story.mergedInto(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        List<ArticleCard> articles = stories.articles(id);
        List<String> outlets = List.copyOf(new LinkedHashSet<>(
                articles.stream().map(ArticleCard::sourceTitle).toList()));
        var view = new Views.StoryPage(
                pages.now(ctx),
                story,
                articles,
                outlets,
                StoryTimeline.of(articles, TIMELINE_WIDTH),
                outlets.size() > 1 ? summary(id, articles) : null);
        templates.render(ctx, "story.jte", view);
    }

    private StorySummary summary(long storyId, List<ArticleCard> cards) {
        List<Passage> coverage = cards.stream()
                .limit(SUMMARY_ARTICLES)
                .flatMap(c -> articleRepository.byId(c.id()).stream()
                        .map(a -> new Passage(c.sourceTitle(), a.title(), a.bodyText())))
                .toList();
        return ai.summarizeStory(storyId, coverage);
    }
}
