package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Long feeds must stream through; these build one in memory and check every entry came out. */
class LargeFeedTest {

    private static final int ENTRIES = 20_000;
    private static final URI FEED_URL = URI.create("https://big.example.com/feed");

    @Test
    void rssWithTwentyThousandEntries() throws Exception {
        StringBuilder xml = new StringBuilder(ENTRIES * 400);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" ")
                .append("xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>")
                .append("<title>Big</title><link>https://big.example.com/</link>\n");
        for (int i = 0; i < ENTRIES; i++) {
            xml.append("<item><title>Story number ")
                    .append(i)
                    .append(" &amp; more</title><link>/stories/")
                    .append(i)
                    .append("</link><guid isPermaLink=\"false\">id-")
                    .append(i)
                    .append("</guid><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate>")
                    .append("<description>Summary of story ")
                    .append(i)
                    .append("</description><content:encoded><![CDATA[<p>Body of story ")
                    .append(i)
                    .append(" &nbsp; ]]></content:encoded></item>\n");
        }
        xml.append("</channel></rss>\n");

        ParsedFeed feed = new FeedParser().parse(xml.toString().getBytes(StandardCharsets.UTF_8), null, FEED_URL);

        assertThat(feed.entries()).hasSize(ENTRIES);
        FeedEntry last = feed.entries().get(ENTRIES - 1);
        assertThat(last.guid()).isEqualTo("id-" + (ENTRIES - 1));
        assertThat(last.title()).isEqualTo("Story number " + (ENTRIES - 1) + " & more");
        assertThat(last.url()).isEqualTo(URI.create("https://big.example.com/stories/" + (ENTRIES - 1)));
        assertThat(last.contentHtml()).as("CDATA passes through untouched").endsWith("&nbsp;");
        assertThat(last.published()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(feed.entries()).extracting(FeedEntry::guid).doesNotHaveDuplicates();
    }

    @Test
    void jsonFeedWithTwentyThousandItems() throws Exception {
        StringBuilder json = new StringBuilder(ENTRIES * 200);
        json.append("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[");
        for (int i = 0; i < ENTRIES; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"j")
                    .append(i)
                    .append("\",\"url\":\"/j/")
                    .append(i)
                    .append("\",\"title\":\"Item ")
                    .append(i)
                    .append("\",\"content_text\":\"Text\",\"date_published\":\"2024-01-01T00:00:00Z\"}");
        }
        json.append("],\"title\":\"Title after the items\"}");

        ParsedFeed feed = new FeedParser().parse(json.toString().getBytes(StandardCharsets.UTF_8), null, FEED_URL);

        assertThat(feed.entries()).hasSize(ENTRIES);
        assertThat(feed.title()).isEqualTo("Title after the items");
        assertThat(feed.entries().get(ENTRIES - 1).url())
                .isEqualTo(URI.create("https://big.example.com/j/" + (ENTRIES - 1)));
    }
}
