package dev.tidings.article;

import dev.tidings.extract.ExtractedArticle;
import dev.tidings.extract.Extractor;
import dev.tidings.extract.HtmlDecoder;
import dev.tidings.extract.HtmlSanitizer;
import dev.tidings.extract.Opinion;
import dev.tidings.fetch.FetchRequest;
import dev.tidings.fetch.FetchResult;
import dev.tidings.fetch.HttpFetcher;
import dev.tidings.nlp.TextFingerprint;
import dev.tidings.source.PendingEntry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import org.jsoup.Jsoup;

/**
 * Turns a feed entry into a stored article: fetches its page, extracts the main text (falling
 * back to the feed's own content when the page fails or has less), picks the canonical URL, and
 * stores it once — a second URL or a second copy of the same text is a duplicate.
 */
public final class ArticleIngester {
    private static final int LEAD_CHARS = 280;

    private final HttpFetcher fetcher;
    private final Extractor extractor;
    private final HtmlSanitizer sanitizer;
    private final ArticleRepository articles;
    private final Clock clock;
    /* The check that an article is not stored yet and its insert, one article at a time on this node. */
    private final ReentrantLock storing = new ReentrantLock();

    public ArticleIngester(
            HttpFetcher fetcher,
            Extractor extractor,
            HtmlSanitizer sanitizer,
            ArticleRepository articles,
            Clock clock) {
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.sanitizer = sanitizer;
        this.articles = articles;
        this.clock = clock;
    }

    public IngestOutcome ingest(PendingEntry entry) {
        ExtractedArticle page = null;
        URI pageUrl = entry.url();
        FetchResult problem = null;
        if (entry.url() != null) {
            FetchResult result = fetcher.fetch(FetchRequest.page(entry.url(), entry.allowPrivateNetwork()));
            if (result instanceof FetchResult.Ok ok && looksLikeHtml(ok)) {
                pageUrl = ok.url();
                page = extractor.extract(HtmlDecoder.decode(ok.body(), ok.contentType()), ok.url());
            } else {
                problem = result;
            }
        }
        Body body = chooseBody(entry, page, pageUrl);
        if (body == null) {
            if (problem instanceof FetchResult.Failed f) {
                // Robots.txt, a blocked address or a bad URL will say the same next time.
                return new IngestOutcome.Failed("article page: " + f.message(), f.transientFailure(), f.retryAfter());
            }
            if (problem != null) {
                return new IngestOutcome.Failed("article page: " + describe(problem), true);
            }
            return new IngestOutcome.Failed("no article text on the page or in the feed", false);
        }
        URI canonical = canonicalUrl(entry, page, pageUrl);
        if (canonical == null) {
            return new IngestOutcome.Failed("entry has no usable http(s) link", false);
        }
        String id = ArticleId.of(canonical);
        // Computed before the lock: only the lookups and the insert are done one article at a time.
        TextFingerprint fingerprint = TextFingerprint.of(body.text());
        String hash = BodyText.contentHash(body.text());
        Article article = build(entry, page, canonical, id, body, hash);
        // Two copies fetched at once by two page threads would both find the other not stored yet.
        storing.lock();
        try {
            return store(article, fingerprint);
        } finally {
            storing.unlock();
        }
    }

    /** Stores the article unless it, its text or a near-duplicate of it is stored already. */
    private IngestOutcome store(Article article, TextFingerprint fingerprint) {
        String id = article.id();
        if (articles.exists(id)) {
            return new IngestOutcome.Duplicate(id);
        }
        var sameText = articles.idByContentHash(article.contentHash());
        if (sameText.isPresent()) {
            return new IngestOutcome.Duplicate(sameText.get());
        }
        var near = articles.nearDuplicateOf(fingerprint);
        if (near.isPresent()) {
            // Syndicated copy: the earliest published version is the original; a later copy that
            // happened to be fetched first gives way to it.
            ArticleRepository.Original original = near.get();
            if (!article.publishedAt().isBefore(original.publishedAt().minus(Duration.ofMinutes(5)))) {
                return new IngestOutcome.Duplicate(original.id());
            }
            if (articles.replaceOriginal(article, fingerprint, original.id())) {
                return new IngestOutcome.Stored(id, original.id());
            }
            return new IngestOutcome.Duplicate(original.id());
        }
        if (!articles.insert(article, fingerprint)) {
            return new IngestOutcome.Duplicate(id);
        }
        return new IngestOutcome.Stored(id);
    }

