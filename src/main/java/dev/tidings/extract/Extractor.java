package dev.tidings.extract;

import java.net.URI;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an article page into an {@link ExtractedArticle}: metadata from JSON-LD, OpenGraph, meta
 * tags and markup, and the body found by scoring containers and cleaned of clutter. Pages
 * without an article (index pages, galleries, link lists) get an empty body. Thread-safe and
 * reusable; with a {@link HostBoilerplate} it also drops what the site repeats on its pages.
 */
public final class Extractor {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final HostBoilerplate boilerplate;

    /** An extractor that judges every page on its own. */
    public Extractor() {
        this(null);
    }

    /**
     * An extractor that also drops the blocks a site repeats across its pages, learning them in
     * {@code boilerplate} (may be null) as pages pass through.
     */
    public Extractor(HostBoilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    /** Extracts from {@code html}; {@code pageUrl} (may be null) makes links and images absolute. */
    public ExtractedArticle extract(String html, URI pageUrl) {
        Document doc = Jsoup.parse(html == null ? "" : html, pageUrl == null ? "" : pageUrl.toString());
        Metadata meta = MetadataReader.read(doc, pageUrl);
        Element body = doc.body();
        PagePreparer.prepare(body);
        Set<String> siteHosts = Urls.hosts(pageUrl == null ? null : pageUrl.toString(), meta.canonicalUrl());
        Scores scores = Scores.of(body, siteHosts);
        Element root = ContentFinder.find(body, scores);
        ContentCleaner.clean(root, scores, meta);
        if (boilerplate != null && pageUrl != null) {
            boilerplate.filter(pageUrl, root);
        }

        String text = TextRenderer.render(root);
        String bodyHtml;
        if (text.isEmpty() || !ArticleCheck.isArticle(root, siteHosts)) {
            text = "";
            bodyHtml = "";
        } else {
            bodyHtml = sanitizer.sanitize(root);
        }
        if (meta.articleBody() != null) {
            String fromLd = ArticleBody.ifBetter(meta.articleBody(), text, body);
            if (fromLd != null) {
                text = fromLd;
                bodyHtml = ArticleBody.toHtml(fromLd);
            }
        }
        return new ExtractedArticle(
                meta.title(),
                meta.authors(),
                meta.published(),
                meta.modified(),
                meta.language(),
                meta.siteName(),
                meta.canonicalUrl(),
                meta.imageUrl(),
                meta.description(),
                bodyHtml,
                text,
                meta.opinion());
    }
}
