package dev.tidings.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.extract.ExtractedArticle;
import dev.tidings.extract.Extractor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every article of the demo newsroom, rendered by its outlet's template and read back by the
 * extractor Tidings ingests with: the whole body comes back, in order, and none of the page's
 * clutter (affiliate disclosures, ads, share rails, "Read more", footers) does.
 */
class DemoExtractionTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final List<String> CLUTTER = List.of(
            "affiliate commission",
            "here's how it works",
            "advertisement",
            "read more",
            "most read",
            "sign up",
            "newsletter",
            "copy link",
            "all rights reserved",
            "cookie");

    private static Map<Outlet, List<Publication>> edition;

    @BeforeAll
    static void assemble() throws Exception {
        var articles = ArticleLoader.load(DemoExtractionTest.class.getClassLoader(), "dev/tidings/demo/articles/");
        edition = Edition.assemble(Outlets.all(), articles, NOW);
    }

    @Test
    void everyDemoArticleIsExtractedWholeAndWithoutClutter() {
        Extractor extractor = new Extractor();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var e : edition.entrySet()) {
            Site site = new Site(e.getKey(), URI.create("http://127.0.0.1:8000/"), NOW);
            var pages = SiteRenderer.render(site, e.getValue());
            for (Publication pub : e.getValue()) {
                String html = new String(pages.get(pub.path()).body(), StandardCharsets.UTF_8);
                ExtractedArticle got = extractor.extract(html, site.baseUrl().resolve(pub.path()));
                String text = normalize(got.text());
                String where = e.getKey().slug() + pub.path();
                List<String> paragraphs =
                        pub.body().stream().map(b -> normalize(b.text())).toList();
                int at = 0;
                for (String p : paragraphs) {
                    int found = text.indexOf(p, at);
                    if (found < 0) {
                        problems.add(where + ": missing or out of order: " + cut(p));
                        break;
                    }
                    at = found + p.length();
                }
                String lower = text.toLowerCase(Locale.ROOT);
                String bodyLower = String.join(" ", paragraphs).toLowerCase(Locale.ROOT);
                for (String clutter : CLUTTER) {
                    if (lower.contains(clutter) && !bodyLower.contains(clutter)) {
                        problems.add(where + ": clutter kept: " + clutter);
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(60);
        assertThat(problems).isEmpty();
    }

    private static String normalize(String s) {
        return s.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"')
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String cut(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
