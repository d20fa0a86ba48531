package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import dev.tidings.source.SourceRepository;
import dev.tidings.work.Recently;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outlets with their article counts, as the side bar and the sources page list them. The
 * outlets are read for every page (their state changes with every fetch); the counts, which read
 * every article, {@link Recently recently}.
 */
final class Outlets {
    /** However cheap, the counts are at most this old. */
    private static final Duration OLDEST = Duration.ofMinutes(1);

    private final SourceRepository sources;
    private final Recently<Map<Long, Long>> counts;

    Outlets(SourceRepository sources, ArticleRepository articles) {
        this.sources = sources;
        this.counts = new Recently<>(() -> Map.copyOf(articles.countsBySource()), OLDEST);
    }

    List<Views.Outlet> all() {
        var counts = this.counts.get();
        return sources.all().stream()
                .map(s -> new Views.Outlet(s, counts.getOrDefault(s.id(), 0L)))
                .toList();
    }
}
