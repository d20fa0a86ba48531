package dev.tidings.web;

import dev.tidings.tag.TagRepository;
import dev.tidings.tag.TagRepository.TagCount;
import dev.tidings.tag.TagRepository.Trend;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The hashtags of the moment, as the home page, {@code /topics} and the API show them: those rising
 * fastest (the last hours against the week before them) and those on most articles this week.
 */
final class Topics {
    /** Trending compares the last hours with the week before them. */
    private static final Duration TREND_WINDOW = Duration.ofHours(12);

    private static final Duration TREND_BASELINE = Duration.ofDays(7);
    private static final Duration WEEK = Duration.ofDays(7);
    /** A hashtag on a single article is that article's, not a topic. */
    private static final int TOPIC_ARTICLES = 2;

    private final RecentList<Trend> rising;
    private final RecentList<TagCount> ofTheWeek;

    Topics(TagRepository tags, Clock clock) {
        this.rising = new RecentList<>(n -> tags.trending(clock.instant(), TREND_WINDOW, TREND_BASELINE, n));
        this.ofTheWeek = new RecentList<>(n -> tags.mostCovered(clock.instant().minus(WEEK), TOPIC_ARTICLES, n));
    }

    /** The {@code limit} hashtags rising fastest now, fastest first. */
    List<Trend> rising(int limit) {
        return rising.first(limit);
    }

    /** The {@code limit} hashtags on most of this week's articles, most first. */
    List<TagCount> ofTheWeek(int limit) {
        return ofTheWeek.first(limit);
    }
}
