package dev.tidings.demo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Renders everything one outlet serves, once, at start: front page, feed, robots.txt, articles. */
final class SiteRenderer {

    private static final int MOST_READ = 5;
    private static final int RELATED = 3;

    private SiteRenderer() {}

    static Map<String, Resource> render(Site site, List<Publication> newestFirst) {
        Outlet outlet = site.outlet();
        Map<String, Resource> resources = new LinkedHashMap<>();
        var updated = FeedWriter.updated(site, newestFirst);
        resources.put(
                "/",
                Resource.of(outlet.template().frontPage(new FrontPage(site, newestFirst)), Resource.HTML, updated));
        resources.put(
                outlet.feedPath(),
                Resource.of(
                        FeedWriter.of(outlet.feedStyle()).write(site, newestFirst),
                        outlet.feedStyle().format().contentType,
                        updated));
        resources.put("/robots.txt", Resource.of("User-agent: *\nAllow: /\n", Resource.TEXT, site.now()));
        List<Publication> mostRead = mostRead(newestFirst);
        for (Publication pub : newestFirst) {
            var page = new ArticlePage(site, pub, without(mostRead, pub, MOST_READ), related(newestFirst, pub));
            resources.put(pub.path(), Resource.of(outlet.template().articlePage(page), Resource.HTML, pub.published()));
            if (outlet.template().leadImages()) {
                resources.put(LeadImage.path(pub), Resource.of(LeadImage.svg(pub), Resource.SVG, pub.published()));
            }
        }
        return resources;
    }

    static Resource notFound(Site site) {
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Page not found | %s</title></head>
                <body><h1>Page not found</h1><p>The page you asked for is not here. <a href="/">Go to the front page</a>.</p></body>
                </html>
                """.formatted(Html.esc(site.name()));
        return Resource.of(html, Resource.HTML, site.now());
    }

    /** A stable popularity order: what readers clicked is invented, but the same on every start. */
    private static List<Publication> mostRead(List<Publication> publications) {
        return publications.stream()
                .sorted(Comparator.comparingInt(
                        pub -> Objects.hash(pub.article().slug(), pub.outlet().slug())))
                .toList();
    }

    private static List<Publication> related(List<Publication> newestFirst, Publication pub) {
        var sameSection = newestFirst.stream().filter(other -> other.section().equals(pub.section()));
        var sameEvent = newestFirst.stream()
                .filter(other -> pub.article().event() != null
                        && pub.article().event().equals(other.article().event()));
        var ranked = Stream.of(sameEvent, sameSection, newestFirst.stream())
                .flatMap(s -> s)
                .distinct()
                .toList();
        return without(ranked, pub, RELATED);
    }

    private static List<Publication> without(List<Publication> list, Publication pub, int limit) {
        return list.stream().filter(other -> other != pub).limit(limit).toList();
    }
}
