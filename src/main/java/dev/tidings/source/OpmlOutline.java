package dev.tidings.source;

import java.net.URI;

/**
 * One subscription in an OPML file: the feed, the site it belongs to, and the folder it was filed
 * under. Only {@code feedUrl} is always present.
 */
public record OpmlOutline(String title, URI feedUrl, URI siteUrl, String category) {}
