package dev.tidings.web;

import dev.tidings.ai.ArticleAi;
import dev.tidings.article.Article;
import dev.tidings.article.ArticleFilter;
import dev.tidings.article.ArticleId;
import dev.tidings.article.ArticleRepository;
import dev.tidings.article.ArticleSlice;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import dev.tidings.story.RelatedArticles;
import dev.tidings.story.StoryRepository;
import dev.tidings.tag.TagRepository;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code /api/v1}: read access to articles and outlets as JSON (documented in {@code /api/openapi.json}). */
final class ApiV1 {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final int RELATED = 8;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final Outlets outlets;
    private final RelatedArticles related;
    private final StoryRepository stories;
    private final TagRepository tags;
    private final ArticleAi ai;

    ApiV1(
            ArticleRepository articles,
            SourceRepository sources,
            Outlets outlets,
            RelatedArticles related,
            StoryRepository stories,
            TagRepository tags,
            ArticleAi ai) {
        this.articles = articles;
        this.sources = sources;
        this.outlets = outlets;
        this.related = related;
        this.stories = stories;
        this.tags = tags;
        this.ai = ai;
    }

    void listArticles(Context ctx) {
        Long sourceId = null;
        String outlet = ctx.queryParam("outlet");
        if (outlet != null) {
            sourceId = sources.bySlug(outlet)
                    .orElseThrow(() -> ApiProblem.badRequest("no outlet with slug " + outlet))
                    .id();
        }
        var filter = new ArticleFilter(sourceId, time(ctx, "since"), time(ctx, "until"));
        ArticleSlice slice;
        try {
            slice = articles.slice(filter, ctx.queryParam("cursor"), limit(ctx));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        String base = baseUrl(ctx);
        Json.send(
                ctx,
                new ApiModels.ArticleList(
                        slice.cards().stream()
                                .map(c -> ApiModels.ArticleItem.of(c, base))
                                .toList(),
                        slice.nextCursor()));
    }

    void getArticle(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ArticleId.isValid(id)) {
            throw ApiProblem.notFound("not an article id: " + id);
        }
        Article a = articles.byId(id).orElseThrow(() -> ApiProblem.notFound("no article with id " + id));
        Source s = sources.byId(a.sourceId()).orElseThrow();
        String base = baseUrl(ctx);
        // The same related coverage as the article page: the story's other outlets first.
        List<ApiModels.ArticleItem> coverage = related.of(id, RELATED).stream()
                .map(c -> ApiModels.ArticleItem.of(c, base))
                .toList();
        Json.send(
                ctx,
                ApiModels.ArticleDetail.of(
                        a,
                        s,
                        articles.alsoPublishedBy(id, s.id()),
                        tags.tagsOf(id),
                        ai.summary(id).map(ApiModels.SummaryModel::of).orElse(null),
                        stories.storyOf(id).orElse(null),
                        coverage,
                        base));
    }

    void listOutlets(Context ctx) {
        Json.send(
                ctx,
                new ApiModels.OutletList(
                        outlets.all().stream().map(ApiModels.Outlet::of).toList()));
    }

    void getOutlet(Context ctx) {
        String slug = ctx.pathParam("slug");
        Views.Outlet outlet = outlets.all().stream()
                .filter(o -> o.source().slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> ApiProblem.notFound("no outlet with slug " + slug));
        Json.send(ctx, ApiModels.Outlet.of(outlet));
    }

    static String baseUrl(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto");
        return (proto != null && proto.matches("https?") ? proto : ctx.scheme()) + "://" + ctx.host();
    }

    static int limit(Context ctx) {
        return limit(ctx, DEFAULT_LIMIT);
    }

    /** {@code ?limit=}, between 1 and {@link #MAX_LIMIT}; {@code otherwise} when absent. */
    static int limit(Context ctx, int otherwise) {
        String raw = ctx.queryParam("limit");
        if (raw == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n < 1 || n > MAX_LIMIT) {
                throw ApiProblem.badRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("limit must be a number, got " + raw);
        }
    }

    private static Instant time(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name + " must be an ISO-8601 time with offset, e.g. 2026-11-28T09:00:00Z");
        }
    }
}
