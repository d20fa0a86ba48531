package dev.tidings.source;

import java.net.URI;

/**
 * One subscription in an OPML file: the feed, the site it belongs to, the folder it was filed
 * under, and, in a file Tidings exported for its operator, how it was followed ({@code followed},
 * else null). Only {@code feedUrl} is always present.
 */
public record OpmlOutline(String title, URI feedUrl, URI siteUrl, String category, Followed followed) {

    public OpmlOutline(String title, URI feedUrl, URI siteUrl, String category) {
        this(title, feedUrl, siteUrl, category, null);
    }

    /** How Tidings followed a feed: whether it may reach a private network, how often, whether paused. */
    public record Followed(boolean allowPrivateNetwork, int intervalSeconds, boolean paused) {}
}
