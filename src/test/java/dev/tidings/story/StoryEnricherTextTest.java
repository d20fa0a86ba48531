package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.article.Article;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The text the live enricher describes an article by: standfirst first, never twice. */
class StoryEnricherTextTest {
    private static Article article(String lead, String body) {
        Instant t = Instant.parse("2026-11-20T12:00:00Z");
        return new Article(
                "a1",
                1,
                URI.create("https://example.org/a1"),
                "Marrow Bay under water",
                null,
                "en",
                t,
                null,
                t,
                null,
                lead,
                lead,
                null,
                body,
                0,
                null,
                false);
    }

    @Test
    void theStandfirstComesBeforeABodyThatOpensOnAScene() {
        String text = StoryEnricher.text(article(
                "Storm Edda's surge poured over the sea wall.", "Natural disasters rarely choose their moment."));
        assertThat(text)
                .startsWith("Storm Edda's surge poured over the sea wall.")
                .endsWith("their moment.");
    }

    @Test
    void aBodyThatAlreadyOpensWithTheStandfirstIsKeptAsItIs() {
        String body = "Storm Edda's surge poured over the sea wall. Troops are on the streets.";
        assertThat(StoryEnricher.text(article("Storm Edda's surge poured over the sea wall.", body)))
                .isEqualTo(body);
        assertThat(StoryEnricher.text(article(null, body))).isEqualTo(body);
        assertThat(StoryEnricher.text(article("  ", body))).isEqualTo(body);
    }
}
