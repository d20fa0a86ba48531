package dev.tidings.web;

import dev.tidings.ai.ArticleAi;
import dev.tidings.ai.Passage;
import dev.tidings.ai.StorySummary;
import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleRepository;
import dev.tidings.story.StoryCoverage;
import dev.tidings.story.StoryRepository;
import dev.tidings.work.Background;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The summary a story page shows ("all outlets report / only some report"), read from the story's
 * earliest articles. Comparing every outlet's sentences takes a few hundred milliseconds, so it
 * is made ahead of the first reader, in the background, when an article joins a story; a page
 * asked for before that makes it itself.
 */
final class StorySummaries implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StorySummaries.class);
    /**
     * The summary reads at most this many articles (each outlet's earliest first), so a huge
     * story stays cheap.
     */
    private static final int SUMMARY_ARTICLES = 12;
    /* Stories waiting to be summarized; past it a story is left for its first reader. */
    private static final int QUEUE = 64;

    private final StoryRepository stories;
    private final ArticleRepository articles;
    private final ArticleAi ai;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor ahead = Background.oneThread("story-summaries", QUEUE);

    StorySummaries(StoryRepository stories, ArticleRepository articles, ArticleAi ai) {
        this.stories = stories;
        this.articles = articles;
        this.ai = ai;
    }

    /**
     * The summary of a story, remembered by {@link ArticleAi}; null while one outlet covers the
     * story, since there is nothing to compare.
     */
    StorySummary of(long storyId) {
        return of(storyId, stories.coverage(storyId));
    }

    /** {@link #of(long)} for a story whose coverage the caller has read. */
    StorySummary of(long storyId, StoryCoverage coverage) {
        List<ArticleCard> cards = stories.cardsInOrder(coverage.acrossOutlets(0, SUMMARY_ARTICLES));
        if (!summarized(cards)) {
            return null;
        }
        // the cards name the coverage; the texts are read only if the summary must be made
        List<Passage> headlines = cards.stream()
                .map(c -> new Passage(c.sourceTitle(), c.title(), "", c.opinion()))
                .toList();
        return ai.summarizeStory(
                storyId,
                headlines,
                () -> cards.stream()
                        .flatMap(c -> articles.byId(c.id()).stream()
                                .map(a -> new Passage(c.sourceTitle(), a.title(), a.bodyText(), a.opinion())))
                        .toList());
    }

    /** Whether a story's articles come from two or more outlets: only then is there a summary. */
    private static boolean summarized(List<ArticleCard> cards) {
        return cards.stream().map(ArticleCard::sourceTitle).distinct().limit(2).count() == 2;
    }

    /**
     * Makes the story's summary in the background, once for however many articles join it before
     * the work starts; with too many stories waiting, leaves it to the first reader.
     */
    void makeAhead(long storyId) {
        if (!queued.add(storyId)) {
            return;
        }
        try {
            ahead.execute(() -> {
                queued.remove(storyId);
                try {
                    of(storyId);
                } catch (RuntimeException e) {
                    log.warn("event=story_summary_ahead_failed story_id={} error=\"{}\"", storyId, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            queued.remove(storyId);
        }
    }

    /**
     * Drops the stories waiting and takes no more; one being summarized is let finish rather than
     * interrupted mid-read (a daemon thread: it holds up no exit).
     */
    @Override
    public void close() {
        ahead.getQueue().clear();
        ahead.shutdown();
    }
}
