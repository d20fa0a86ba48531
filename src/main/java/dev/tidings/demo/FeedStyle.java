package dev.tidings.demo;

/** Which feed an outlet publishes: the format, and whether entries carry the full text or only the dek. */
record FeedStyle(Format format, boolean fullContent) {

    enum Format {
        RSS_2_0("application/rss+xml; charset=utf-8"),
        ATOM_1_0("application/atom+xml; charset=utf-8"),
        JSON_FEED_1_1("application/feed+json; charset=utf-8");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    String describe() {
        return format + (fullContent ? " full content" : " summary only");
    }
}
