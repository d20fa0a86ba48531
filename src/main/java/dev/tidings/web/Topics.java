package dev.tidings.web;

import dev.tidings.tag.TagRepository;
import dev.tidings.tag.TagRepository.TagCount;
import dev.tidings.tag.TagRepository.Trend;
import dev.tidings.work.Recently;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The hashtags of the moment, as the home page, {@code /topics} and the API show them: those rising
 * fastest (the last hours against the week before them) and those on most articles this week. Both
 * read every hashtag of the week, so each is worked out {@link Recently recently} rather than for
 * every page.
 */
final class Topics {
    /** Trending compares the last hours with the week before them. */
    private static final Duration TREND_WINDOW = Duration.ofHours(12);

    private static final Duration TREND_BASELINE = Duration.ofDays(7);
    private static final Duration WEEK = Duration.ofDays(7);
    /** A hashtag on a single article is that article's, not a topic. */
    private static final int TOPIC_ARTICLES = 2;
    /** As many as any reader asks for: the API's largest page. */
    private static final int MOST = ApiV1.MAX_LIMIT;
    /** However cheap, the lists are at most this old. */
    private static final Duration OLDEST = Duration.ofMinutes(1);

    private final Recently<List<Trend>> rising;
    private final Recently<List<TagCount>> ofTheWeek;

    Topics(TagRepository tags, Clock clock) {
        this.rising = new Recently<>(() -> tags.trending(clock.instant(), TREND_WINDOW, TREND_BASELINE, MOST), OLDEST);
        this.ofTheWeek =
                new Recently<>(() -> tags.mostCovered(clock.instant().minus(WEEK), TOPIC_ARTICLES, MOST), OLDEST);
    }

    /** The {@code limit} hashtags rising fastest now, fastest first. */
    List<Trend> rising(int limit) {
        return first(rising.get(), limit);
    }

    /** The {@code limit} hashtags on most of this week's articles, most first. */
    List<TagCount> ofTheWeek(int limit) {
        return first(ofTheWeek.get(), limit);
    }

    private static <T> List<T> first(List<T> all, int limit) {
        return all.size() > limit ? all.subList(0, limit) : all;
    }
}
