package dev.tidings.demo;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Two articles with awkward text for every outlet, published as of a fixed moment. */
final class Samples {

    static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");
    static final URI BASE = URI.create("http://news.test:8080/");
    static final String NASTY_TITLE = "Bakers <b>&</b> \"brewers\" </script> O'Hara's plan";
    static final String NASTY_DEK = "Stalls <i>until dusk</i> & no cars -- \u201ccurly\u201d quotes";
    static final String ITALIC_PARAGRAPH = "A paragraph with <i>markup</i> & an ampersand.";

    private static final String NASTY = """
            title: %s
            byline: Ada Frey and Leo Marsh
            section: business
            event: e1
            hours_ago: 1.5
            dek: %s
            ---
            The first paragraph of the awkward story.

            ## What the traders want

            > "We need people to stop, not drive through."

            %s

            Second paragraph, after the quote.

            Third paragraph.

            Fourth paragraph.

            Fifth paragraph, the last.
            """.formatted(NASTY_TITLE, NASTY_DEK, ITALIC_PARAGRAPH);

    private static final String PLAIN = """
            title: An older, plainer story
            byline: Oskar Lind
            section: business
            event:
            hours_ago: 20
            dek: Nothing awkward here.
            ---
            Only one paragraph.
            """;

    private Samples() {}

    /** Each outlet's edition: the awkward story (newest) and the plain one. */
    static Map<Outlet, List<Publication>> edition() throws Exception {
        List<ArticleSource> sources = new ArrayList<>();
        for (Outlet outlet : Outlets.all()) {
            sources.add(ArticleFileParser.parse(outlet.slug() + "--awkward-story.txt", NASTY));
            sources.add(ArticleFileParser.parse(outlet.slug() + "--plain-story.txt", PLAIN));
        }
        return Edition.assemble(Outlets.all(), sources, NOW);
    }

    static Site site(Outlet outlet) {
        return new Site(outlet, BASE, NOW);
    }
}
