package dev.tidings.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;

/**
 * Coverage-guided fuzzing of the URL canonicalizer: any text gives null or an absolute http(s)
 * URL without fragment or tracking parameters, and canonicalizing that again changes nothing
 * (so one article never gets two ids). Replays {@code CanonicalUrlFuzzTestInputs/} in plain runs;
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class CanonicalUrlFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void canonicalize(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        URI url = CanonicalUrl.parse(text);
        if (url == null) {
            return;
        }
        assertThat(url.getScheme()).isIn("http", "https");
        assertThat(url.getHost()).isNotNull().isLowerCase();
        assertThat(url.getRawFragment()).isNull();
        if (url.getRawQuery() != null) {
            for (String pair : url.getRawQuery().split("&")) {
                assertThat(CanonicalUrl.isTracking(pair.split("=", 2)[0]))
                        .as(pair)
                        .isFalse();
            }
        }
        URI again = CanonicalUrl.of(url);
        assertThat(again).as("canonical form is stable for %s", text).isEqualTo(url);
        assertThat(ArticleId.of(again)).isEqualTo(ArticleId.of(url));
    }
}
