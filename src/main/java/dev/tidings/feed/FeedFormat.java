package dev.tidings.feed;

/** The feed dialects Tidings reads. */
public enum FeedFormat {
    RSS_0_9X,
    RSS_1_0,
    RSS_2_0,
    ATOM_0_3,
    ATOM_1_0,
    JSON_FEED_1_0,
    JSON_FEED_1_1
}
