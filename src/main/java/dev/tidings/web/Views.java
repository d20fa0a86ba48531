package dev.tidings.web;

import dev.tidings.ai.Answer;
import dev.tidings.ai.Rewrite;
import dev.tidings.ai.StorySummary;
import dev.tidings.ai.Summary;
import dev.tidings.article.Article;
import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleWindow;
import dev.tidings.comment.Comment;
import dev.tidings.comment.CommentSection;
import dev.tidings.comment.ModerationEntry;
import dev.tidings.source.FetchLogEntry;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRemoval;
import dev.tidings.source.SourceRemovals;
import dev.tidings.story.RelatedArticles;
import dev.tidings.story.Story;
import dev.tidings.story.StoryCard;
import dev.tidings.story.StoryTimeline;
import java.util.List;
import java.util.Map;

/** The models the templates render. */
public final class Views {
    private Views() {}

    /** An outlet in a list, with how many articles we hold from it. */
    public record Outlet(Source source, long articleCount) {}

    /**
     * The front page: top stories first, then the latest articles ({@code moreHref} goes on after
     * the last of them, null when none is left); the side bar names {@code outlets} of {@code
     * allOutlets}.
     */
    public record Home(
            PageContext page,
            List<StoryCard> topStories,
            List<ArticleCard> latest,
            String moreHref,
            List<Outlet> outlets,
            int allOutlets,
            List<TagLink> trending) {}

    /** A hashtag as a link to its page; {@code count} is shown when positive. */
    public record TagLink(String name, long count) {
        public TagLink(String name) {
            this(name, 0);
        }

