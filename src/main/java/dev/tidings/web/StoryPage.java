package dev.tidings.web;

import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleWindow;
import dev.tidings.story.Story;
import dev.tidings.story.StoryCoverage;
import dev.tidings.story.StoryRepository;
import dev.tidings.story.StoryTimeline;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /story/{id}}: one story's coverage, with what all its outlets report and what only some
 * do; a story merged into another redirects there.
 */
final class StoryPage {
    private static final int TIMELINE_WIDTH = 720;
    /* A phone's timeline is drawn for its width, so its type is not shrunk to half size. */
    private static final int NARROW_TIMELINE_WIDTH = 360;

    private final StoryRepository stories;
    private final StorySummaries summaries;
    private final Templates templates;
    private final PageContexts pages;

    StoryPage(StoryRepository stories, StorySummaries summaries, Templates templates, PageContexts pages) {
        this.stories = stories;
        this.summaries = summaries;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        long id = NotFound.unlessNumber(ctx, "id", "That is not the address of a story.");
        Story story = stories.story(id).orElseThrow(() -> new NotFound("We have no story at this address."));
        if (story.mergedInto() != null) {
            ctx.redirect("/story/" + story.mergedInto(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        // Every article is drawn on the timeline (its size is bounded) and named among the
        // outlets, read without the articles themselves; the cards below come a page at a time.
        StoryCoverage coverage = stories.coverage(id);
        // the two drawings share most of their dots' cards: each is read once
        Map<Long, ArticleCard> read = new HashMap<>();
        Function<List<Long>, Map<Long, ArticleCard>> cards = seqs -> {
            read.putAll(stories.cardsBySeq(
                    seqs.stream().filter(seq -> !read.containsKey(seq)).toList()));
            return read;
        };
        StoryTimeline timeline = StoryTimeline.of(coverage, TIMELINE_WIDTH, cards);
        StoryTimeline narrow = StoryTimeline.of(coverage, NARROW_TIMELINE_WIDTH, cards);
        boolean newestFirst = "newest".equals(ctx.queryParam("order"));
        ArticleWindow window = stories.window(id, newestFirst, Paging.position(ctx), Paging.PAGE_SIZE);
        Views.Pager pager = newestFirst
                ? Views.Pager.of(story.path() + "?order=newest", window, true, "← Later", "Earlier →")
                : Views.Pager.of(story.path(), window, false, "← Earlier", "Later →");
        var view = new Views.StoryPage(
                pages.now(ctx),
                story,
                timeline.firstReport(),
                window.cards(),
                newestFirst,
                pager,
                coverage.outlets(),
                timeline,
                narrow,
                summaries.of(id, coverage));
        templates.render(ctx, "story.jte", view);
    }
}
