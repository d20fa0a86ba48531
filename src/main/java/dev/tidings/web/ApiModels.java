package dev.tidings.web;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleCard;
import dev.tidings.source.Source;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The JSON shapes of API v1: plain records, never database rows. */
final class ApiModels {
    private ApiModels() {}

    /**
     * Every time in the API: ISO-8601 in UTC to the whole second. Stored times carry milliseconds
     * (a fetch's clock reading, a publisher's stamp); a client comparing or parsing them should not
     * meet two shapes.
     */
    static String time(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    record ArticleItem(
            String id,
            String url,
            String title,
            String lead,
            String published,
            String language,
            OutletRef outlet,
            boolean opinion) {
        static ArticleItem of(ArticleCard c, String baseUrl) {
            return new ArticleItem(
                    c.id(),
                    baseUrl + c.path(),
                    c.title(),
                    c.lead(),
                    time(c.publishedAt()),
                    c.language(),
                    new OutletRef(c.sourceSlug(), c.sourceTitle()),
                    c.opinion());
        }
    }

    record OutletRef(String slug, String name) {}

    record ArticleList(List<ArticleItem> items, String nextCursor) {}

    record ArticleDetail(
            String id,
            String url,
            String sourceUrl,
            String title,
            String byline,
            String published,
            String modified,
            String language,
            boolean opinion,
            String imageUrl,
            String lead,
            String text,
            String html,
            int wordCount,
            OutletRef outlet,
            List<String> alsoPublishedBy,
            List<String> hashtags,
            SummaryModel summary,
            Long story,
            List<ArticleItem> related) {

        static ArticleDetail of(
                Article a,
                Source s,
                List<String> also,
                List<String> hashtags,
                SummaryModel summary,
                Long story,
                List<ArticleItem> related,
                String baseUrl) {
            return new ArticleDetail(
                    a.id(),
                    baseUrl + "/" + a.language() + "/article/" + a.id(),
                    a.url().toString(),
                    a.title(),
                    a.byline(),
                    time(a.publishedAt()),
                    time(a.modifiedAt()),
                    a.language(),
                    a.opinion(),
                    a.imageUrl() == null ? null : a.imageUrl().toString(),
                    a.lead(),
                    a.bodyText(),
                    // a stored body keeps the indentation of the page it was extracted from
                    a.bodyHtml() == null ? null : a.bodyHtml().strip(),
                    a.wordCount(),
                    new OutletRef(s.slug(), s.title()),
                    also,
                    hashtags,
                    summary,
                    story,
                    related);
        }
    }

    /** The article's TL;DR (one sentence per item) and key points, and how they were made. */
    record SummaryModel(List<String> tldr, List<String> points, String method) {
        static SummaryModel of(dev.tidings.ai.Summary s) {
            return new SummaryModel(s.tldr(), s.points(), s.method());
        }
    }

    record Outlet(
            String slug,
            String name,
            String feedUrl,
            String siteUrl,
            long articles,
            String lastStatus,
            String lastError,
            String lastFetched) {
        static Outlet of(Views.Outlet o) {
            Source s = o.source();
            return new Outlet(
                    s.slug(),
                    s.title(),
                    s.feedUrl().toString(),
                    s.siteUrl() == null ? null : s.siteUrl().toString(),
                    o.articleCount(),
                    s.lastStatus(),
                    s.lastError(),
                    time(s.lastFetchedAt()));
        }
    }

    record OutletList(List<Outlet> items) {}

    record SearchItem(
            String id,
            String url,
            String title,
            String snippet,
            String published,
            String language,
            OutletRef outlet,
            boolean opinion,
            boolean semanticOnly) {
        static SearchItem of(Views.SearchItem i, String baseUrl) {
            var c = i.card();
            StringBuilder snippet = new StringBuilder();
            i.snippet().forEach(seg -> snippet.append(seg.text()));
            return new SearchItem(
                    c.id(),
                    baseUrl + c.path(),
                    c.title(),
                    snippet.toString(),
                    time(c.publishedAt()),
                    c.language(),
                    new OutletRef(c.sourceSlug(), c.sourceTitle()),
                    c.opinion(),
                    i.semanticOnly());
        }
    }

    record SearchResults(
            String query,
            List<SearchItem> items,
            long total,
            boolean totalExact,
            String suggestion,
            Integer nextOffset) {}

    record StoryItem(
            long id,
            String url,
            String title,
            String firstPublished,
            String lastPublished,
            int articles,
            int outlets,
            List<String> outletNames) {
        static StoryItem of(dev.tidings.story.Story s, List<String> outletNames, String baseUrl) {
            return new StoryItem(
                    s.id(),
                    baseUrl + s.path(),
                    s.title(),
                    time(s.firstPublished()),
                    time(s.lastPublished()),
                    s.articleCount(),
                    s.outletCount(),
                    outletNames);
        }
    }

    /** One page of stories, the most recently covered first; {@code nextCursor} null on the last. */
    record StoryList(List<StoryItem> items, String nextCursor) {}

    /**
     * {@code summary} is null while only one outlet covers the story (there is nothing to compare);
     * {@code articles} is one page, oldest first, and {@code nextCursor} null on the last.
     */
    record StoryDetail(StoryItem story, StorySummaryModel summary, List<ArticleItem> articles, String nextCursor) {}

    /** What all of a story's outlets report, and what only some report or report differently. */
    record StorySummaryModel(List<ClaimModel> allReport, List<ClaimModel> someReport, String method) {
        static StorySummaryModel of(dev.tidings.ai.StorySummary s) {
            return new StorySummaryModel(
                    s.allReport().stream().map(ClaimModel::of).toList(),
                    s.someReport().stream().map(ClaimModel::of).toList(),
                    s.method());
        }
    }

    /** One claim in one outlet's words; with {@code differs}, each outlet's own sentence in {@code versions}. */
    record ClaimModel(String sentence, List<String> outlets, boolean differs, List<VersionModel> versions) {
        static ClaimModel of(dev.tidings.ai.StorySummary.Point p) {
            return new ClaimModel(
                    p.sentence(),
                    p.outlets(),
                    p.differs(),
                    p.versions().stream()
                            .map(v -> new VersionModel(v.outlet(), v.sentence()))
                            .toList());
        }
    }

    record VersionModel(String outlet, String sentence) {}

    record CommentNode(
            long id,
            String author,
            String html,
            String created,
            boolean edited,
            String state,
            int votes,
            List<CommentNode> replies) {
        static CommentNode of(dev.tidings.comment.CommentItem c) {
            return new CommentNode(
                    c.id(),
                    c.placeholder() ? null : c.authorName(),
                    c.placeholder() ? null : c.html(),
                    time(c.createdAt()),
                    c.edited(),
                    c.display().name().toLowerCase(java.util.Locale.ROOT),
                    c.votes(),
                    c.replies().stream().map(CommentNode::of).toList());
        }
    }

    /** One page of an article's threads ({@code items}), page {@code page} of {@code pages}. */
    record CommentList(String article, long count, String order, List<CommentNode> items, int page, int pages) {}

    record TagCount(String tag, long articles) {}

    /** A hashtag: one page of its articles, newest first ({@code nextCursor} null on the last), and tags seen with it. */
    record Hashtag(String tag, long articles, List<ArticleItem> items, String nextCursor, List<TagCount> related) {}

    record Trend(String tag, long recent, double expected, double score) {}

    record TrendList(List<Trend> items) {}
}
