package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fields of the API's documents read alike whatever the stored value looks like. */
class ApiFieldsTest extends OneArticleSiteTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyTimeIsInWholeSecondsEvenWhenStoredToTheMillisecond() throws Exception {
        long fetched = Instant.parse("2026-11-28T11:07:12.504Z").toEpochMilli();
        long published = Instant.parse("2026-11-28T10:59:59.999Z").toEpochMilli();
        site.db.transaction(h -> h.update("UPDATE sources SET last_fetched_at = ?", fetched));
        site.db.transaction(h -> h.update(
                "UPDATE articles SET published_at = ?, modified_at = ? WHERE id = ?", published, published, article));

        JsonNode outlet = read("/api/v1/outlets").path("items").get(0);
        JsonNode detail = read("/api/v1/articles/" + article);

        assertThat(outlet.path("last_fetched").asText()).isEqualTo("2026-11-28T11:07:12Z");
        assertThat(detail.path("published").asText()).isEqualTo("2026-11-28T10:59:59Z");
        assertThat(detail.path("modified").asText()).isEqualTo("2026-11-28T10:59:59Z");
        assertThat(read("/api/v1/articles")
                        .path("items")
                        .get(0)
                        .path("published")
                        .asText())
                .isEqualTo("2026-11-28T10:59:59Z");
    }

    @Test
    void anArticlesHtmlStartsAtItsFirstTagAndEndsAtItsLast() throws Exception {
        // the indentation an extracted body keeps from the publisher's page
        site.db.transaction(h -> h.update(
                "UPDATE articles SET body_html = ? WHERE id = ?",
                "\n  \n    \n    <p>The harbour reopened.</p>\n    <p>Ferries sail again.</p>\n  \n",
                article));

        String html = read("/api/v1/articles/" + article).path("html").asText();

        assertThat(html).isEqualTo("<p>The harbour reopened.</p>\n    <p>Ferries sail again.</p>");
    }

    private JsonNode read(String path) throws Exception {
        var r = new Browserless(site.base()).get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return json.readTree(r.body());
    }
}
