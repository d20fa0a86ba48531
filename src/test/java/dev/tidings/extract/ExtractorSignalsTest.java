package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** One fixture page per signal the extractor reads, beyond those in the metadata and body tests. */
class ExtractorSignalsTest {

    private final Extractor extractor = new Extractor();

    @Test
    void timeElementRelCanonicalAndHtmlLangGiveTheMetadata() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("time-and-canonical.html"), URI.create("https://seeblatt.example.at/a?utm=1"));

        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2024-03-05T07:30:00+01:00"));
        assertThat(a.canonicalUrl()).isEqualTo("https://seeblatt.example.at/lokal/neue-faehre?ref=home");
        assertThat(a.language()).isEqualTo("de-AT");
        assertThat(a.text())
                .startsWith("Die neue Fähre hat am Dienstag")
                .contains("zwölf Fahrten")
                .doesNotContain("Veröffentlicht am");
    }

    @Test
    void mainElementWinsOverUnmarkedProseBesideIt() {
        ExtractedArticle a =
                extractor.extract(Fixtures.html("main-element.html"), URI.create("https://courier.example.com/buses"));

        assertThat(a.text())
                .startsWith("Night buses will run")
                .contains("Shift workers at the hospital")
                .doesNotContain("published every week since 1921", "About this paper");
    }

    @Test
    void aListOfLinksInsideTheBodyIsDroppedByItsLinkDensity() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("link-list-in-body.html"), URI.create("https://county.example.com/frost"));

        assertThat(a.text())
                .contains("Apple growers across the county", "scarce and dearer than last year")
                .doesNotContain("Cider festival", "Bees return");
    }

    @Test
    void paywalledTeaserKeepsTheVisibleLeadWithoutThePrompt() {
        ExtractedArticle a = extractor.extract(
                Fixtures.html("paywall-teaser.html"), URI.create("https://coast.example.com/lighthouse"));

        assertThat(a.hasBody()).isTrue();
        assertThat(a.text())
                .startsWith("For a hundred and forty years")
                .contains("brick by numbered brick")
                .doesNotContainIgnoringCase("subscribe")
                .doesNotContain("Log in");
    }

    @Test
    void everyCharsetPathEndsInTheSameArticleText() {
        ExtractedArticle cyrillic = extractor.extract(
                HtmlDecoder.decode(
                        Fixtures.bytes("charset-header-windows-1251.html"), "text/html; charset=windows-1251"),
                URI.create("https://example.ru/a"));
        assertThat(cyrillic.text()).contains("Паром вышел в море.");

        String utf16 = HtmlDecoder.decode(Fixtures.bytes("charset-bom-utf-16le.html"), "text/html; charset=utf-8");
        assertThat(utf16).contains("Åland ferries – 日本語");
    }
}
