package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedParserFailuresTest {

    private static final URI FEED_URL = URI.create("https://feeds.example.com/feed");

    private final FeedParser parser = new FeedParser();

    @Test
    void emptyBodyIsRefusedWithItsSize() {
        assertThatThrownBy(() -> parser.parse(new byte[0], "application/rss+xml", FEED_URL))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("empty body (0 bytes)");
    }

    @Test
    void whitespaceOnlyBodyCountsAsEmpty() {
        assertThatThrownBy(() -> parse(" \n\t "))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("empty body (4 bytes of whitespace)");
    }

    @Test
    void htmlPageServedAsFeedIsNamedAsSuch() {
        assertThatThrownBy(() -> parser.parse(Fixtures.bytes("html-page.html"), "application/rss+xml", FEED_URL))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("not a feed: the document is an HTML page");
    }

    @Test
    void wellFormedXhtmlPageIsAlsoAnHtmlPage() {
        String xhtml = "<?xml version=\"1.0\"?>\n<!-- generated -->\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body/></html>";

        assertThatThrownBy(() -> parse(xhtml)).hasMessage("not a feed: the document is an HTML page");
    }

    @Test
    void malformedXmlReportsLineAndColumn() {
        assertThatThrownBy(() -> parser.parse(Fixtures.bytes("malformed.xml"), null, FEED_URL))
                .isInstanceOf(FeedParseException.class)
                .hasMessageMatching("malformed XML at line 9, column \\d+: .*\"title\".*");
    }

    @Test
    void lineNumbersStayRightAfterAMultiLineDoctypeIsDropped() {
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
                + "  \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel>\n"
                + "<title>x</title>\n"
                + "<item><title>oops</item>\n"
                + "</channel></rss>";

        assertThatThrownBy(() -> parse(xml)).hasMessageStartingWith("malformed XML at line 6,");
    }

    @Test
    void unknownRootElementIsNamed() {
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><catalog><book/></catalog>"))
                .hasMessage("unknown feed format: root element <catalog>");
    }

    @Test
    void opmlIsNotAFeed() {
        assertThatThrownBy(() -> parse("<opml version=\"2.0\"><body/></opml>"))
                .hasMessage("not a feed: the document is an OPML subscription list");
    }

    @Test
    void plainTextIsNeitherXmlNorJson() {
        assertThatThrownBy(() -> parse("Service Unavailable"))
                .hasMessageStartingWith("not a feed: the body is neither XML nor JSON");
    }

    @Test
    void jsonThatIsNotAJsonFeedIsRefused() {
        assertThatThrownBy(() -> parse("{\"status\": \"ok\", \"items\": []}"))
                .hasMessage("not a feed: JSON document without a JSON Feed version (version=missing)");
        assertThatThrownBy(() -> parse("[1, 2, 3]")).hasMessage("not a feed: the JSON document is not an object");
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        String json = "{\"version\": \"https://jsonfeed.org/version/1.1\",\n \"items\": [ {\"id\": 1,, } ] }";

        assertThatThrownBy(() -> parse(json)).hasMessageMatching("malformed JSON at line 2, column \\d+: .+");
    }

    @Test
    void truncatedFeedIsMalformed() {
        assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel><title>Cut off"))
                .hasMessageStartingWith("malformed XML");
    }

    private ParsedFeed parse(String body) throws FeedParseException {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), null, FEED_URL);
    }
}
