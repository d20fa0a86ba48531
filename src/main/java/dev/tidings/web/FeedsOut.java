package dev.tidings.web;

import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleRepository;
import dev.tidings.article.ArticleWindow;
import dev.tidings.search.ArticleSearch;
import dev.tidings.search.QuerySyntaxException;
import dev.tidings.search.SearchRequest;
import dev.tidings.source.Opml;
import dev.tidings.source.OpmlOutline;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import dev.tidings.story.Story;
import dev.tidings.story.StoryRepository;
import dev.tidings.tag.TagRepository;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@code /feeds/…}: RSS, Atom and JSON Feed of the latest articles, each outlet, each story, each
 * hashtag and any search; OPML of the sources.
 */
final class FeedsOut {
    static final int ITEMS = 50;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final Clock clock;
    private final StoryRepository stories;
    private final ArticleSearch search;
    private final SearchPage searchPage;
    private final TagRepository tags;

    FeedsOut(
            ArticleRepository articles,
            SourceRepository sources,
            Clock clock,
            StoryRepository stories,
            ArticleSearch search,
            SearchPage searchPage,
            TagRepository tags) {
        this.tags = tags;
        this.articles = articles;
        this.sources = sources;
        this.clock = clock;
        this.stories = stories;
        this.search = search;
        this.searchPage = searchPage;
    }

    /** {@code /feeds/story/{id}.rss|atom|json}: a story's coverage, newest first. */
    void story(Context ctx) {
        String file = ctx.pathParam("file");
        String id = stem(file);
        Story story;
        try {
            story = stories.story(Long.parseLong(id)).orElseThrow(() -> new NotFound("There is no such story."));
        } catch (NumberFormatException e) {
            throw new NotFound("There is no such story.");
        }
        FeedWriter.Format format = format(file, id);
        if (story.mergedInto() != null) {
            // its coverage now belongs to the story it was merged into: subscribers follow
            ctx.redirect(
                    "/feeds/story/" + story.mergedInto() + file.substring(id.length()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        List<ArticleCard> items = stories.window(story.id(), true, ArticleWindow.Position.START, ITEMS)
                .cards();
        send(
                ctx,
                format,
                story.title() + " — full coverage — Tidings",
                "Every outlet's coverage of: " + story.title(),
                story.path(),
                ctx.path(),
                items);
    }

    /** {@code /feeds/tag/{name}.rss|atom|json}: a hashtag's newest articles. */
    void tag(Context ctx) {
        String file = ctx.pathParam("file");
        String name = stem(file);
        String tag = tags.spelling(name).orElseThrow(() -> new NotFound("No article has the hashtag #" + name + "."));
        FeedWriter.Format format = format(file, name);
        List<ArticleCard> items = tags.articles(tag, ITEMS);
        send(
                ctx,
                format,
                "#" + tag + " — Tidings",
                "Articles tagged #" + tag,
                new Views.TagLink(tag).path(),
                ctx.path(),
                items);
    }

    /** {@code /feeds/search.rss|atom|json?q=…}: the newest matches of any search (with its filters). */
    void search(Context ctx) {
        String ext = ctx.path().substring(ctx.path().lastIndexOf('.') + 1);
        FeedWriter.Format format = FeedWriter.Format.byExtension(ext);
        SearchParams p = SearchParams.read(ctx);
        if (format == null || p.q().isEmpty()) {
            throw new NotFound("A search feed needs a query: /feeds/search.rss?q=words");
        }
        List<ArticleCard> items;
        try {
            var r = search.search(new SearchRequest(p.q(), p.filters(sources), SearchRequest.Order.NEWEST, 0, ITEMS));
            items = searchPage.items(r.hits(), Set.of()).stream()
                    .map(Views.SearchItem::card)
                    .toList();
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            ctx.status(400).contentType("text/plain; charset=utf-8").result(e.getMessage());
            return;
        }
        send(
                ctx,
                format,
                "Tidings — search: " + p.q(),
                "The newest articles matching: " + p.q(),
                "/search?" + p.queryString(1),
                ctx.path() + "?" + p.queryString(1),
                items);
    }

    /** {@code /feeds/latest.rss|atom|json}. */
    void latest(Context ctx) {
        FeedWriter.Format format = format(ctx.pathParam("file"), "latest");
        List<ArticleCard> items = articles.latest(ITEMS);
        send(ctx, format, "Tidings — latest", "The latest articles from every outlet", "/latest", ctx.path(), items);
    }

    /** {@code /feeds/source/{slug}.rss|atom|json}. */
    void source(Context ctx) {
        String file = ctx.pathParam("file");
        String slug = stem(file);
        Source source = sources.bySlug(slug).orElseThrow(() -> new NotFound("We follow no outlet by that name."));
        FeedWriter.Format format = format(file, slug);
        List<ArticleCard> items = articles.bySource(source.id(), ITEMS);
        send(
                ctx,
                format,
                source.title() + " — Tidings",
                "Articles from " + source.title(),
                "/source/" + slug,
                ctx.path(),
                items);
    }

    /** {@code /feeds/sources.opml}: every source, for another reader to import. */
    void opml(Context ctx) {
        List<OpmlOutline> outlines = sources.all().stream()
                .map(s -> new OpmlOutline(s.title(), s.feedUrl(), s.siteUrl(), s.category()))
                .toList();
        ctx.contentType("text/x-opml; charset=utf-8");
        ctx.result(Opml.write(outlines, "Tidings sources"));
    }

    /** The feed's name: its file name without the extension ({@code 12.rss} → {@code 12}). */
    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    private static FeedWriter.Format format(String file, String name) {
        FeedWriter.Format format = null;
        if (file.startsWith(name + ".")) {
            format = FeedWriter.Format.byExtension(file.substring(name.length() + 1));
        }
        if (format == null) {
            throw new NotFound("Feeds end in .rss, .atom or .json.");
        }
        return format;
    }

    private Instant updated(List<ArticleCard> items) {
        return items.isEmpty() ? clock.instant() : items.getFirst().publishedAt();
    }

    /**
     * Sends the feed of {@code items}, with its page on the site at {@code link} and itself at {@code
     * self} (both paths on this site).
     */
    private void send(
            Context ctx,
            FeedWriter.Format format,
            String title,
            String description,
            String link,
            String self,
            List<ArticleCard> items) {
        String base = ApiV1.baseUrl(ctx);
        var channel = new FeedWriter.Channel(title, description, base + link, base + self, updated(items));
        ctx.contentType(format.contentType);
        ctx.header("Cache-Control", "public, max-age=60");
        ctx.result(FeedWriter.write(format, channel, items, base));
    }
}
