package dev.tidings.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gathers a page's metadata from JSON-LD, OpenGraph, other meta tags, microdata and the markup
 * itself, in that order of trust. Must run before scripts are stripped from the document.
 */
final class MetadataReader {

    private MetadataReader() {}

    static Metadata read(Document doc, URI pageUrl) {
        PageIndex page = PageIndex.of(doc);
        List<JsonNode> ldObjects = JsonLd.objects(page.jsonLdScripts);
        JsonNode ld = JsonLd.article(ldObjects);
        MetaTags meta = new MetaTags(page.metas);
        Microdata micro = new Microdata(page.itemprops);

        String siteName = firstNonBlank(
                meta.first("og:site_name"),
                ld == null ? null : JsonLd.text(ld.get("publisher")),
                meta.first("application-name", "citation_journal_title", "citation_publisher", "dc.publisher"));
        String title = Titles.stripSiteName(title(page, ld, meta, micro, siteName), siteName, pageUrl);

        List<String> authors = authors(ld, meta, micro, page);

        OffsetDateTime published = firstDate(
                ld == null ? null : JsonLd.text(ld.get("datePublished")),
                meta.firstOfEach(
                        "article:published_time",
                        "og:published_time",
                        "datepublished",
                        "date",
                        "pubdate",
                        "publishdate",
                        "publish-date",
                        "publish_date",
                        "article.published",
                        "parsely-pub-date",
                        "sailthru.date",
                        "dc.date.issued",
                        "dcterms.issued",
                        "dc.date",
                        "dcterms.date",
                        "dcterms.created",
                        "citation_publication_date",
                        "citation_date",
                        "citation_online_date"),
                micro.date("datePublished"),
                timeElement(page.times));
        OffsetDateTime modified = firstDate(
                ld == null ? null : JsonLd.text(ld.get("dateModified")),
                meta.firstOfEach(
                        "article:modified_time",
                        "og:updated_time",
                        "datemodified",
                        "last-modified",
                        "dcterms.modified",
                        "dc.date.modified",
                        "article.updated"),
                micro.date("dateModified"),
                null);

        String language = Titles.language(firstNonBlank(
                ld == null ? null : JsonLd.text(ld.get("inLanguage")),
                page.htmlLang,
                meta.first("content-language", "language", "dc.language", "citation_language", "og:locale")));

        String canonical = absolute(
                pageUrl, firstNonBlank(linkHref(page.links, "canonical"), meta.first("og:url"), micro.url("url")));
        String image = absolute(
                pageUrl,
                firstNonBlank(
                        meta.first(
                                "og:image",
                                "og:image:url",
                                "og:image:secure_url",
                                "twitter:image",
                                "twitter:image:src"),
                        ld == null ? null : JsonLd.url(ld.get("image")),
                        micro.url("image"),
                        linkHref(page.links, "image_src")));
        String description = firstNonBlank(
                meta.first("og:description", "description", "twitter:description", "dc.description"),
                ld == null ? null : JsonLd.text(ld.get("description")),
                micro.text("description"));
        String articleBody = ld == null ? null : JsonLd.text(ld.get("articleBody"));
        List<URI> urls = new ArrayList<>();
        urls.add(pageUrl);
        if (canonical != null) {
            urls.add(URI.create(canonical));
        }
        boolean opinion = Opinion.of(ldObjects, ld, meta, title, urls);
        return new Metadata(
                opinion ? Opinion.withoutLabel(title) : title,
                authors,
                published,
                modified,
                language,
                siteName,
                canonical,
                image,
                Titles.clean(description),
                articleBody,
                opinion);
    }

