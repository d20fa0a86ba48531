package dev.tidings.web;

import dev.tidings.ai.Answer;
import dev.tidings.ai.ArticleAi;
import dev.tidings.ai.Passage;
import dev.tidings.ai.Rewrite;
import dev.tidings.article.Article;
import dev.tidings.article.ArticleId;
import dev.tidings.article.ArticleRepository;
import dev.tidings.comment.CommentSection;
import dev.tidings.comment.CommentTarget;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Ordering;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import dev.tidings.story.RelatedArticles;
import dev.tidings.story.StoryRepository;
import dev.tidings.tag.TagRepository;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** {@code /{lang}/article/{id}}: the article in full, then hashtags, AI, comments and related coverage. */
final class ArticlePage {
    private static final int RELATED = 8;
    private static final int OTHER_COVERAGE = 6;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final ArticleAi ai;
    private final StoryRepository stories;
    private final RelatedArticles related;
    private final Templates templates;
    private final PageContexts pages;
    private final Comments comments;
    private final TagRepository tags;

    ArticlePage(
            ArticleRepository articles,
            SourceRepository sources,
            ArticleAi ai,
            StoryRepository stories,
            RelatedArticles related,
            Templates templates,
            PageContexts pages,
            Comments comments,
            TagRepository tags) {
        this.articles = articles;
        this.comments = comments;
        this.tags = tags;
        this.sources = sources;
        this.ai = ai;
        this.stories = stories;
        this.related = related;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        Article article = find(ctx);
        if (article != null) {
            render(ctx, article, null, null, null, null);
        }
    }

    /** The article at this address, or null after redirecting to its canonical language path. */
    Article find(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ArticleId.isValid(id)) {
            throw new NotFound("That is not the address of an article.");
        }
        Article article = articles.byId(id).orElseThrow(() -> new NotFound("We have no article at this address."));
        if (!article.language().equals(ctx.pathParam("lang"))) {
            String rest = ctx.path().substring(ctx.path().indexOf("/article/" + id) + ("/article/" + id).length());
            String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
            ctx.redirect(
                    "/" + article.language() + "/article/" + id + rest + query,
                    io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return null;
        }
        return article;
    }

    /** Other outlets' articles in this article's story (syndicated copies included), for answering questions. */
    List<Passage> otherCoverage(Article article) {
        return stories.storyOf(article.id())
                .map(story -> stories.acrossOutlets(story, article.sourceId(), OTHER_COVERAGE).stream()
                        .flatMap(c -> articles.byId(c.id()).stream()
                                .map(a -> new Passage(c.sourceTitle(), a.title(), a.bodyText(), a.opinion())))
                        .toList())
                .orElse(List.of());
    }

    String outlet(Article article) {
        return sources.byId(article.sourceId()).map(Source::title).orElse("");
    }

    /** Renders the page, with an answer, a rewrite or a notice in its AI section when given. */
    void render(Context ctx, Article article, String question, Answer answer, Rewrite rewrite, String notice) {
        Source source = sources.byId(article.sourceId()).orElseThrow();
        String reader = readerLanguage(ctx);
        boolean translatable = ai.llmEnabled() && reader != null && !reader.equals(article.language());
        var aiView = new Views.Ai(
                ai.summary(article.id()).orElse(null),
                question,
                answer,
                ai.llmEnabled(),
                rewrite,
                notice,
                translatable ? reader : null,
                translatable ? Locale.forLanguageTag(reader).getDisplayLanguage(Locale.ENGLISH) : null);
        PageContext page = pages.now(ctx);
        CommentSection discussion = comments.section(
                CommentTarget.article(article.id()),
                "/" + article.language() + "/article/" + article.id(),
                Ordering.parse(ctx.queryParam("order")),
                page.viewer(),
                Paging.page(ctx, "cpage"));
        var view = new Views.ArticlePage(
                page,
                article,
                source,
                articles.alsoPublishedBy(article.id(), source.id()),
                related.listed(article.id(), RELATED),
                aiView,
                discussion,
                stories.storyOf(article.id()).flatMap(stories::story).orElse(null),
                tags.tagsOf(article.id()).stream().map(Views.TagLink::new).toList());
        templates.render(ctx, "article.jte", view);
    }

    /** The primary language of the reader's first Accept-Language choice, if any. */
    static String readerLanguage(Context ctx) {
        String header = ctx.header("Accept-Language");
        if (header == null || header.isBlank()) {
            return null;
        }
        String first = header.split(",")[0].split(";")[0].strip();
        String lang = Locale.forLanguageTag(first).getLanguage();
        return lang.isEmpty() || first.equals("*") ? null : lang;
    }
}
