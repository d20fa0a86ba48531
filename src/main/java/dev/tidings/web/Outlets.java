package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import dev.tidings.source.SourceRepository;
import dev.tidings.work.Recently;
import java.util.List;
import java.util.Map;

/**
 * The outlets with their article counts, as the side bar and the sources page list them. The
 * outlets are read for every page (their state changes with every fetch); the counts, which read
 * every article, {@link Recently recently}.
 */
final class Outlets {
    private final SourceRepository sources;
    private final Recently<Map<Long, Long>> counts;

    Outlets(SourceRepository sources, ArticleRepository articles) {
        this.sources = sources;
        this.counts = new Recently<>(() -> Map.copyOf(articles.countsBySource()));
    }

    List<Views.Outlet> all() {
        var counts = this.counts.get();
        return sources.all().stream()
                .map(s -> new Views.Outlet(s, counts.getOrDefault(s.id(), 0L)))
                .toList();
    }

    /**
     * At most {@code limit} of {@code all}: those with the most articles, in the order of {@code
     * all}; all of them when there are no more.
     */
    static List<Views.Outlet> largest(List<Views.Outlet> all, int limit) {
        if (all.size() <= limit) {
            return all;
        }
        var kept = new java.util.HashSet<>(all.stream()
                .sorted(java.util.Comparator.comparingLong(Views.Outlet::articleCount)
                        .reversed())
                .limit(limit)
                .toList());
        return all.stream().filter(kept::contains).toList();
    }
}