        public String path() {
            return "/tag/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** {@code /topics}: the hashtags rising now and those on the most articles this week. */
    public record TopicsPage(PageContext page, List<TagLink> trending, List<TagLink> week) {}

    /** {@code /tag/{name}}: the articles with a hashtag, newest first, and the tags seen with it. */
    public record TagPage(
            PageContext page,
            String tag,
            long articleCount,
            List<ArticleCard> cards,
            Pager pager,
            List<TagLink> related) {}

    /**
     * A story: its headline, coverage counts, first report, timeline, outlets and one page of its
     * articles (oldest first, or newest).
     */
    public record StoryPage(
            PageContext page,
            Story story,
            ArticleCard firstReport,
            List<ArticleCard> articles,
            boolean newestFirst,
            Pager pager,
            List<String> outlets,
            StoryTimeline timeline,
            StoryTimeline narrowTimeline,
            StorySummary summary) {

        /** Outlets named in the open; a story covered by more lists the rest behind a disclosure. */
        static final int NAMED_OUTLETS = 20;

        /** The first outlets to cover the story, in the order they did. */
        public List<String> namedOutlets() {
            return outlets.subList(0, Math.min(outlets.size(), NAMED_OUTLETS));
        }

        /** The outlets after the {@link #NAMED_OUTLETS} first, in the order they covered the story. */
        public List<String> laterOutlets() {
            return outlets.subList(Math.min(outlets.size(), NAMED_OUTLETS), outlets.size());
        }

        /** Whether every outlet reports one point, only with different figures. */
        public boolean allReportDifferently() {
            return summary != null
                    && summary.someReport().stream()
                            .anyMatch(p -> p.differs() && p.outlets().containsAll(outlets));
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
            RelatedArticles.Related related,
            Ai ai,
            CommentSection comments,
            Story story,
            List<TagLink> hashtags) {
        /** The body with its pictures served by Tidings, so reading it calls no publisher. */
        public String localBody() {
            return ArticleImages.localBody(article.id(), article.bodyHtml(), showsLeadImage());
        }

        /** Whether the lead picture is shown above the body: it has one, and the body does not hold it. */
        public boolean showsLeadImage() {
            return article.imageUrl() != null
                    && !article.bodyHtml().contains(article.imageUrl().toString());
        }

        /** Where Tidings serves the lead picture. */
        public String leadImage() {
            return ArticleImages.path(article.id(), 0);
        }
    }

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

    /** The sign-in, sign-up and password forms: what was typed back, errors by field, a message on top. */
    public record AccountForm(
            PageContext page, String next, String email, String name, Map<String, String> errors, String message) {
        public String error(String field) {
            return errors.get(field);
        }

        public AccountForm withError(String field, String text) {
            return withErrors(field, text, Map.of());
        }

        /** With the message for {@code field} and those for the other inputs found wrong with it. */
        public AccountForm withErrors(String field, String text, Map<String, String> others) {
            Map<String, String> all = new java.util.LinkedHashMap<>(others);
            all.put(field, text);
            return new AccountForm(page, next, email, name, Map.copyOf(all), null);
        }

        public AccountForm withMessage(String text) {
            return new AccountForm(page, next, email, name, Map.of(), text);
        }

        public AccountForm withNext(String path) {
            return new AccountForm(page, LocalPath.orHome(path), email, name, errors, message);
        }
    }

    /**
     * A signed-in reader's account page: their latest comments, the reason a form was refused, by
     * field ({@code name}, {@code password}, or {@code delete} for the deletion as a whole), or a
     * message.
     */
    public record Account(PageContext page, List<OwnComment> comments, Map<String, String> errors, String message) {
        static Account of(PageContext page, List<OwnComment> comments) {
            return new Account(page, comments, Map.of(), null);
        }

        public String error(String field) {
            return errors.get(field);
        }

        Account withError(String field, String text) {
            return new Account(page, comments, Map.of(field, text), null);
        }

        Account withMessage(String text) {
            return new Account(page, comments, errors, text);
        }
    }

    /** One of a reader's own comments, with the title of what it is about (null once that is gone). */
    public record OwnComment(Comment comment, String about) {}

    /**
     * The forgotten-password page: the form, the same answer for every address once sent ({@code
     * sent}), or on a site without mail whom to ask instead.
     */
    public record ForgotPassword(
            PageContext page, boolean mailEnabled, boolean sent, String email, String error, String message) {}

    /** The page a reset link opens: the new-password form, or {@code refusal} when the link is dead. */
    public record ResetPassword(PageContext page, String token, String email, String error, String refusal) {}

    public record CommentEdit(PageContext page, Comment comment, String path, String error) {}

    /** A comment in the moderation queue with the page it was posted on (null if that page is gone). */
    public record QueueItem(Comment comment, String path) {}

    public record ModerationQueue(PageContext page, List<QueueItem> queue, List<ModerationEntry> log) {}

    /**
     * The sources page; {@code removing}: this node's removals under way (or stopped), by source id;
     * {@code removedElsewhere}: the node (or command) removing a source elsewhere. For an
     * administrator's form to follow a feed: the address typed, why it was refused, or the title
     * of the outlet just followed.
     */
    public record Sources(
            PageContext page,
            List<Outlet> outlets,
            Map<Long, SourceRemovals.Progress> removing,
            Map<Long, String> removedElsewhere,
            String typed,
            String error,
            String followed) {}

    /** The form renaming a source or changing its interval: the values typed, and why they were refused. */
    public record EditSource(PageContext page, Source source, String title, String interval, String error) {}

    /** The question an administrator answers before a source is removed, with what would go. */
    public record RemoveSource(PageContext page, Source source, SourceRemoval.Extent extent) {}

    public record Error(PageContext page, int status, String title, String message) {}

    /** One search result: the card, its headline and an excerpt with matches marked. */
    public record SearchItem(
            ArticleCard card,
            List<dev.tidings.search.Snippets.Segment> title,
            List<dev.tidings.search.Snippets.Segment> snippet,
            boolean semanticOnly) {}

    /** The search page: the form as filled in, results (or an error about the query), a suggestion, pages. */
    public record SearchPage(
            PageContext page,
            SearchParams params,
            List<Outlet> outlets,
            List<SearchItem> items,
            long total,
            boolean totalExact,
            SearchParams suggestion,
            SearchParams anyWords,
            long anyWordsTotal,
            String error,
            int pageNumber,
            int lastPage,
            boolean hasNext) {
        public String link(int n) {
            return "/search?" + params.queryString(n);
        }

        /** A page asked for beyond the results there are (an old link, a hand-edited URL). */
        public boolean pastEnd() {
            return total > 0 && pageNumber > lastPage;
        }

        /** The page before this one; past the end, the last page that has results. */
        public int previousPage() {
            return Math.min(pageNumber - 1, lastPage);
        }

        /** Whether to show the pager: no links lead anywhere when nothing was found. */
        public boolean paged() {
            return hasNext || (pageNumber > 1 && total > 0);
        }

        public String feedQuery() {
            return "?" + params.queryString(1);
        }

        public String heading() {
            return params.q().isEmpty() ? "Search" : "Search: " + params.q();
        }
    }

    /** Links to the pages either side of this one, null where there is none. */
    public record Pager(String previousHref, String previousLabel, String nextHref, String nextLabel) {

        public boolean hasPrevious() {
            return previousHref != null;
        }

        public boolean hasNext() {
            return nextHref != null;
        }

        /** The pages either side of a newest-first window of articles, as cursors. */
        static Pager of(String basePath, ArticleWindow window) {
            return of(basePath, window, true, "← Newer", "Older →");
        }

        /**
         * The pages either side of a window of articles, as cursors: the page before this one in
         * the list's order on the left (newer articles when the list runs newest first, older
         * when oldest first), the page after it on the right.
         */
        static Pager of(
                String basePath, ArticleWindow window, boolean newestFirst, String previousLabel, String nextLabel) {
            String newer = window.newer() == null ? null : cursorLink(basePath, Paging.NEWER, window.newer());
            String older = window.older() == null ? null : cursorLink(basePath, Paging.OLDER, window.older());
            return new Pager(newestFirst ? newer : older, previousLabel, newestFirst ? older : newer, nextLabel);
        }

        static String cursorLink(String basePath, String name, String cursor) {
            return basePath + (basePath.contains("?") ? "&" : "?") + name + "=" + cursor;
        }
    }
}
