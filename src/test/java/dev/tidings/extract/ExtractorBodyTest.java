package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ExtractorBodyTest {

    private final Extractor extractor = new Extractor();

    @Test
    void clutterAroundAndInsideTheArticleIsRemoved() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("jsonld-article.html"), URI.create("https://news.example.org/2024/05/bridge-reopens"));

        assertThat(a.text())
                .startsWith("The old swing bridge over the inner harbour opened")
                .contains("Costs rose by a third", "cast new bronze bearings", "twice a day")
                .doesNotContain(
                        "Facebook", // share bar
                        "cookies", // cookie banner
                        "newsletter", // newsletter prompt
                        "Most read",
                        "Ferry timetable", // most-read box
                        "Advertisement",
                        "At last!", // comments
                        "All rights reserved",
                        "By Mara Lindqvist", // byline repeated from the metadata
                        "Home");
        // The headline repeats the title, so it is not part of the body.
        assertThat(a.text()).doesNotStartWith("Harbour bridge");
    }

    @Test
    void kickerAboveTheHeadlineAppealForMoneyAndReadMoreCardsAreLeftOut() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("kicker-appeal-and-cards.html"),
                URI.create("https://courier.example.net/coast/lighthouse-keepers-return"));

        assertThat(a.text())
                .contains("Two keepers moved into the cottage", "after two winters.")
                .doesNotContain(
                        "Coast\n", // the section kicker linked above the headline
                        "Updated", // a badge above the headline
                        "Before you go",
                        "supporting the Coastal Courier",
                        "Read more",
                        "Harbour dredging", // a card: its headline wrapped in its link…
                        "ninety thousand cubic metres"); // …and its blurb, which keeps the box's links sparse
        assertThat(a.text().split("\n\n")[0]).isNotEqualTo("Coast");
    }

    @Test
    void textHasOneParagraphPerBlockSeparatedByBlankLines() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("jsonld-article.html"), URI.create("https://news.example.org/2024/05/bridge-reopens"));

        assertThat(a.text().split("\n\n"))
                .contains("Costs rose by a third")
                .anySatisfy(p -> assertThat(p).startsWith("Hundreds of residents gathered"));
        assertThat(a.text()).doesNotContain("\n\n\n").doesNotContain("  ");
    }

    @Test
    void htmlIsSanitizedWithAbsoluteLinks() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("jsonld-article.html"), URI.create("https://news.example.org/2024/05/bridge-reopens"));

        assertThat(a.html())
                .contains("<h2>Costs rose by a third</h2>")
                .contains("<p>The old swing bridge")
                .doesNotContain("<input", "class=", "Advertisement");
    }

    @Test
    void indexPageHasNoBody() {
        ExtractedArticle a =
                extractor.extract(Fixtures.html("index-page.html"), URI.create("https://riverside.example.com/local"));

        assertThat(a.hasBody()).isFalse();
        assertThat(a.text()).isEmpty();
        assertThat(a.html()).isEmpty();
        assertThat(a.title()).isEqualTo("Local news");
    }

    @Test
    void blogFrontPageOfPostOpeningsHasNoBody() {
        ExtractedArticle a =
                extractor.extract(Fixtures.html("blog-index.html"), URI.create("https://notes.example.org/"));

        assertThat(a.hasBody()).isFalse();
    }

    @Test
    void galleryHasNoBody() {
        ExtractedArticle a =
                extractor.extract(Fixtures.html("gallery.html"), URI.create("https://riverside.example.com/regatta"));

        assertThat(a.hasBody()).isFalse();
    }

    @Test
    void slideshowInsideTheArticleIsDroppedAndTheArticleKept() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("article-with-slideshow.html"), URI.create("https://riverside.example.com/housing"));

        assertThat(a.text())
                .startsWith("The city council approved the plan")
                .contains("pumping station", "within two years")
                .doesNotContain("Mill chimney", "textile mill", "City Photo Desk", "in pictures");
    }

    @Test
    void pageWithoutAnyMarkupHintsStillGivesItsProse() {
        ExtractedArticle a = extractor.extract(Fixtures.html("plain-article.html"), null);

        assertThat(a.text())
                .isEqualTo("The night ferry was cancelled because of fog, and passengers spent the night in the"
                        + " terminal, where staff handed out blankets and tea until the first boat left at six.\n\n"
                        + "The operator said it would refund all tickets and apologised for the wait.");
    }

    @Test
    void emptyAndBrokenInputGiveNoBody() {
        assertThat(extractor.extract("", null).hasBody()).isFalse();
        assertThat(extractor.extract(null, null).hasBody()).isFalse();
        assertThat(extractor.extract("<div><p>unclosed <b>tags", null).text()).isEqualTo("unclosed tags");
    }

    @Test
    void unmarkedBylineAndDatelineRepeatingTheMetadataAreDropped() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("opengraph-only.html"), URI.create("https://courier.example.net/orchard"));

        assertThat(a.text())
                .startsWith("More than twelve thousand visitors")
                .doesNotContain("By Ruth Okafor", "18 September 2022");
    }

    @Test
    void aPostedOnDatelineLeftAloneByItsBylineIsDropped() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("wordpress-entry-meta.html"), URI.create("https://northwind.example.org/news/flood"));

        assertThat(a.text())
                .startsWith("More than 4,000 people have been moved out")
                .contains("Jorgen Petrie has lived in the same terraced house")
                .doesNotContain("Posted on", "November 29, 2026", "Freya Lundgren");
    }

    @Test
    void jsonLdArticleBodyIsUsedWhenTheMarkupHidesTheArticleAndThePageShowsIt() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("jsonld-articlebody.html"), URI.create("https://city.example.org/tram"));

        assertThat(a.text().split("\n\n")).hasSize(3);
        assertThat(a.text()).startsWith("The city council approved the extension of tram line 4");
        assertThat(a.html()).startsWith("<p>The city council approved");
    }

    @Test
    void jsonLdArticleBodyThatThePageDoesNotShowIsIgnored() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("jsonld-articlebody-stale.html"), URI.create("https://city.example.org/tram"));

        assertThat(a.text()).doesNotContain("harbour festival");
    }
}
