package dev.tidings.web;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleRepository;
import dev.tidings.fetch.FetchRequest;
import dev.tidings.fetch.FetchResult;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An article's pictures served from Tidings itself ({@code /media/{article}/{n}}: 0 is the lead
 * image, 1… the pictures of the body in order), so a reader's browser never calls a publisher:
 * only addresses stored with an article are fetched (no open proxy), through the same checked
 * client as feeds and pages, kept only when the bytes are a PNG, JPEG, GIF, WebP, AVIF or SVG
 * picture of at most 5 MB, and cached on disk under the node's data directory, a cache like the
 * search index. An SVG can carry script: every picture is sent with a policy that forbids script
 * and sandboxes the document, so even opened on its own it runs nothing from our origin.
 */
public final class ArticleImages {
    private static final Logger log = LoggerFactory.getLogger(ArticleImages.class);
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int MAX_INDEX = 200;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final Function<FetchRequest, FetchResult> fetcher;
    private final PictureCache cache;

    /**
     * {@code dir} holds the cached pictures (made when first needed), at most {@code cacheBytes} of
     * them; the least recently served go first.
     */
    public ArticleImages(
            ArticleRepository articles,
            SourceRepository sources,
            Function<FetchRequest, FetchResult> fetcher,
            Path dir,
            long cacheBytes,
            java.time.Clock clock) {
        this.articles = articles;
        this.sources = sources;
        this.fetcher = fetcher;
        this.cache = new PictureCache(dir, cacheBytes, clock);
    }

    /** The address the page uses for picture {@code n} of an article. */
    static String path(String articleId, int n) {
        return "/media/" + articleId + "/" + n;
    }

    /* A picture with at most so many of the body's blocks before it is seen as the page opens. */
    private static final int BLOCKS_AT_THE_TOP = 2;

    /**
     * The body with every picture pointing at Tidings' copy: images ({@code srcset} dropped: it
     * names the publisher's) and video posters, numbered together in document order. Images load
     * lazily, but for a first picture at the top of a body shown without a lead picture above it
     * ({@code leadAbove}): that one is the lead, seen as the page opens.
     */
    static String localBody(String articleId, String bodyHtml, boolean leadAbove) {
        if (!bodyHtml.contains("<img") && !bodyHtml.contains("poster=")) {
            return bodyHtml; // most bodies: no parse on the page's path
        }
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        int n = 0;
        for (Element picture : pictures(doc)) {
            picture.attr(pictureAttribute(picture), path(articleId, ++n));
            picture.removeAttr("srcset");
            if (picture.tagName().equals("img") && (leadAbove || n > 1 || !atTheTop(picture))) {
                // below the headline and lead: fetched as the reader scrolls to them
                picture.attr("loading", "lazy").attr("decoding", "async");
            }
        }
        return n == 0 ? bodyHtml : doc.body().html();
    }

    /** Whether the picture is in one of the body's first few blocks. */
    private static boolean atTheTop(Element picture) {
        Element block = picture;
        while (block.parent() != null && !block.parent().tagName().equals("body")) {
            block = block.parent();
        }
        return block.elementSiblingIndex() < BLOCKS_AT_THE_TOP;
    }

    private static List<String> bodyImages(String bodyHtml) {
        return pictures(Jsoup.parseBodyFragment(bodyHtml)).stream()
                .map(e -> e.attr(pictureAttribute(e)))
                .toList();
    }

    private static Elements pictures(Document doc) {
        return doc.body().select("img[src], video[poster]");
    }

    private static String pictureAttribute(Element e) {
        return e.tagName().equals("video") ? "poster" : "src";
    }

    void handle(Context ctx) {
        String id = ctx.pathParam("id");
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw new NotFound("No such picture.");
        }
        if (n < 0 || n > MAX_INDEX) {
            throw new NotFound("No such picture.");
        }
        Article article = articles.byId(id).orElseThrow(() -> new NotFound("No such article."));
        String url = pictureUrl(article, n);
        if (url == null) {
            throw new NotFound("This article has no such picture.");
        }
        Picture picture = cached(url);
        if (picture == null) {
            boolean allowPrivate = sources.byId(article.sourceId())
                    .map(Source::allowPrivateNetwork)
                    .orElse(false);
            picture = fetch(url, allowPrivate);
            if (picture == null) {
                throw new NotFound("The publisher's picture could not be fetched.");
            }
            store(url, picture);
        }
        ctx.header("Cache-Control", "public, max-age=86400");
        // RequestGuard's headers (nosniff among them) apply; its page policy gives way to a picture's
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        ctx.contentType(picture.type()).result(picture.bytes());
    }

    private static String pictureUrl(Article article, int n) {
        if (n == 0) {
            return article.imageUrl() == null ? null : article.imageUrl().toString();
        }
        List<String> body = bodyImages(article.bodyHtml() == null ? "" : article.bodyHtml());
        return n <= body.size() ? body.get(n - 1) : null;
    }

    private Picture fetch(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
        FetchResult result = fetcher.apply(FetchRequest.image(uri, allowPrivate));
        if (!(result instanceof FetchResult.Ok ok) || ok.status() != 200) {
            log.warn("event=picture_not_fetched url=\"{}\" result=\"{}\"", url, result);
            return null;
        }
        String type = pictureType(ok.body());
        if (type == null || ok.body().length > MAX_BYTES) {
            log.warn("event=picture_refused url=\"{}\" bytes={} type={}", url, ok.body().length, type);
            return null;
        }
        return new Picture(type, ok.body());
    }

    /** The picture's type from its first bytes (what the server claims is not trusted), or null. */
    static String pictureType(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        if (startsWith(b, 4, 'f', 't', 'y', 'p', 'a', 'v', 'i')) {
            return "image/avif";
        }
        return svg(b) ? "image/svg+xml" : null;
    }

    /** An XML document whose first element is {@code svg} (after any declaration, comments and doctype). */
    private static boolean svg(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8)
                .replaceFirst("^\uFEFF", "")
                .replaceAll("(?s)<\\?xml.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "")
                .strip();
        return head.startsWith("<svg") && (head.length() == 4 || !Character.isLetterOrDigit(head.charAt(4)));
    }

    private static boolean startsWith(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private Picture cached(String url) {
        byte[] bytes = cache.get(url);
        String type = bytes == null ? null : pictureType(bytes);
        return type == null ? null : new Picture(type, bytes);
    }

    private void store(String url, Picture picture) {
        cache.put(url, picture.bytes());
    }

    private record Picture(String type, byte[] bytes) {}
}
