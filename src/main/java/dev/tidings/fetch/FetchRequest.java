package dev.tidings.fetch;

import java.net.URI;

/**
 * One GET: the URL, the validators of the last good response (for a conditional GET), and
 * whether private-network addresses may be reached (only for sources explicitly allowed).
 */
public record FetchRequest(URI url, String etag, String lastModified, boolean allowPrivateNetwork, String accept) {

    public static FetchRequest page(URI url, boolean allowPrivateNetwork) {
        return new FetchRequest(
                url, null, null, allowPrivateNetwork, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
    }

    public static FetchRequest feed(URI url, String etag, String lastModified, boolean allowPrivateNetwork) {
        return new FetchRequest(
                url,
                etag,
                lastModified,
                allowPrivateNetwork,
                "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5");
    }
}