    private record Body(String html, String text) {}

    private Body chooseBody(PendingEntry entry, ExtractedArticle page, URI base) {
        Body fromFeed = null;
        if (entry.contentHtml() != null && !entry.contentHtml().isBlank()) {
            String html = sanitizer.sanitize(entry.contentHtml(), base);
            String text = BodyText.fromHtml(html);
            if (!text.isBlank()) {
                fromFeed = new Body(html, text);
            }
        }
        if (page != null && page.hasBody()) {
            // The page wins unless the feed carries clearly more text (a teaser or paywalled page).
            if (fromFeed == null || page.text().length() * 10 >= fromFeed.text().length() * 7) {
                return new Body(page.html(), page.text());
            }
        }
        if (fromFeed != null) {
            return fromFeed;
        }
        if (page != null && entry.summary() != null && !entry.summary().isBlank()) {
            String html = sanitizer.sanitize(entry.summary(), base);
            String text = BodyText.fromHtml(html);
            return text.isBlank() ? null : new Body(html, text);
        }
        return null;
    }

    private static URI canonicalUrl(PendingEntry entry, ExtractedArticle page, URI pageUrl) {
        URI fetched = pageUrl == null ? null : CanonicalUrl.parse(pageUrl.toString());
        if (page != null && page.canonicalUrl() != null && fetched != null) {
            URI declared = CanonicalUrl.parse(page.canonicalUrl());
            // A page may only claim a canonical URL on its own site.
            if (declared != null && declared.getHost().equals(fetched.getHost())) {
                return declared;
            }
        }
        if (fetched != null) {
            return fetched;
        }
        return entry.url() == null ? null : CanonicalUrl.parse(entry.url().toString());
    }

    private Article build(PendingEntry entry, ExtractedArticle page, URI canonical, String id, Body body, String hash) {
        Instant now = clock.instant();
        String title = firstNonBlank(plain(entry.title()), page == null ? null : page.title(), "(untitled)");
        // the page's marks, else what the feed shows: an opinion folder in the URL, a labelled headline
        boolean opinion = (page != null && page.opinion())
                || Opinion.byUrl(canonical)
                || Opinion.byUrl(entry.url())
                || Opinion.labelled(title);
        if (opinion) {
            title = Opinion.withoutLabel(title);
        }
        String byline = firstNonBlank(
                entry.author(),
                page == null || page.authors().isEmpty() ? null : String.join(", ", page.authors()),
                null);
        Instant published = entry.published();
        if (published == null && page != null && page.published() != null) {
            published = page.published().toInstant();
        }
        if (published == null || published.isAfter(now.plus(Duration.ofMinutes(5)))) {
            published = now;
        }
        Instant modified =
                page != null && page.modified() != null ? page.modified().toInstant() : null;
        String description = firstNonBlank(page == null ? null : page.description(), plain(entry.summary()), null);
        URI image = page == null || page.imageUrl() == null ? null : CanonicalUrl.parse(page.imageUrl());
        return new Article(
                id,
                entry.sourceId(),
                canonical,
                title,
                byline,
                language(page == null ? null : page.language()),
                published,
                modified,
                now,
                image,
                description,
                BodyText.lead(body.text(), description, LEAD_CHARS),
                body.html(),
                body.text(),
                BodyText.wordCount(body.text()),
                hash,
                opinion);
    }

    static String language(String declared) {
        if (declared == null || declared.isBlank()) {
            return "en";
        }
        String primary = declared.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : "en";
    }

    private static boolean looksLikeHtml(FetchResult.Ok ok) {
        String type = ok.contentType() == null ? "" : ok.contentType().toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.contains("html") || type.contains("xml") || type.startsWith("text/plain");
    }

    private static String describe(FetchResult result) {
        return switch (result) {
            case FetchResult.Failed f -> f.message();
            case FetchResult.Ok ok -> "not an HTML page (" + ok.contentType() + ")";
            case FetchResult.NotModified nm -> "unexpected 304";
        };
    }

    private static String plain(String maybeHtml) {
        if (maybeHtml == null) {
            return null;
        }
        return maybeHtml.indexOf('<') < 0 && maybeHtml.indexOf('&') < 0
                ? maybeHtml.strip()
                : Jsoup.parse(maybeHtml).text().strip();
    }

    private static String firstNonBlank(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        if (b != null && !b.isBlank()) {
            return b.strip();
        }
        return fallback;
    }
}
