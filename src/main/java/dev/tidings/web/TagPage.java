package dev.tidings.web;

import dev.tidings.article.ArticleWindow;
import dev.tidings.tag.TagRepository;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code /tag/{name}}: articles with a hashtag, newest first, and the tags most often seen with it. */
final class TagPage {
    private static final int RELATED = 12;
    private static final int MAX_NAME = 100;

    private final TagRepository tags;
    private final Templates templates;
    private final PageContexts pages;

    TagPage(TagRepository tags, Templates templates, PageContexts pages) {
        this.tags = tags;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        String name = ctx.pathParam("name");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new NotFound("That is not a hashtag.");
        }
        String spelling =
                tags.spelling(name).orElseThrow(() -> new NotFound("No article has the hashtag #" + name + "."));
        if (!spelling.equals(name)) {
            String query = ctx.queryString();
            var link = new Views.TagLink(spelling).path();
            ctx.redirect(query == null ? link : link + "?" + query, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        ArticleWindow window = tags.articles(name, Paging.position(ctx), Paging.PAGE_SIZE);
        var related = tags.related(name, RELATED).stream()
                .map(t -> new Views.TagLink(t.tag(), t.articles()))
                .toList();
        var view = new Views.TagPage(
                pages.now(ctx),
                spelling,
                tags.countArticles(name),
                window.cards(),
                Views.Pager.of(new Views.TagLink(spelling).path(), window),
                related);
        templates.render(ctx, "tag.jte", view);
    }
}
