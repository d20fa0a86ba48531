package dev.tidings.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** Loads the feed fixtures under src/test/resources/dev/tidings/feed/ and parses them. */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture named " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedFeed parse(String name, String feedUrl) throws FeedParseException {
        return new FeedParser().parse(bytes(name), null, URI.create(feedUrl));
    }

    static ParsedFeed parse(String name, String contentType, String feedUrl) throws FeedParseException {
        return new FeedParser().parse(bytes(name), contentType, URI.create(feedUrl));
    }
}
