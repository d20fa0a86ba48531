package dev.tidings.web;

import dev.tidings.article.ArticleWindow;
import dev.tidings.article.Cursor;
import dev.tidings.tag.TagRepository;
import io.javalin.http.Context;
import java.util.List;

/** {@code /api/v1/hashtags/{name}} (its articles, newest first, a page at a time by cursor) and {@code /api/v1/trending}. */
final class ApiTags {
    private final TagRepository tags;
    private final Topics topics;

    ApiTags(TagRepository tags, Topics topics) {
        this.tags = tags;
        this.topics = topics;
    }

    void hashtag(Context ctx) {
        String name = ctx.pathParam("name");
        String tag = tags.spelling(name).orElseThrow(() -> ApiProblem.notFound("no article has the hashtag " + name));
        String base = ApiV1.baseUrl(ctx);
        String cursor = ctx.queryParam("cursor");
        ArticleWindow page;
        try {
            var at = cursor == null
                    ? ArticleWindow.Position.START
                    : ArticleWindow.Position.olderThan(Cursor.decode(cursor));
            page = tags.articles(tag, at, ApiV1.limit(ctx));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        var items = page.cards().stream()
                .map(c -> ApiModels.ArticleItem.of(c, base))
                .toList();
        List<ApiModels.TagCount> related = tags.related(tag, 10).stream()
                .map(t -> new ApiModels.TagCount(t.tag(), t.articles()))
                .toList();
        Json.send(ctx, new ApiModels.Hashtag(tag, tags.countArticles(tag), items, page.older(), related));
    }

    void trending(Context ctx) {
        var items = topics.rising(ApiV1.limit(ctx)).stream()
                .map(t -> new ApiModels.Trend(t.tag(), t.recent(), t.expected(), t.score()))
                .toList();
        Json.send(ctx, new ApiModels.TrendList(items));
    }
}
