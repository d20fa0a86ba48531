package dev.tidings.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FeedWritersTest {

    private static Map<Outlet, List<Publication>> edition;

    @BeforeAll
    static void assemble() throws Exception {
        edition = Samples.edition();
    }

    static List<Outlet> outlets() {
        return Outlets.all();
    }

    @Test
    void outletsMixFormatsAndAtLeastThreeAreSummaryOnly() {
        var styles = Outlets.all().stream().map(Outlet::feedStyle).toList();

        for (FeedStyle.Format format : FeedStyle.Format.values()) {
            assertThat(styles).contains(new FeedStyle(format, true), new FeedStyle(format, false));
        }
        assertThat(styles.stream().filter(style -> !style.fullContent())).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("outlets")
    void feedListsEntriesNewestFirstWithTheirFields(Outlet outlet) throws Exception {
        Site site = Samples.site(outlet);
        List<Publication> pubs = edition.get(outlet);
        var feed = FeedDocuments.parse(write(site, pubs));

        assertThat(feed.format()).isEqualTo(outlet.feedStyle().format());
        assertThat(feed.title()).isEqualTo(outlet.name());
        assertThat(feed.siteLink()).isEqualTo(Samples.BASE.toString());
        assertThat(feed.entries())
                .extracting(FeedDocuments.Entry::title)
                .containsExactly(Samples.NASTY_TITLE, "An older, plainer story");
        assertThat(feed.entries())
                .extracting(FeedDocuments.Entry::published)
                .containsExactly(pubs.get(0).published(), pubs.get(1).published());
        assertThat(feed.entries())
                .extracting(FeedDocuments.Entry::id)
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).isNotBlank());

        var entry = feed.entries().getFirst();
        String page = Samples.BASE.resolve(pubs.getFirst().path()).toString();
        String query = outlet.feedLinkQuery();
        assertThat(entry.link()).isEqualTo(query == null ? page : page + "?" + query);
        assertThat(entry.author()).contains("Ada Frey").contains("Leo Marsh");
        assertThat(entry.summary()).isEqualTo(Samples.NASTY_DEK);
    }

    @ParameterizedTest
    @MethodSource("outlets")
    void fullContentFeedsCarryTheBodyAndSummaryFeedsDoNot(Outlet outlet) throws Exception {
        Site site = Samples.site(outlet);
        List<Publication> pubs = edition.get(outlet);
        var entry = FeedDocuments.parse(write(site, pubs)).entries().getFirst();

        if (outlet.feedStyle().fullContent()) {
            var content = Jsoup.parseBodyFragment(entry.content());
            assertThat(OutletTemplatesTest.bodyTexts(content))
                    .containsExactlyElementsOf(
                            pubs.getFirst().body().stream().map(Block::text).toList());
            assertThat(content.select("p").eachText()).contains(Samples.ITALIC_PARAGRAPH);
        } else {
            assertThat(entry.content()).isNull();
            assertThat(new String(write(site, pubs), StandardCharsets.UTF_8)).doesNotContain("Third paragraph.");
        }
    }

    @ParameterizedTest
    @MethodSource("outlets")
    void emptyFeedIsStillAValidDocument(Outlet outlet) throws Exception {
        var feed = FeedDocuments.parse(write(Samples.site(outlet), List.of()));

        assertThat(feed.format()).isEqualTo(outlet.feedStyle().format());
        assertThat(feed.entries()).isEmpty();
    }

    private static byte[] write(Site site, List<Publication> pubs) {
        return FeedWriter.of(site.outlet().feedStyle()).write(site, pubs).getBytes(StandardCharsets.UTF_8);
    }
}
