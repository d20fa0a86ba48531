package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import dev.tidings.source.SourceRepository;
import java.util.List;

/** The outlets with their article counts, as the side bar and the sources page list them. */
final class Outlets {
    private final SourceRepository sources;
    private final ArticleRepository articles;

    Outlets(SourceRepository sources, ArticleRepository articles) {
        this.sources = sources;
        this.articles = articles;
    }

    List<Views.Outlet> all() {
        var counts = articles.countsBySource();
        return sources.all().stream()
                .map(s -> new Views.Outlet(s, counts.getOrDefault(s.id(), 0L)))
                .toList();
    }
}
