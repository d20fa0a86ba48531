package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;

/**
 * Coverage-guided fuzzing of the feed parser: whatever the bytes, it returns a feed or throws
 * {@link FeedParseException}, never anything else, and every link it hands on is http(s). A plain
 * test run replays the committed inputs under {@code FeedParserFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1 ./mvnw test -Dtest=FeedParserFuzzTest} fuzzes (crashes land in that directory and
 * become regression inputs).
 */
class FeedParserFuzzTest {
    private static final URI FEED_URL = URI.create("https://feeds.example.com/news/feed.xml");
    private static final String[] CONTENT_TYPES = {
        null, "application/rss+xml", "text/xml; charset=iso-8859-1", "application/json", "text/html; charset=utf-16"
    };

    private final FeedParser parser = new FeedParser();

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String contentType = CONTENT_TYPES[(input[0] & 0xff) % CONTENT_TYPES.length];
        ParsedFeed feed;
        try {
            feed = parser.parse(input, contentType, FEED_URL);
        } catch (FeedParseException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        for (FeedEntry e : feed.entries()) {
            assertThat(e.guid()).isNotNull();
            if (e.url() != null) {
                assertThat(e.url().getScheme()).isIn("http", "https", "HTTP", "HTTPS", "Http", "Https");
                assertThat(e.url().getHost()).isNotNull();
            }
        }
    }
}
