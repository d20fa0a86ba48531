package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserSecurityTest {

    private static final String SECRET = "TOP-SECRET-7f3a9c";
    private static final URI FEED_URL = URI.create("https://feeds.example.com/feed");

    @TempDir
    Path dir;

    private final FeedParser parser = new FeedParser();

    @Test
    void externalGeneralEntityIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title>"
                + "<item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>";

        assertSecretNeverAppears(xml);
        assertThatThrownBy(() -> parse(xml)).hasMessageContaining("refusing a DOCTYPE that declares entities");
    }

    @Test
    void externalParameterEntityIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path dtd = Files.writeString(
                dir.resolve("evil.dtd"),
                "<!ENTITY % file SYSTEM \"" + secret.toUri() + "\">\n<!ENTITY leak \"%file;\">\n");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [ <!ENTITY % remote SYSTEM \"" + dtd.toUri() + "\"> %remote; ]>\n"
                + "<rss version=\"2.0\"><channel><item><title>&leak;</title></item></channel></rss>";

        assertSecretNeverAppears(xml);
    }

    @Test
    void externalDtdSubsetIsIgnoredAndItsEntitiesStayUnexpanded() throws Exception {
        Path dtd = Files.writeString(dir.resolve("feed.dtd"), "<!ENTITY secret \"" + SECRET + "\">\n");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<rss version=\"2.0\"><channel><item><title>a &secret; b</title></item></channel></rss>";

        ParsedFeed feed = parse(xml);

        assertThat(feed.entries().get(0).title()).isEqualTo("a &secret; b");
        assertThat(feed.toString()).doesNotContain(SECRET);
    }

    @Test
    void billionLaughsFailsBeforeAnyExpansion() {
        FeedParseException e = catchThrowableOfType(
                FeedParseException.class,
                () -> parser.parse(Fixtures.bytes("billion-laughs.xml"), "application/rss+xml", FEED_URL));

        assertThat(e)
                .hasMessage("unsafe XML: refusing a DOCTYPE that declares entities"
                        + " (entity expansion and external entities are not supported)");
    }

    @Test
    void deeplyNestedElementsAreRefusedNotRecursedInto() {
        String xml = "<rss version=\"2.0\"><channel><item><description>"
                + "<div>".repeat(5_000)
                + "</div>".repeat(5_000)
                + "</description></item></channel></rss>";

        assertThatThrownBy(() -> parse(xml))
                .hasMessageStartingWith("malformed XML at line 1")
                .hasMessageContaining("depth");
    }

    private void assertSecretNeverAppears(String xml) {
        try {
            ParsedFeed feed = parse(xml);
            assertThat(feed.toString()).doesNotContain(SECRET);
        } catch (FeedParseException e) {
            assertThat(e).hasMessageNotContaining(SECRET);
            assertThat(e.getCause() == null ? "" : e.getCause().toString()).doesNotContain(SECRET);
        }
    }

    private ParsedFeed parse(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", FEED_URL);
    }
}
