package dev.tidings.web;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleId;
import dev.tidings.article.ArticleRepository;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import dev.tidings.story.RelatedArticles;
import dev.tidings.story.StoryRepository;
import io.javalin.http.Context;

/** {@code /{lang}/article/{id}}: the article in full, then hashtags, AI, comments and related coverage. */
final class ArticlePage {
    private static final int RELATED = 8;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final StoryRepository stories;
    private final RelatedArticles related;
    private final Templates templates;
    private final PageContexts pages;

    ArticlePage(
            ArticleRepository articles,
            SourceRepository sources,
            StoryRepository stories,
            RelatedArticles related,
            Templates templates,
            PageContexts pages) {
        this.articles = articles;
        this.sources = sources;
        this.stories = stories;
        this.related = related;
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
                related.of(id, RELATED),
                stories.storyOf(id).flatMap(stories::story).orElse(null));
        templates.render(ctx, "article.jte", view);
    }
}
