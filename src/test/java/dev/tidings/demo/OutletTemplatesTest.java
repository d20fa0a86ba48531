package dev.tidings.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every outlet's template, rendered without a server, checked for content, escaping, clutter, metadata. */
class OutletTemplatesTest {

    private static final Set<String> JSON_LD =
            Set.of("harbour-times", "daily-ledger", "circuit-signal", "global-observer", "civic-voice");
    private static final Set<String> OPEN_GRAPH = Set.of("metro-wire", "field-gazette", "global-observer");

    private static Map<Outlet, List<Publication>> edition;

    @BeforeAll
    static void render() throws Exception {
        edition = Samples.edition();
    }

    static List<Outlet> outlets() {
        return Outlets.all();
    }

    @ParameterizedTest
    @MethodSource("outlets")
    void articlePageCarriesTheTextEscapedWithItsCanonicalAndTime(Outlet outlet) {
        Publication pub = awkward(outlet);
        String html = articleHtml(outlet, pub);
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("link[rel=canonical]").attr("href"))
                .isEqualTo(Samples.BASE.resolve(pub.path()).toString());
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.selectFirst("h1").text()).isEqualTo(Samples.NASTY_TITLE);
        assertThat(doc.title()).contains(Samples.NASTY_TITLE);
        assertThat(html).doesNotContain("<b>&").doesNotContain("<i>").contains("&lt;b&gt;&amp;&lt;/b&gt;");
        assertThat(doc.text()).contains(Samples.NASTY_DEK).contains("Ada Frey").contains("Leo Marsh");
        assertThat(bodyTexts(doc))
                .containsSubsequence(pub.body().stream().map(Block::text).toList());
        assertThat(doc.select("h2").eachText()).contains("What the traders want");
        assertThat(doc.select("blockquote").eachText())
                .containsExactly("\"We need people to stop, not drive through.\"");
        assertThat(doc.select("time[datetime]").eachAttr("datetime"))
                .anySatisfy(datetime ->
                        assertThat(OffsetDateTime.parse(datetime).toInstant()).isEqualTo(pub.published()));
    }

    @ParameterizedTest
    @MethodSource("outlets")
    void articlePageCarriesTheClutterOfARealPage(Outlet outlet) {
        Publication pub = awkward(outlet);
        Publication other = edition.get(outlet).get(1);
        String html = articleHtml(outlet, pub);
        String lower = html.toLowerCase(Locale.ROOT);
        Document doc = Jsoup.parse(html);

        assertThat(lower).contains("advertisement", "cookie", "newsletter", "most read", "comment", "share", "privacy");
        assertThat(doc.select("footer, #footer").text().toLowerCase(Locale.ROOT))
                .contains("privacy", "terms");
        assertThat(doc.select("a[href=/]")).isNotEmpty();
        assertThat(doc.select("a[href=" + other.path() + "]"))
                .as("most read and related links")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("outlets")
    void articlePageCarriesTheOutletsStructuredMetadata(Outlet outlet) throws Exception {
        Publication pub = awkward(outlet);
        Document doc = Jsoup.parse(articleHtml(outlet, pub));

        var scripts = doc.select("script[type=application/ld+json]");
        if (JSON_LD.contains(outlet.slug())) {
            JsonNode article =
                    newsArticle(new ObjectMapper().readTree(scripts.first().data()));
            assertThat(article.path("headline").asText()).isEqualTo(Samples.NASTY_TITLE);
            assertThat(article.path("description").asText()).isEqualTo(Samples.NASTY_DEK);
            assertThat(OffsetDateTime.parse(article.path("datePublished").asText())
                            .toInstant())
                    .isEqualTo(pub.published());
            assertThat(article.path("author").findValuesAsText("name")).containsExactly("Ada Frey", "Leo Marsh");
        } else {
            assertThat(scripts).isEmpty();
        }
        var og = doc.select("meta[property^=og:]");
        if (OPEN_GRAPH.contains(outlet.slug())) {
            assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo(Samples.NASTY_TITLE);
            assertThat(doc.select("meta[property=article:published_time]").attr("content"))
                    .isNotEmpty();
        } else {
            assertThat(og).isEmpty();
        }
        if (outlet.slug().equals("northwind-post")) {
            assertThat(doc.select("meta[name=description]")).isEmpty();
            assertThat(doc.select(".entry-meta").text()).contains("Ada Frey and Leo Marsh");
        }
    }

    @ParameterizedTest
    @MethodSource("outlets")
    void frontPageListsHeadlinesAndTeasersButNoBody(Outlet outlet) {
        var site = Samples.site(outlet);
        var pubs = edition.get(outlet);
        Document doc = Jsoup.parse(html(SiteRenderer.render(site, pubs).get("/")));

        for (Publication pub : pubs) {
            assertThat(doc.select("a[href=" + pub.path() + "]").eachText()).contains(pub.title());
            assertThat(doc.text()).contains(pub.dek());
        }
        assertThat(doc.text()).doesNotContain("Third paragraph.").doesNotContain("Only one paragraph.");
        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(Samples.BASE.toString());
        assertThat(doc.select("link[rel=alternate]").attr("href"))
                .isEqualTo(site.feedUrl().toString());
    }

    @ParameterizedTest
    @MethodSource("outlets")
    void onlyTheIllustratedOutletServesItsLeadImages(Outlet outlet) {
        Publication pub = awkward(outlet);
        var resources = SiteRenderer.render(Samples.site(outlet), edition.get(outlet));
        Document doc = Jsoup.parse(articleHtml(outlet, pub));

        if (outlet.slug().equals("global-observer")) {
            Element figure = doc.selectFirst("figure");
            assertThat(figure.select("figcaption").text()).contains("Photograph:");
            assertThat(resources.get(figure.selectFirst("img").attr("src")).contentType())
                    .startsWith("image/svg+xml");
        } else {
            assertThat(doc.select("figure, img")).isEmpty();
            assertThat(resources.keySet()).noneMatch(path -> path.startsWith("/media/"));
        }
    }

    private static Publication awkward(Outlet outlet) {
        Publication pub = edition.get(outlet).getFirst();
        assertThat(pub.title()).isEqualTo(Samples.NASTY_TITLE);
        return pub;
    }

    private static String articleHtml(Outlet outlet, Publication pub) {
        return html(
                SiteRenderer.render(Samples.site(outlet), edition.get(outlet)).get(pub.path()));
    }

    private static String html(Resource resource) {
        assertThat(resource.contentType()).isEqualTo("text/html; charset=utf-8");
        return new String(resource.body(), StandardCharsets.UTF_8);
    }

    /** Paragraph, subheading and quote texts in document order, a quote's inner paragraph once. */
    static List<String> bodyTexts(Element doc) {
        List<String> texts = new ArrayList<>();
        for (Element element : doc.select("p, h2, blockquote")) {
            if (!(element.tagName().equals("p") && element.parent().tagName().equals("blockquote"))) {
                texts.add(element.text());
            }
        }
        return texts;
    }

    static JsonNode newsArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = newsArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return newsArticle(node.get("@graph"));
        }
        return node.path("@type").asText().equals("NewsArticle") ? node : null;
    }
}
