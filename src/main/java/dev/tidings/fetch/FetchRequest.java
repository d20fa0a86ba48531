package dev.tidings.fetch;

import java.net.URI;

/**
 * One GET: the URL, the validators of the last good response (for a conditional GET), whether
 * private-network addresses may be reached (only for sources explicitly allowed), and what is
 * fetched: article pages obey robots.txt, feeds are fetched regardless, as feed readers do.
 */
public record FetchRequest(
        URI url, String etag, String lastModified, boolean allowPrivateNetwork, String accept, Purpose purpose) {

    /** What the body is for. */
    public enum Purpose {
        FEED,
        PAGE,
        ROBOTS,
        /** A picture fetched for a reader's page, as a browser would fetch it: robots.txt does not apply. */
        IMAGE
    }

    public static FetchRequest page(URI url, boolean allowPrivateNetwork) {
        return new FetchRequest(
                url, null, null, allowPrivateNetwork, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", Purpose.PAGE);
    }

    public static FetchRequest feed(URI url, String etag, String lastModified, boolean allowPrivateNetwork) {
        return new FetchRequest(
                url,
                etag,
                lastModified,
                allowPrivateNetwork,
                "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5",
                Purpose.FEED);
    }

    public static FetchRequest image(URI url, boolean allowPrivateNetwork) {
        return new FetchRequest(
                url,
                null,
                null,
                allowPrivateNetwork,
                "image/avif,image/webp,image/png,image/jpeg,image/gif",
                Purpose.IMAGE);
    }

    static FetchRequest robots(URI url, boolean allowPrivateNetwork) {
        return new FetchRequest(url, null, null, allowPrivateNetwork, "text/plain, */*;q=0.5", Purpose.ROBOTS);
    }
}
