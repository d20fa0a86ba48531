package dev.tidings.web;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleCard;
import dev.tidings.source.FetchLogEntry;
import dev.tidings.source.Source;
import java.util.List;

/** The models the templates render. */
public final class Views {
    private Views() {}

    /** An outlet in a list, with how many articles we hold from it. */
    public record Outlet(Source source, long articleCount) {}

    public record Home(PageContext page, List<ArticleCard> latest, List<Outlet> outlets, List<TagLink> trending) {}

    /** A hashtag as a link to its page; {@code count} is shown when positive. */
    public record TagLink(String name, long count) {
        public TagLink(String name) {
            this(name, 0);
        }

        public String path() {
            return "/tag/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** {@code /tag/{name}}: the articles with a hashtag, newest first, and the tags seen with it. */
    public record TagPage(
            PageContext page,
            String tag,
            long articleCount,
            List<ArticleCard> cards,
            Pager pager,
            List<TagLink> related) {}

    /** A paginated list of articles (the latest list, an outlet's page). */
    public record ArticleList(
            PageContext page,
            String heading,
            List<ArticleCard> cards,
            Pager pager,
            Outlet outlet,
            List<FetchLogEntry> fetches) {}

    public record ArticlePage(
            PageContext page,
            Article article,
            Source source,
            List<String> alsoPublishedBy,
            List<ArticleCard> related,
            List<TagLink> hashtags) {}

    public record Sources(PageContext page, List<Outlet> outlets) {}

    public record Error(PageContext page, int status, String title, String message) {}

    /** Page links for a list: {@code basePath?page=N}. */
    public record Pager(String basePath, int page, boolean hasNext) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public String link(int n) {
            return n <= 1 ? basePath : basePath + "?page=" + n;
        }
    }
}
