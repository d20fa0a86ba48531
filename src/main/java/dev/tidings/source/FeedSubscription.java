package dev.tidings.source;

import dev.tidings.feed.FeedParseException;
import dev.tidings.feed.FeedParser;
import dev.tidings.feed.ParsedFeed;
import dev.tidings.fetch.FetchRequest;
import dev.tidings.fetch.FetchResult;
import dev.tidings.fetch.HttpFetcher;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Follows a feed once it has been fetched and read, so a mistyped address or a page that is no feed
 * is refused with the reason rather than added to fail at every refresh: what {@code tidings source
 * add} and an administrator's form on {@code /sources} both do.
 */
public final class FeedSubscription {
    private final SourceRepository sources;
    private final HttpFetcher fetcher;
    private final FeedParser parser = new FeedParser();

    public FeedSubscription(SourceRepository sources, HttpFetcher fetcher) {
        this.sources = sources;
        this.fetcher = fetcher;
    }

    /** The source followed, how many entries its feed holds now, and whether it was followed before. */
    public record Followed(Source source, int entries, boolean before) {}

    /**
     * Fetches and reads the feed at {@code address}, then follows it under {@code title} (the feed's
     * own title when null or blank). A feed followed already keeps its row (and is resumed if
     * paused). Throws {@link IllegalArgumentException} saying what is wrong with the address or
     * the feed.
     */
    public Followed follow(String address, String title, boolean allowPrivateNetwork, int intervalSeconds) {
        URI url = address(address);
        boolean before = sources.named(url.toString()).isPresent();
        FetchResult result = fetcher.fetch(FetchRequest.feed(url, null, null, allowPrivateNetwork));
        if (!(result instanceof FetchResult.Ok ok)) {
            throw new IllegalArgumentException("cannot fetch " + url + ": "
                    + (result instanceof FetchResult.Failed f ? f.message() : "no content"));
        }
        ParsedFeed feed;
        try {
            feed = parser.parse(ok.body(), ok.contentType(), ok.url());
        } catch (FeedParseException e) {
            throw new IllegalArgumentException(url + " is not a feed Tidings can read: " + e.getMessage(), e);
        }
        String name = title != null && !title.isBlank() ? title.strip() : feed.title();
        Source s = sources.add(new NewSource(url, feed.siteUrl(), name, null, allowPrivateNetwork, intervalSeconds));
        return new Followed(s, feed.entries().size(), before);
    }

    /** An absolute http or https address, or why not. */
    private static URI address(String address) {
        String text = address == null ? "" : address.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("give the feed's address, such as https://example.com/feed.xml");
        }
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(text + " is not an address: " + e.getReason(), e);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException(text + " is not an http or https address");
        }
        return url;
    }
}
