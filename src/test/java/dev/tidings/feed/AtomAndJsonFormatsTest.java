package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AtomAndJsonFormatsTest {

    @Test
    void atom10ResolvesXmlBaseAndPrefersAlternateLinks() throws Exception {
        ParsedFeed feed = Fixtures.parse("atom-1.0.xml", "https://observer.example.com/blog/atom.xml");

        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_1_0);
        assertThat(feed.title()).isEqualTo("Global Observer");
        assertThat(feed.language()).isEqualTo("fr");
        assertThat(feed.siteUrl()).isEqualTo(URI.create("https://observer.example.com/blog/"));
        assertThat(feed.entries()).hasSize(3);

        FeedEntry rivers = feed.entries().get(0);
        assertThat(rivers.guid()).isEqualTo("tag:observer.example.com,2024:17");
        assertThat(rivers.title()).isEqualTo("Rivers & roads: a summer of repairs");
        assertThat(rivers.url())
                .as("rel=alternate beats the earlier rel=edit; relative to xml:base")
                .isEqualTo(URI.create("https://observer.example.com/blog/2024/05/rivers-and-roads"));
        assertThat(rivers.published()).isEqualTo(Instant.parse("2024-05-01T06:00:00Z"));
        assertThat(rivers.updated()).isEqualTo(Instant.parse("2024-05-02T09:15:30.250Z"));
        assertThat(rivers.author()).isEqualTo("Am\u00e9lie Durand");
        assertThat(rivers.summary()).isEqualTo("<p>Works on <b>twelve</b> bridges.</p>");
        assertThat(rivers.contentHtml())
                .as("xhtml content without its wrapping div, re-serialised as HTML")
                .isEqualTo("<p>Works on twelve bridges &amp; three roads.</p><img src=\"map.png\" alt=\"Map\">");
        assertThat(rivers.imageUrl()).isEqualTo(URI.create("https://observer.example.com/media/rivers.png"));

        FeedEntry trains = feed.entries().get(1);
        assertThat(trains.title()).as("xhtml title as plain text").isEqualTo("Night trains return");
        assertThat(trains.url()).isEqualTo(URI.create("https://elsewhere.example.net/stories/night-trains"));
        assertThat(trains.published()).isNull();
        assertThat(trains.updated()).isEqualTo(Instant.parse("2024-05-03T21:00:00Z"));
        assertThat(trains.author()).as("inherited from the feed").isEqualTo("Observer Staff");
        assertThat(trains.contentHtml()).isEqualTo("<p>Sleeper services resume in June.</p>");
        assertThat(trains.imageUrl())
                .isEqualTo(URI.create("https://elsewhere.example.net/stories/thumbs/night-trains.jpg"));

        FeedEntry related = feed.entries().get(2);
        assertThat(related.url())
                .as("with no alternate link, another link is better than none")
                .isEqualTo(URI.create("https://partner.example.org/report"));
        assertThat(related.contentHtml()).as("text content is not HTML").isNull();
        assertThat(related.summary()).isEqualTo("Plain text content <not markup>.");
    }

    @Test
    void atom03ReadsModesAndOldDateNames() throws Exception {
        ParsedFeed feed = Fixtures.parse("atom-0.3.xml", "http://journal.example.com/atom.xml");

        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_0_3);
        assertThat(feed.title()).isEqualTo("Pine & Oak Journal");
        assertThat(feed.language()).isEqualTo("en");
        assertThat(feed.siteUrl()).isEqualTo(URI.create("http://journal.example.com/"));

        FeedEntry planting = feed.entries().get(0);
        assertThat(planting.url()).isEqualTo(URI.create("http://journal.example.com/2005/07/planting"));
        assertThat(planting.published()).isEqualTo(Instant.parse("2005-07-31T12:29:29Z"));
        assertThat(planting.updated()).isEqualTo(Instant.parse("2005-07-31T12:29:29Z"));
        assertThat(planting.summary()).isEqualTo("Which seeds went in this week.");
        assertThat(planting.contentHtml()).isEqualTo("<p>Beans, <em>peas</em> and squash.</p>");
        assertThat(planting.author()).isEqualTo("Morgan Lee");

        assertThat(feed.entries().get(1).contentHtml()).isEqualTo("<p>The barrels are full.</p>");
    }

    @Test
    void jsonFeed10ReadsItemsAndFeedAuthor() throws Exception {
        ParsedFeed feed = Fixtures.parse("jsonfeed-1.0.json", "https://tech.example.com/feed.json");

        assertThat(feed.format()).isEqualTo(FeedFormat.JSON_FEED_1_0);
        assertThat(feed.title()).isEqualTo("Tidewater Tech");
        assertThat(feed.siteUrl()).isEqualTo(URI.create("https://tech.example.com/"));

        FeedEntry ferries = feed.entries().get(0);
        assertThat(ferries.guid()).isEqualTo("2347259");
        assertThat(ferries.title()).isEqualTo("Solar ferries & the quiet crossing");
        assertThat(ferries.summary()).isEqualTo("The first solar ferry crossed the estuary in silence.");
        assertThat(ferries.contentHtml()).isNull();
        assertThat(ferries.published()).isEqualTo(Instant.parse("2024-06-01T14:00:00Z"));
        assertThat(ferries.updated()).isEqualTo(Instant.parse("2024-06-02T15:30:00Z"));
        assertThat(ferries.imageUrl()).isEqualTo(URI.create("https://tech.example.com/img/solar-ferry.jpg"));
        assertThat(ferries.author()).isEqualTo("Tidewater editors");

        FeedEntry plant = feed.entries().get(1);
        assertThat(plant.guid()).as("numeric ids are read as text").isEqualTo("99");
        assertThat(plant.summary()).isEqualTo("A new plant opens on the old docks.");
        assertThat(plant.contentHtml()).isEqualTo("<p>The plant will process <em>20,000 tonnes</em> a year.</p>");
        assertThat(plant.author()).isEqualTo("Kwame Mensah");
        assertThat(plant.published()).isNull();
        assertThat(plant.imageUrl()).isEqualTo(URI.create("https://tech.example.com/img/plant-banner.jpg"));
    }

    @Test
    void jsonFeed11ReadsAuthorsArrayAndLanguage() throws Exception {
        ParsedFeed feed = Fixtures.parse("jsonfeed-1.1.json", "https://lights.example.no/feed.json");

        assertThat(feed.format()).isEqualTo(FeedFormat.JSON_FEED_1_1);
        assertThat(feed.language()).isEqualTo("nb-NO");
        assertThat(feed.entries()).hasSize(2);

        FeedEntry aurora = feed.entries().get(0);
        assertThat(aurora.guid()).isEqualTo("https://lights.example.no/p/aurora-forecast");
        assertThat(aurora.author()).isEqualTo("Ingrid Berg");
        assertThat(aurora.published()).isEqualTo(Instant.parse("2024-01-19T19:00:00Z"));

        FeedEntry anonymous = feed.entries().get(1);
        assertThat(anonymous.url()).isNull();
        assertThat(anonymous.guid()).startsWith("sha256:");
        assertThat(anonymous.guid())
                .as("the fallback guid is stable across parses")
                .isEqualTo(Fixtures.parse("jsonfeed-1.1.json", "https://lights.example.no/feed.json")
                        .entries()
                        .get(1)
                        .guid());
    }
}
