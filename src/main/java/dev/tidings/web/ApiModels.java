package dev.tidings.web;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleCard;
import dev.tidings.source.Source;
import java.util.List;

/** The JSON shapes of API v1: plain records, never database rows. */
final class ApiModels {
    private ApiModels() {}

    record ArticleItem(
            String id, String url, String title, String lead, String published, String language, OutletRef outlet) {
        static ArticleItem of(ArticleCard c, String baseUrl) {
            return new ArticleItem(
                    c.id(),
                    baseUrl + c.path(),
                    c.title(),
                    c.lead(),
                    c.publishedAt().toString(),
                    c.language(),
                    new OutletRef(c.sourceSlug(), c.sourceTitle()));
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
            String imageUrl,
            String lead,
            String text,
            String html,
            int wordCount,
            OutletRef outlet,
            List<String> alsoPublishedBy,
            List<ArticleItem> related) {

        static ArticleDetail of(Article a, Source s, List<String> also, List<ArticleItem> related, String baseUrl) {
            return new ArticleDetail(
                    a.id(),
                    baseUrl + "/" + a.language() + "/article/" + a.id(),
                    a.url().toString(),
                    a.title(),
                    a.byline(),
                    a.publishedAt().toString(),
                    a.modifiedAt() == null ? null : a.modifiedAt().toString(),
                    a.language(),
                    a.imageUrl() == null ? null : a.imageUrl().toString(),
                    a.lead(),
                    a.bodyText(),
                    a.bodyHtml(),
                    a.wordCount(),
                    new OutletRef(s.slug(), s.title()),
                    also,
                    related);
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
                    s.lastFetchedAt() == null ? null : s.lastFetchedAt().toString());
        }
    }

    record OutletList(List<Outlet> items) {}
}
