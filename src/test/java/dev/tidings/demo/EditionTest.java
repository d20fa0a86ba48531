package dev.tidings.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditionTest {

    private static final Instant NOW = Instant.parse("2026-11-27T18:00:00.750Z");

    @Test
    void publishesAtNowMinusHoursAgoAndSyndicatesLater() throws Exception {
        var edition = assemble(article("harbour-times", "story", "5.5", "northwind-post 0.7"));

        Publication original = only(edition, "harbour-times");
        assertThat(original.published()).isEqualTo(Instant.parse("2026-11-27T12:30:00Z"));
        assertThat(original.byline()).isEqualTo("Jane Roe");
        assertThat(original.syndicated()).isFalse();

        Publication copy = only(edition, "northwind-post");
        assertThat(Duration.between(original.published(), copy.published())).isEqualTo(Duration.ofMinutes(42));
        assertThat(copy.byline()).isEqualTo("Continental Press");
        assertThat(copy.syndicated()).isTrue();
        assertThat(copy.article()).isSameAs(original.article());
        assertThat(copy.path()).isNotEqualTo(original.path());
    }

    @Test
    void aCopyDueAfterNowIsNotPublishedYet() throws Exception {
        var edition = assemble(article("harbour-times", "story", "0.3", "northwind-post 0.6"));

        assertThat(edition.get(outlet("harbour-times"))).hasSize(1);
        assertThat(edition.get(outlet("northwind-post"))).isEmpty();
    }

    @Test
    void ordersEachOutletNewestFirst() throws Exception {
        var edition = assemble(
                article("metro-wire", "old", "30", null),
                article("metro-wire", "new", "0.1", null),
                article("metro-wire", "middle", "2", null));

        assertThat(edition.get(outlet("metro-wire")))
                .extracting(pub -> pub.article().slug())
                .containsExactly("new", "middle", "old");
    }

    @Test
    void rejectsUnknownOutletsAndTwoPagesAtOnePath() throws Exception {
        assertThatThrownBy(() -> assemble(article("daily-planet", "story", "1", null)))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("daily-planet--story.txt")
                .hasMessageContaining("unknown outlet 'daily-planet'");
        assertThatThrownBy(() -> assemble(article("harbour-times", "story", "1", "gazette-du-nord 1")))
                .hasMessageContaining("unknown outlet 'gazette-du-nord'");
        assertThatThrownBy(() -> assemble(
                        article("harbour-times", "story", "1", "northwind-post 0.5"),
                        article("northwind-post", "story", "1", null)))
                .hasMessageContaining("second page at northwind-post");
    }

    private static Map<Outlet, List<Publication>> assemble(ArticleSource... articles) throws Exception {
        return Edition.assemble(Outlets.all(), List.of(articles), NOW);
    }

    private static Publication only(Map<Outlet, List<Publication>> edition, String slug) {
        assertThat(edition.get(outlet(slug))).hasSize(1);
        return edition.get(outlet(slug)).getFirst();
    }

    private static Outlet outlet(String slug) {
        return Outlets.all().stream()
                .filter(o -> o.slug().equals(slug))
                .findFirst()
                .orElseThrow();
    }

    private static ArticleSource article(String outlet, String slug, String hoursAgo, String also) throws Exception {
        String text = "title: T\nbyline: Jane Roe\nsection: world\nhours_ago: " + hoursAgo + "\ndek: D\n"
                + (also == null ? "" : "also: " + also + "\n") + "---\nBody.\n";
        return ArticleFileParser.parse(outlet + "--" + slug + ".txt", text);
    }
}
