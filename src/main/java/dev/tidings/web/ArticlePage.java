package dev.tidings.web;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleId;
import dev.tidings.article.ArticleRepository;
import dev.tidings.comment.CommentSection;
import dev.tidings.comment.CommentTarget;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Ordering;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import io.javalin.http.Context;

/** {@code /{lang}/article/{id}}: the article in full, then hashtags, AI, comments and related coverage. */
final class ArticlePage {
    private static final int RELATED = 8;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final Templates templates;
    private final PageContexts pages;
    private final Comments comments;

    ArticlePage(
            ArticleRepository articles,
            SourceRepository sources,
            Templates templates,
            PageContexts pages,
            Comments comments) {
        this.articles = articles;
        this.comments = comments;
        this.sources = sources;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ArticleId.isValid(id)) {
            throw new NotFound("That is not the address of an article.");
        }
        Article article = articles.byId(id).orElseThrow(() -> new NotFound("We have no article at this address."));
        if (!article.language().equals(ctx.pathParam("lang"))) {
            ctx.redirect("/" + article.language() + "/article/" + id, io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Source source = sources.byId(article.sourceId()).orElseThrow();
        PageContext page = pages.now(ctx);
        CommentSection discussion = comments.section(
                CommentTarget.article(id), ctx.path(), Ordering.parse(ctx.queryParam("order")), page.viewer());
        var view = new Views.ArticlePage(
                page,
                article,
                source,
                articles.alsoPublishedBy(id, source.id()),
                articles.recentFromOtherSources(source.id(), article.publishedAt(), RELATED),
                discussion);
        templates.render(ctx, "article.jte", view);
    }
}
