package dev.tidings.web;

import dev.tidings.story.StoryCard;
import dev.tidings.story.StoryRepository;
import dev.tidings.story.TopStories;
import dev.tidings.work.Recently;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The top stories as the home page and the API list them. Ranking reads every recent story and the
 * outlets of those it keeps, all of each story's articles (a story of 20,000 articles took 60 ms),
 * so the list is worked out {@link Recently recently} rather than for every page.
 */
final class TopStoriesNow {
    /** However cheap, the list is at most this old. */
    private static final Duration OLDEST = Duration.ofMinutes(1);

    private final Recently<List<StoryCard>> top;

    TopStoriesNow(StoryRepository stories, Clock clock) {
        TopStories ranking = new TopStories(stories);
        this.top = new Recently<>(() -> ranking.top(clock.instant(), ApiV1.MAX_LIMIT), OLDEST);
    }

    /** The {@code limit} top stories, first first. */
    List<StoryCard> first(int limit) {
        List<StoryCard> all = top.get();
        return all.size() > limit ? all.subList(0, limit) : all;
    }
}
