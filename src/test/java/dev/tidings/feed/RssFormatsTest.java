package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RssFormatsTest {

    @Test
    void rss090ReadsChannelAndItemsButNotImageOrTextInput() throws Exception {
        ParsedFeed feed = Fixtures.parse("rss-0.90.xml", "http://gazette.example.com/rss.rdf");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_0_9X);
        assertThat(feed.title()).isEqualTo("Harbour Gazette");
        assertThat(feed.siteUrl()).isEqualTo(URI.create("http://gazette.example.com/"));
        assertThat(feed.entries())
                .extracting(FeedEntry::title)
                .containsExactly("Ferry timetable changes for winter", "Lighthouse reopens to visitors");
        FeedEntry first = feed.entries().get(0);
        assertThat(first.url()).isEqualTo(URI.create("http://gazette.example.com/2001/ferry-timetable"));
        assertThat(first.guid())
                .as("guid falls back to the link")
                .isEqualTo(first.url().toString());
    }

    @Test
    void rss091WithDoctypeLatin1AndHtmlEntitiesParses() throws Exception {
        ParsedFeed feed = Fixtures.parse("rss-0.91.xml", "http://valley.example.org/rss.xml");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_0_9X);
        assertThat(feed.title()).isEqualTo("Valley Weekly");
        assertThat(feed.language()).isEqualTo("en-gb");
        assertThat(feed.entries()).hasSize(2);
        assertThat(feed.entries().get(0).title()).isEqualTo("Bridge repairs start on Monday");
        assertThat(feed.entries().get(0).summary()).isEqualTo("Traffic will be diverted\u2026 for three weeks.");
        assertThat(feed.entries().get(1).title()).isEqualTo("School f\u00eate raises record sum");
    }

    @Test
    void rss092ReadsImageEnclosureAndItemsWithoutTitleOrLink() throws Exception {
        ParsedFeed feed = Fixtures.parse("rss-0.92.xml", "https://radio.example.net/feed");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_0_9X);
        FeedEntry episode = feed.entries().get(0);
        assertThat(episode.title()).isEqualTo("Episode 12: The shepherd's year");
        assertThat(episode.summary()).isEqualTo("<p>A conversation about <b>lambing</b> season.</p>");
        assertThat(episode.imageUrl()).isEqualTo(URI.create("https://radio.example.net/img/ep12.jpg"));
        assertThat(episode.url()).isNull();

        FeedEntry bare = feed.entries().get(1);
        assertThat(bare.title()).isNull();
        assertThat(bare.url()).isNull();
        assertThat(bare.guid()).startsWith("sha256:").isNotEqualTo(episode.guid());
    }

    @Test
    void rss20FullContentReadsEveryField() throws Exception {
        ParsedFeed feed = Fixtures.parse("rss-2.0-full-content.xml", "https://wire.example.com/feed.xml");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_2_0);
        assertThat(feed.title()).isEqualTo("The Metro & County Wire");
        assertThat(feed.siteUrl()).isEqualTo(URI.create("https://wire.example.com/"));
        assertThat(feed.language()).isEqualTo("en-us");

        FeedEntry tram = feed.entries().get(0);
        assertThat(tram.guid()).isEqualTo("wire-2024-0312-001");
        assertThat(tram.url()).isEqualTo(URI.create("https://wire.example.com/2024/03/tram-line-vote"));
        assertThat(tram.title())
                .as("HTML in a CDATA title is stripped")
                .isEqualTo("Council votes yes on the new tram line");
        assertThat(tram.author()).isEqualTo("Priya Natarajan");
        assertThat(tram.published()).isEqualTo(Instant.parse("2024-03-12T09:30:00Z"));
        assertThat(tram.summary()).isEqualTo("<p>The council approved the tram line by 31 votes to 9.</p>");
        assertThat(tram.contentHtml())
                .startsWith("<p>The council approved")
                .contains("<p>Construction is due to start next spring");
        assertThat(tram.imageUrl()).isEqualTo(URI.create("https://cdn.example.com/img/tram.jpg"));

        FeedEntry storm = feed.entries().get(1);
        assertThat(storm.title()).isEqualTo("Storm warning: \"gusts of 90 km/h\" expected");
        assertThat(storm.guid()).isEqualTo("https://wire.example.com/?p=4411");
        assertThat(storm.url())
                .as("link wins over a permalink guid")
                .isEqualTo(URI.create("https://wire.example.com/2024/03/storm-warning"));
        assertThat(storm.published()).isEqualTo(Instant.parse("2024-03-13T23:05:00Z"));
        assertThat(storm.contentHtml())
                .isEqualTo("<p>Residents are advised to <strong>secure loose objects</strong>.</p>");
        assertThat(storm.imageUrl())
                .as("a video is no image; the group's thumbnail is")
                .isEqualTo(URI.create("https://cdn.example.com/img/storm-thumb.jpg"));
    }

    @Test
    void rss20SummaryOnlyResolvesRelativeLinksAndKeepsDuplicatesAndBadDates() throws Exception {
        ParsedFeed feed = Fixtures.parse("rss-2.0-summary-only.xml", "https://hilltown.example/feeds/rss.xml");

        assertThat(feed.title()).as("whitespace collapsed").isEqualTo("Hill Town Courier");
        assertThat(feed.siteUrl()).isEqualTo(URI.create("https://hilltown.example/"));
        assertThat(feed.entries())
                .hasSize(5)
                .allSatisfy(e -> assertThat(e.contentHtml()).isNull());

        FeedEntry market = feed.entries().get(0);
        assertThat(market.url()).isEqualTo(URI.create("https://hilltown.example/news/market-day"));
        assertThat(market.guid()).isEqualTo("https://hilltown.example/news/market-day");
        assertThat(market.author()).as("name taken from 'email (name)'").isEqualTo("Sam Okafor");
        assertThat(market.published()).isEqualTo(Instant.parse("2024-04-06T07:00:00Z"));
        assertThat(market.summary()).startsWith("The weekly market");

        FeedEntry library = feed.entries().get(1);
        assertThat(library.url()).isEqualTo(URI.create("https://hilltown.example/feeds/news/library-hours"));
        assertThat(library.published()).as("unreadable date").isNull();

        assertThat(feed.entries().subList(2, 4))
                .extracting(FeedEntry::guid, FeedEntry::summary)
                .containsExactly(tuple("same-guid", "First."), tuple("same-guid", "Second."));
        assertThat(feed.entries().get(2).published()).as("30 days has April").isNull();
        assertThat(feed.entries().get(2).url())
                .as("a guid marked not a permalink is no link")
                .isNull();

        FeedEntry script = feed.entries().get(4);
        assertThat(script.url()).as("only http(s) links are kept").isNull();
        assertThat(script.published()).isEqualTo(Instant.parse("2024-04-07T10:00:00Z"));
    }

    @Test
    void rss10ReadsRdfItemsAndDublinCore() throws Exception {
        ParsedFeed feed = Fixtures.parse("rss-1.0.xml", "https://science.example.org/index.rdf");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_1_0);
        assertThat(feed.title()).isEqualTo("Science Notes");
        assertThat(feed.language()).isEqualTo("de");
        assertThat(feed.entries()).hasSize(2);

        FeedEntry comet = feed.entries().get(0);
        assertThat(comet.guid()).isEqualTo("https://science.example.org/notes/comet");
        assertThat(comet.author()).isEqualTo("Dr. Lena Vogt");
        assertThat(comet.published()).isEqualTo(Instant.parse("2024-02-10T04:45:00Z"));
        assertThat(comet.summary()).isEqualTo("Look east an hour before sunrise.");
        assertThat(comet.contentHtml()).isEqualTo("<p>Look <em>east</em> an hour before sunrise.</p>");
        assertThat(feed.entries().get(1).published()).isEqualTo(Instant.parse("2024-02-11T00:00:00Z"));
    }

    @Test
    void formatIsDetectedFromContentNotFromTheHeader() throws Exception {
        ParsedFeed feed = Fixtures.parse("rss-1.0.xml", "application/json", "https://science.example.org/index.rdf");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_1_0);
    }

    @Test
    void feedUrlMayBeNullThenOnlyAbsoluteLinksSurvive() throws Exception {
        ParsedFeed feed =
                new FeedParser().parse(Fixtures.bytes("rss-2.0-summary-only.xml"), "application/rss+xml", null);

        assertThat(feed.siteUrl()).isNull();
        assertThat(feed.entries()).extracting(FeedEntry::url).containsOnlyNulls();
    }
}
