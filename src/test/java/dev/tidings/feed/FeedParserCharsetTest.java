package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedParserCharsetTest {

    private static final String URL = "https://charset.example.com/feed";

    @Test
    void utf8BodyDeclaredAsLatin1IsReadAsUtf8() throws Exception {
        ParsedFeed feed = Fixtures.parse("charset-declared-latin1-sent-utf8.xml", "text/xml; charset=iso-8859-1", URL);

        assertThat(feed.title()).isEqualTo("Z\u00fcrich caf\u00e9: cr\u00e8me br\u00fbl\u00e9e");
        assertThat(feed.entries().get(0).summary()).isEqualTo("\u00dcn\u00efc\u00f6d\u00e9");
    }

    @Test
    void windows1252BodyDeclaredAsUtf8IsReadAsWindows1252() throws Exception {
        ParsedFeed feed = Fixtures.parse("charset-declared-utf8-sent-cp1252.xml", URL);

        assertThat(feed.title()).isEqualTo("\u201cNa\u00efve\u201d caf\u00e9");
        assertThat(feed.entries().get(0).summary()).isEqualTo("Price: 5\u20ac");
    }

    @Test
    void unknownDeclaredCharsetFallsBackInsteadOfFailing() throws Exception {
        ParsedFeed feed = Fixtures.parse("charset-declared-unknown.xml", URL);

        assertThat(feed.title()).isEqualTo("Gr\u00f6\u00dfe matters");
    }

    @Test
    void headerCharsetIsUsedWhenTheDocumentDeclaresNone() throws Exception {
        ParsedFeed feed =
                Fixtures.parse("charset-header-only-cp1251.xml", "application/rss+xml; charset=\"windows-1251\"", URL);

        assertThat(feed.title()).isEqualTo("\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f");
    }

    @Test
    void bogusHeaderCharsetIsIgnored() throws Exception {
        ParsedFeed feed = Fixtures.parse("charset-declared-unknown.xml", "text/xml; charset=made-up", URL);

        assertThat(feed.title()).isEqualTo("Gr\u00f6\u00dfe matters");
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws Exception {
        ParsedFeed feed = Fixtures.parse("bom-utf8.xml", "text/xml; charset=iso-8859-1", URL);

        assertThat(feed.title()).isEqualTo("Stra\u00dfe mit BOM");
    }

    @Test
    void utf16ByteOrderMarkDecidesTheEncoding() throws Exception {
        ParsedFeed feed = Fixtures.parse("bom-utf16le.xml", URL);

        assertThat(feed.title()).isEqualTo("\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac \u03bd\u03ad\u03b1");
        assertThat(feed.entries()).hasSize(1);
    }

    @Test
    void utf8JsonFeedWithBomParses() throws Exception {
        byte[] json = "\uFEFF{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Caf\u00e9\",\"items\":[]}"
                .getBytes(StandardCharsets.UTF_8);

        ParsedFeed feed = new FeedParser().parse(json, "application/feed+json", URI.create(URL));

        assertThat(feed.title()).isEqualTo("Caf\u00e9");
    }

    @Test
    void sloppyFeedWithHtmlEntitiesStrayAmpersandsAndControlCharactersRecovers() throws Exception {
        ParsedFeed feed = Fixtures.parse("sloppy.xml", "https://sloppy.example.com/rss");

        assertThat(feed.title()).isEqualTo("Tom & Jerry\u2019s Gazette");
        assertThat(feed.siteUrl()).isEqualTo(URI.create("https://sloppy.example.com/?a=1&b=2"));
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.title()).isEqualTo("Caf\u00e9s reopen \u2014 at last &unknownentity; A");
        assertThat(entry.summary()).isEqualTo("Prices up 5% & queues long \u00a9 2024");
        assertThat(entry.url()).isEqualTo(URI.create("https://sloppy.example.com/cafes?id=7&ref=rss"));
    }

    @Test
    void leadingWhitespaceBeforeTheXmlDeclarationIsTolerated() throws Exception {
        byte[] body = "\n\n  <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>ok</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(new FeedParser().parse(body, null, URI.create(URL)).title()).isEqualTo("ok");
    }
}
