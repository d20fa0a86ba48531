package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OpinionTest {

    private static final String BODY = "<article><h1>%s</h1>"
            + "<p>The council voted last night to close the old swing bridge for a second winter, and the"
            + " people of the harbour deserve a better explanation than the one they were given.</p>"
            + "<p>Eight months of repairs were promised in the spring. The scaffolding is still there, the"
            + " ferry is still full and nobody at the town hall will say what went wrong or what it cost.</p>"
            + "<p>A town that cannot keep a bridge open should at least be able to say why.</p></article>";

    private final Extractor extractor = new Extractor();

    private ExtractedArticle page(String url, String head, String title) {
        String html = "<!doctype html><html lang=\"en\"><head><title>" + title + "</title>" + head + "</head><body>"
                + BODY.formatted(title) + "</body></html>";
        return extractor.extract(html, URI.create(url));
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void aPageIsOpinionWhenItsPublisherMarksItSoInAnyOfTheUsualWays() {
        String title = "The bridge deserves better";
        String news = "https://news.example.org/2026/11/bridge";
        assertThat(page(news, jsonLd("{\"@type\":\"OpinionNewsArticle\",\"headline\":\"" + title + "\"}"), title)
                        .opinion())
                .as("schema.org type")
                .isTrue();
        assertThat(page(
                                news,
                                jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":[\"NewsArticle\"],"
                                        + "\"headline\":\"" + title
                                        + "\",\"articleSection\":[\"Opinion\",\"Local\"]}]}"),
                                title)
                        .opinion())
                .as("JSON-LD section")
                .isTrue();
        assertThat(page(news, "<meta property=\"article:section\" content=\"Comment &amp; Debate\">", title)
                        .opinion())
                .as("a section whose first part is opinion")
                .isTrue();
        assertThat(page(news, "<meta property=\"article:section\" content=\"Opinion - Columnists\">", title)
                        .opinion())
                .as("meta section")
                .isTrue();
        assertThat(page(
                                news,
                                jsonLd("[{\"@type\":\"NewsArticle\",\"headline\":\"" + title + "\"},"
                                        + "{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
                                        + "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Editorials\"}]}]"),
                                title)
                        .opinion())
                .as("breadcrumbs")
                .isTrue();
        assertThat(page("https://www.example.com/commentisfree/2026/nov/28/bridge", "", title)
                        .opinion())
                .as("an opinion folder in the URL")
                .isTrue();
        assertThat(page(news, "", "Opinion | " + title).opinion())
                .as("a labelled headline")
                .isTrue();
    }

    @Test
    void reportingIsNotTakenForOpinionByAWordInItsNameOrSection() {
        String title = "Opinion poll puts the harbour party ahead";
        assertThat(page("https://news.example.org/2026/11/opinion-poll-harbour", "", title)
                        .opinion())
                .as("the article's own name in the URL")
                .isFalse();
        assertThat(page(
                                "https://news.example.org/politics/poll",
                                "<meta property=\"article:section\" content=\"Opinion polls\">"
                                        + jsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"" + title
                                                + "\",\"articleSection\":\"Politics\"}"),
                                title)
                        .opinion())
                .as("a section that only begins with the word")
                .isFalse();
        assertThat(page("https://news.example.org/comment/2026/bridge", "", "Bridge closes again")
                        .opinion())
                .as("a comment folder, where many sites keep readers' comments")
                .isFalse();
    }

    @Test
    void aLabelledHeadlineLosesItsLabelSinceThePageShowsItApart() {
        ExtractedArticle a = page("https://news.example.org/2026/11/bridge", "", "Opinion: The bridge deserves better");
        assertThat(a.opinion()).isTrue();
        assertThat(a.title()).isEqualTo("The bridge deserves better");
        assertThat(Opinion.withoutLabel("Editorial — Why we endorse the harbour plan"))
                .isEqualTo("Why we endorse the harbour plan");
        assertThat(Opinion.withoutLabel("Opinion: Wrong"))
                .as("one word left is no headline")
                .isEqualTo("Opinion: Wrong");
        assertThat(Opinion.byUrl(URI.create("https://example.org/opinions/2026/a-view")))
                .isTrue();
        assertThat(Opinion.byUrl(null)).isFalse();
    }
}
