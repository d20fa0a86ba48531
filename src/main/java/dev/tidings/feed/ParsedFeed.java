package dev.tidings.feed;

import java.net.URI;
import java.util.List;

/** A feed after parsing: its own title and site link, and its entries in document order. */
public record ParsedFeed(FeedFormat format, String title, URI siteUrl, String language, List<FeedEntry> entries) {}
