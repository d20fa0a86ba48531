package dev.tidings.web;

import dev.tidings.account.Viewer;
import dev.tidings.ai.StorySummary;
import dev.tidings.article.ArticleId;
import dev.tidings.article.ArticleRepository;
import dev.tidings.article.ArticleSlice;
import dev.tidings.comment.CommentTarget;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Ordering;
import dev.tidings.story.Story;
import dev.tidings.story.StoryCard;
import dev.tidings.story.StoryRepository;
import dev.tidings.story.StorySlice;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/stories} (the top stories, as the home page ranks them; or with {@code
 * order=latest} every story, the most recently covered first, a page at a time by cursor), {@code
 * /api/v1/stories/{id}} (with the story page's cross-outlet summary) and an article's comments,
 * read-only.
 */
final class ApiStories {
    private final StoryRepository stories;
    private final ArticleRepository articles;
    private final Comments comments;
    private final StorySummaries summaries;
    private final RecentList<StoryCard> top;

    ApiStories(
            StoryRepository stories,
            ArticleRepository articles,
            StorySummaries summaries,
            Comments comments,
            RecentList<StoryCard> top) {
        this.stories = stories;
        this.summaries = summaries;
        this.articles = articles;
        this.comments = comments;
        this.top = top;
    }

    void list(Context ctx) {
        int limit = ApiV1.limit(ctx);
        String base = ApiV1.baseUrl(ctx);
        String order = ctx.queryParamAsClass("order", String.class).getOrDefault("top");
        if (order.equals("top")) {
            // a ranking whose scores move with time cannot be paged stably: one page of it
            if (ctx.queryParam("cursor") != null) {
                throw ApiProblem.badRequest("the top stories are one page; page with order=latest");
            }
            var items = top.first(limit).stream()
                    .map(c -> ApiModels.StoryItem.of(c.story(), c.outlets(), base))
                    .toList();
            Json.send(ctx, new ApiModels.StoryList(items, null));
            return;
        }
        if (!order.equals("latest")) {
            throw ApiProblem.badRequest("order must be top or latest, not " + order);
        }
        StorySlice page;
        try {
            page = stories.latest(ctx.queryParam("cursor"), limit);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        Map<Long, List<String>> outlets =
                stories.outlets(page.stories().stream().map(Story::id).toList());
        var items = page.stories().stream()
                .map(s -> ApiModels.StoryItem.of(s, outlets.getOrDefault(s.id(), List.of()), base))
                .toList();
        Json.send(ctx, new ApiModels.StoryList(items, page.nextCursor()));
    }

    void get(Context ctx) {
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("not a story id: " + raw);
        }
        Story story = stories.story(id).orElseThrow(() -> ApiProblem.notFound("no story with id " + raw));
        if (story.mergedInto() != null) {
            story = stories.story(story.mergedInto()).orElseThrow(() -> ApiProblem.notFound("no story with id " + raw));
        }
        String base = ApiV1.baseUrl(ctx);
        ArticleSlice page;
        try {
            page = stories.articles(story.id(), ctx.queryParam("cursor"), ApiV1.limit(ctx, ApiV1.MAX_LIMIT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        StorySummary summary = summaries.of(story.id());
        List<String> outlets = stories.outlets(List.of(story.id())).getOrDefault(story.id(), List.of());
        Json.send(
                ctx,
                new ApiModels.StoryDetail(
                        ApiModels.StoryItem.of(story, outlets, base),
                        summary == null ? null : ApiModels.StorySummaryModel.of(summary),
                        page.cards().stream()
                                .map(c -> ApiModels.ArticleItem.of(c, base))
                                .toList(),
                        page.nextCursor()));
    }

    void comments(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ArticleId.isValid(id) || articles.byId(id).isEmpty()) {
            throw ApiProblem.notFound("no article with id " + id);
        }
        Ordering order = Ordering.parse(ctx.queryParam("order"));
        var section = comments.section(CommentTarget.article(id), "", order, Viewer.anonymous(""), Paging.page(ctx));
        Json.send(
                ctx,
                new ApiModels.CommentList(
                        id,
                        section.count(),
                        order.param(),
                        section.items().stream().map(ApiModels.CommentNode::of).toList(),
                        section.page(),
                        section.pages()));
    }
}
