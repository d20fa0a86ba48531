package dev.tidings.web;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleId;
import dev.tidings.article.ArticleRepository;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import dev.tidings.tag.TagRepository;
import io.javalin.http.Context;

/** {@code /{lang}/article/{id}}: the article in full, then hashtags, AI, comments and related coverage. */
final class ArticlePage {
    private static final int RELATED = 8;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final Templates templates;
    private final PageContexts pages;
    private final TagRepository tags;

    ArticlePage(
            ArticleRepository articles,
            SourceRepository sources,
            TagRepository tags,
            Templates templates,
            PageContexts pages) {
        this.articles = articles;
        this.tags = tags;
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
        var view = new Views.ArticlePage(
                pages.now(),
                article,
                source,
                articles.alsoPublishedBy(id, source.id()),
                articles.recentFromOtherSources(source.id(), article.publishedAt(), RELATED),
                tags.tagsOf(id).stream().map(Views.TagLink::new).toList());
        templates.render(ctx, "article.jte", view);
    }
}
