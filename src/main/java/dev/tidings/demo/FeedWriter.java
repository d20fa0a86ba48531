package dev.tidings.demo;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Writes one outlet's feed document from its publications, newest first. */
interface FeedWriter {

    String write(Site site, List<Publication> newestFirst);

    static FeedWriter of(FeedStyle style) {
        return switch (style.format()) {
            case RSS_2_0 -> new RssFeedWriter(style.fullContent());
            case ATOM_1_0 -> new AtomFeedWriter(style.fullContent());
            case JSON_FEED_1_1 -> new JsonFeedWriter(style.fullContent());
        };
    }

    /** The article link as the feed gives it, with the outlet's tracking parameters if it adds any. */
    static URI entryLink(Site site, Publication pub) {
        URI page = site.url(pub.path());
        String query = site.outlet().feedLinkQuery();
        return query == null ? page : URI.create(page + "?" + query);
    }

    /** When the feed last changed: its newest entry, or the start of the newsroom for an empty feed. */
    static Instant updated(Site site, List<Publication> newestFirst) {
        return newestFirst.isEmpty() ? site.now() : newestFirst.getFirst().published();
    }
}