    /**
     * The first title candidate that agrees with the {@code <title>} element, since some sites
     * put a subtitle in a headline field; else the first candidate, the title element, the h1.
     */
    private static String title(PageIndex page, JsonNode ld, MetaTags meta, Microdata micro, String siteName) {
        List<String> candidates = new ArrayList<>();
        if (ld != null) {
            candidates.add(JsonLd.text(ld.get("headline")));
            candidates.add(JsonLd.text(ld.get("name")));
        }
        for (String key : new String[] {"og:title", "citation_title", "twitter:title", "parsely-title", "dc.title"}) {
            candidates.add(meta.first(key));
        }
        candidates.add(micro.text("headline"));
        String siteLetters = Titles.letters(siteName);
        candidates.removeIf(c -> c == null || c.isBlank() || Titles.letters(c).equals(siteLetters));
        String docTitle = page.title == null ? null : page.title.text();
        String docLetters = Titles.letters(docTitle);
        if (!docLetters.isEmpty()) {
            for (String c : candidates) {
                String letters = Titles.letters(c);
                // A fragment of the title element (the site name in it) does not count as agreeing.
                boolean agrees = letters.length() * 5 >= docLetters.length() * 2 && docLetters.contains(letters);
                if (agrees || letters.contains(docLetters)) {
                    return c;
                }
            }
        }
        return firstNonBlank(
                candidates.isEmpty() ? null : candidates.getFirst(),
                docTitle,
                page.firstH1 == null ? null : page.firstH1.text());
    }

    private static List<String> authors(JsonNode ld, MetaTags meta, Microdata micro, PageIndex page) {
        Set<String> out = new LinkedHashSet<>();
        if (ld != null) {
            addNames(out, JsonLd.strings(ld.get("author")));
            if (out.isEmpty()) {
                addNames(out, JsonLd.strings(ld.get("creator")));
            }
        }
        if (out.isEmpty()) {
            addNames(out, meta.all("citation_author"));
        }
        if (out.isEmpty()) {
            List<String> candidates = new ArrayList<>(meta.all("article:author"));
            candidates.addAll(meta.all("author"));
            candidates.addAll(meta.all("parsely-author"));
            candidates.addAll(meta.all("dc.creator"));
            candidates.addAll(meta.all("byl"));
            candidates.addAll(meta.all("sailthru.author"));
            for (String c : candidates) {
                addNames(out, Titles.splitNames(c));
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            addNames(out, micro.authors());
        }
        if (out.isEmpty()) {
            String byline = Bylines.text(page.bylines);
            if (byline != null) {
                addNames(out, Titles.splitNames(byline));
            }
        }
        return List.copyOf(out);
    }

    private static void addNames(Set<String> out, List<String> names) {
        for (String name : names) {
            String n = Titles.authorName(name);
            if (n != null) {
                out.add(n);
            }
        }
    }

    private static String timeElement(List<Element> times) {
        for (Element t : times) {
            if (t.hasAttr("pubdate") || t.attr("itemprop").equalsIgnoreCase("datePublished")) {
                return t.attr("datetime");
            }
        }
        for (Element t : times) {
            if (!t.attr("datetime").isBlank()) {
                return t.attr("datetime");
            }
        }
        return null;
    }

    private static String linkHref(List<Element> links, String rel) {
        for (Element link : links) {
            for (String r : link.attr("rel").toLowerCase(Locale.ROOT).split(" ")) {
                if (r.equals(rel) && !link.attr("href").isBlank()) {
                    return link.attr("href").strip();
                }
            }
        }
        return null;
    }

    /** The first of the values that parses as a date: JSON-LD, then meta tags, microdata, markup. */
    private static OffsetDateTime firstDate(String jsonLd, List<String> metaValues, String microdata, String markup) {
        List<String> values = new ArrayList<>();
        values.add(jsonLd);
        values.addAll(metaValues);
        values.add(microdata);
        values.add(markup);
        for (String v : values) {
            OffsetDateTime d = Dates.parse(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** {@code href} resolved against the page; null when it is no http(s) URL. */
    static String absolute(URI base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI u = base == null
                    ? new URI(href.strip())
                    : base.resolve(href.strip().replace(" ", "%20"));
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            return u.toString();
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }
}
