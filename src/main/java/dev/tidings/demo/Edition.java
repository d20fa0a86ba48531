package dev.tidings.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what each outlet has published as of {@code now}: every article at {@code now - hours_ago},
 * and every syndicated copy that many hours later, unless that is still in the future.
 */
final class Edition {

    private static final Logger log = LoggerFactory.getLogger(Edition.class);
    private static final Comparator<Publication> NEWEST_FIRST = Comparator.comparing(Publication::published)
            .reversed()
            .thenComparing(pub -> pub.article().slug());

    private Edition() {}

    /** Each outlet's publications, newest first, in the order of {@code outlets}. */
    static Map<Outlet, List<Publication>> assemble(List<Outlet> outlets, List<ArticleSource> articles, Instant now)
            throws ArticleFormatException {
        Instant start = now.truncatedTo(ChronoUnit.SECONDS);
        Map<String, Outlet> bySlug = new LinkedHashMap<>();
        outlets.forEach(outlet -> bySlug.put(outlet.slug(), outlet));
        Map<Outlet, List<Publication>> edition = new LinkedHashMap<>();
        outlets.forEach(outlet -> edition.put(outlet, new ArrayList<>()));
        for (ArticleSource article : articles) {
            Outlet outlet = outlet(bySlug, article, article.outletSlug());
            Instant published = start.minusSeconds(Math.round(article.hoursAgo() * 3600));
            edition.get(outlet).add(publication(outlet, article, published, article.byline(), false));
            if (article.syndication() != null) {
                syndicate(bySlug, edition, article, published, start);
            }
        }
        for (var entry : edition.entrySet()) {
            checkDistinctPaths(entry.getKey(), entry.getValue());
            entry.getValue().sort(NEWEST_FIRST);
            entry.setValue(List.copyOf(entry.getValue()));
        }
        return edition;
    }

    private static void syndicate(
            Map<String, Outlet> bySlug,
            Map<Outlet, List<Publication>> edition,
            ArticleSource article,
            Instant originalTime,
            Instant now)
            throws ArticleFormatException {
        var syndication = article.syndication();
        Outlet outlet = outlet(bySlug, article, syndication.outletSlug());
        Instant published = originalTime.plusSeconds(Math.round(syndication.delayHours() * 3600));
        if (published.isAfter(now)) {
            log.info(
                    "event=syndicated_copy_not_yet_due file={} outlet=\"{}\" due_in_minutes={}",
                    article.fileName(),
                    outlet.name(),
                    Duration.between(now, published).toMinutes());
            return;
        }
        edition.get(outlet).add(publication(outlet, article, published, Publication.AGENCY, true));
    }

    private static Publication publication(
            Outlet outlet, ArticleSource article, Instant published, String byline, boolean syndicated) {
        return new Publication(outlet, article, published, byline, syndicated, outlet.articlePath(article, published));
    }

    private static Outlet outlet(Map<String, Outlet> bySlug, ArticleSource article, String slug)
            throws ArticleFormatException {
        Outlet outlet = bySlug.get(slug);
        if (outlet == null) {
            throw new ArticleFormatException(
                    article.fileName(), "names unknown outlet '" + slug + "'; known: " + bySlug.keySet());
        }
        return outlet;
    }

    private static void checkDistinctPaths(Outlet outlet, List<Publication> publications)
            throws ArticleFormatException {
        Set<String> paths = new HashSet<>();
        for (Publication pub : publications) {
            if (!paths.add(pub.path())) {
                throw new ArticleFormatException(
                        pub.article().fileName(), "would publish a second page at " + outlet.slug() + pub.path());
            }
        }
    }
}
