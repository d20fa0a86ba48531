package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExtractorMetadataTest {

    private final Extractor extractor = new Extractor();

    private ExtractedArticle extract(String fixture, String url) {
        return extractor.extract(Fixtures.html(fixture), URI.create(url));
    }

    @Test
    void jsonLdInsideGraphGivesTheMetadata() {
        ExtractedArticle a = extract("jsonld-article.html", "https://news.example.org/2024/05/bridge-reopens?src=feed");

        assertThat(a.title()).isEqualTo("Harbour bridge reopens after repairs");
        assertThat(a.authors()).containsExactly("Mara Lindqvist", "Tobias Renn");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2024, 5, 14, 8, 30, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(a.published().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(a.modified()).isEqualTo(OffsetDateTime.of(2024, 5, 14, 11, 5, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.siteName()).isEqualTo("The Harbour Times");
        assertThat(a.canonicalUrl()).isEqualTo("https://news.example.org/2024/05/bridge-reopens");
        assertThat(a.imageUrl()).isEqualTo("https://news.example.org/img/og-bridge.jpg");
        assertThat(a.description()).isEqualTo("The old swing bridge carries traffic again after eight months of work.");
    }

    @Test
    void metaTagsGiveTheMetadataWithoutJsonLd() {
        ExtractedArticle a = extract("meta-tags-only.html", "https://inselbote.example.de/faehre");

        assertThat(a.title()).isEqualTo("Neue Fähre für die Inseln");
        assertThat(a.authors()).containsExactly("Greta Holm");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2023, 11, 2, 6, 15, 0, 0, ZoneOffset.UTC));
        // No offset in the page: taken as UTC.
        assertThat(a.modified()).isEqualTo(OffsetDateTime.of(2023, 11, 2, 9, 40, 0, 0, ZoneOffset.UTC));
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.siteName()).isEqualTo("Inselbote");
        assertThat(a.canonicalUrl()).isNull();
        assertThat(a.imageUrl()).isNull();
        assertThat(a.description()).isEqualTo("Die Reederei stellt ein leiseres Schiff in Dienst.");
        assertThat(a.text()).startsWith("Die Reederei hat am Donnerstag");
    }

    @Test
    void openGraphAloneGivesTheMetadataAndTheSiteSuffixIsStripped() {
        ExtractedArticle a = extract("opengraph-only.html", "https://courier.example.net/orchard");

        assertThat(a.title()).isEqualTo("Orchard festival draws record crowd");
        assertThat(a.siteName()).isEqualTo("Valley Courier");
        assertThat(a.authors()).containsExactly("Ruth Okafor");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2022, 9, 18, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(a.imageUrl()).isEqualTo("https://courier.example.net/photos/orchard.jpg");
        assertThat(a.description()).startsWith("More than twelve thousand visitors");
        assertThat(a.language()).isEqualTo("en-US");
        assertThat(a.hasBody()).isTrue();
    }

    @Test
    void microdataAloneGivesTheMetadata() {
        ExtractedArticle a = extract("microdata-only.html", "https://ville.example.fr/marche");

        assertThat(a.title()).isEqualTo("Le marché couvert rouvre ses portes");
        assertThat(a.authors()).containsExactly("Claire Dumas");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2021, 3, 6, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.description()).isEqualTo("Après deux ans de travaux, les commerçants retrouvent la halle.");
        assertThat(a.text())
                .startsWith("Après deux ans de travaux, le marché couvert")
                .doesNotContain("Par Claire Dumas");
    }

    @Test
    void pageWithoutMetadataGivesNullsAndEmptyAuthors() {
        ExtractedArticle a = extract("plain-article.html", "https://example.com/ferry");

        assertThat(a.title()).isNull();
        assertThat(a.authors()).isEmpty();
        assertThat(a.published()).isNull();
        assertThat(a.language()).isNull();
        assertThat(a.siteName()).isNull();
        assertThat(a.hasBody()).isTrue();
    }
}
