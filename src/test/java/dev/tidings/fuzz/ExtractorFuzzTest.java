package dev.tidings.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tidings.extract.ExtractedArticle;
import dev.tidings.extract.Extractor;
import dev.tidings.extract.HtmlDecoder;
import dev.tidings.extract.HtmlSanitizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Coverage-guided fuzzing of the extractor through its public API only (it lives in its own
 * package, owned elsewhere): whatever the bytes, decoding and extraction do not throw, and the
 * body HTML they return, like the sanitizer's output for feed content, carries nothing that runs:
 * no script-bearing elements, no event handlers, no {@code javascript:}/{@code data:} URLs.
 * Replays {@code ExtractorFuzzTestInputs/} in plain runs; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ExtractorFuzzTest {
    private static final URI PAGE = URI.create("https://news.example.com/2026/11/story.html");
    private static final List<String> ACTIVE = List.of(
            "script",
            "style",
            "form",
            "input",
            "button",
            "object",
            "embed",
            "applet",
            "frame",
            "frameset",
            "base",
            "meta",
            "link",
            "svg",
            "math",
            "template",
            "textarea",
            "select");

    private final Extractor extractor = new Extractor();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @FuzzTest(maxDuration = "30s")
    void extract(byte[] input) {
        String html = HtmlDecoder.decode(input, input.length > 0 && input[0] % 2 == 0 ? "text/html" : null);
        ExtractedArticle article = extractor.extract(html, PAGE);
        assertThat(article).isNotNull();
        assertThat(dangers(article.html())).as("extracted body").isEmpty();
        assertThat(dangers(sanitizer.sanitize(html, PAGE)))
                .as("sanitized fragment")
                .isEmpty();
    }

    /** What in this HTML could run script or submit data; empty when nothing. */
    static List<String> dangers(String html) {
        List<String> found = new ArrayList<>();
        if (html == null || html.isEmpty()) {
            return found;
        }
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (ACTIVE.contains(e.normalName())) {
                found.add("<" + e.normalName() + ">");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value =
                        a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("formaction")) {
                    found.add(e.normalName() + "@" + name);
                }
                if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    found.add(e.normalName() + "@" + name + "=" + a.getValue());
                }
            }
        }
        return found;
    }
}
