package dev.tidings.web;

import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleRepository;
import dev.tidings.source.Opml;
import dev.tidings.source.OpmlOutline;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@code /feeds/…}: RSS, Atom and JSON Feed of the latest articles and of each outlet; OPML of the sources. */
final class FeedsOut {
    static final int ITEMS = 50;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final Clock clock;

    FeedsOut(ArticleRepository articles, SourceRepository sources, Clock clock) {
        this.articles = articles;
        this.sources = sources;
        this.clock = clock;
    }

    /** {@code /feeds/latest.rss|atom|json}. */
    void latest(Context ctx) {
        FeedWriter.Format format = format(ctx.pathParam("file"), "latest");
        String base = ApiV1.baseUrl(ctx);
        List<ArticleCard> items = articles.latest(ITEMS, 0);
        var channel = new FeedWriter.Channel(
                "Tidings — latest",
                "The latest articles from every outlet",
                base + "/latest",
                base + ctx.path(),
                updated(items));
        send(ctx, format, channel, items, base);
    }

    /** {@code /feeds/source/{slug}.rss|atom|json}. */
    void source(Context ctx) {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String slug = dot < 0 ? file : file.substring(0, dot);
        Source source = sources.bySlug(slug).orElseThrow(() -> new NotFound("We follow no outlet by that name."));
        FeedWriter.Format format = format(file, slug);
        String base = ApiV1.baseUrl(ctx);
        List<ArticleCard> items = articles.bySource(source.id(), ITEMS, 0);
        var channel = new FeedWriter.Channel(
                source.title() + " — Tidings",
                "Articles from " + source.title(),
                base + "/source/" + slug,
                base + ctx.path(),
                updated(items));
        send(ctx, format, channel, items, base);
    }

    /** {@code /feeds/sources.opml}: every source, for another reader to import. */
    void opml(Context ctx) {
        List<OpmlOutline> outlines = sources.all().stream()
                .map(s -> new OpmlOutline(s.title(), s.feedUrl(), s.siteUrl(), s.category()))
                .toList();
        ctx.contentType("text/x-opml; charset=utf-8");
        ctx.result(Opml.write(outlines, "Tidings sources"));
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

    private static void send(
            Context ctx, FeedWriter.Format f, FeedWriter.Channel c, List<ArticleCard> items, String base) {
        ctx.contentType(f.contentType);
        ctx.header("Cache-Control", "public, max-age=60");
        ctx.result(FeedWriter.write(f, c, items, base));
    }
}
