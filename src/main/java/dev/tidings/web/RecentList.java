package dev.tidings.web;

import dev.tidings.work.Recently;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A list about the whole site (the top stories, the hashtags of the moment), worked out {@link
 * Recently recently} as long as any reader asks for (the API's largest page) and read a prefix at a
 * time: ranking it reads every recent story or every hashtag of a week, so it is not done for
 * every page.
 */
final class RecentList<T> {
    private final Recently<List<T>> list;

    /** {@code work} makes the list of at most the number it is given. */
    RecentList(IntFunction<List<T>> work) {
        this.list = new Recently<>(() -> work.apply(ApiV1.MAX_LIMIT));
    }

    /** The first {@code limit} of the list. */
    List<T> first(int limit) {
        List<T> all = list.get();
        return all.size() > limit ? all.subList(0, limit) : all;
    }
}
