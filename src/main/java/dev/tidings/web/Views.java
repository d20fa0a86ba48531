package dev.tidings.web;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleCard;
import dev.tidings.source.FetchLogEntry;
import dev.tidings.source.Source;
import dev.tidings.story.Story;
import dev.tidings.story.StoryCard;
import dev.tidings.story.StoryTimeline;
import java.util.List;

/** The models the templates render. */
public final class Views {
    private Views() {}

    /** An outlet in a list, with how many articles we hold from it. */
    public record Outlet(Source source, long articleCount) {}

    /** The front page: top stories first, then the latest articles. */
    public record Home(PageContext page, List<StoryCard> topStories, List<ArticleCard> latest, List<Outlet> outlets) {}

    /** A story: its headline, coverage counts, timeline, outlets and articles (oldest first). */
    public record StoryPage(
            PageContext page, Story story, List<ArticleCard> articles, List<String> outlets, StoryTimeline timeline) {
        public ArticleCard firstReport() {
            return articles.isEmpty() ? null : articles.getFirst();
        }
    }

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
            Story story) {}

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
