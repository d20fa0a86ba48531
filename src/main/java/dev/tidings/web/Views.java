package dev.tidings.web;

import dev.tidings.ai.Answer;
import dev.tidings.ai.Rewrite;
import dev.tidings.ai.Summary;
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

    public record Home(PageContext page, List<ArticleCard> latest, List<Outlet> outlets) {}

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
            Ai ai) {}

    /**
     * The article page's AI section: the stored summary (null until made), the question asked and
     * its answer (null when none), a rewrite by the language model, and the reader's language when
     * the article can be translated into it.
     */
    public record Ai(
            Summary summary,
            String question,
            Answer answer,
            boolean llm,
            Rewrite rewrite,
            String notice,
            String readerLanguage,
            String readerLanguageName) {
        public String base(Article a) {
            return "/" + a.language() + "/article/" + a.id();
        }
    }

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
