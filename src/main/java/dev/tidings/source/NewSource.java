package dev.tidings.source;

import java.net.URI;

/** What it takes to add a source; the title may be null until the first fetch names it. */
public record NewSource(
        URI feedUrl, URI siteUrl, String title, String category, boolean allowPrivateNetwork, int intervalSeconds) {

    public static final int DEFAULT_INTERVAL_SECONDS = 900;

    public static NewSource of(URI feedUrl, boolean allowPrivateNetwork) {
        return new NewSource(feedUrl, null, null, null, allowPrivateNetwork, DEFAULT_INTERVAL_SECONDS);
    }
}
