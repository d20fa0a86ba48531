package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final URI base = URI.create("https://news.example.org/2024/story.html");

    @Test
    void scriptsStylesAndFormsAreRemoved() {
        String out = sanitizer.sanitize(
                "<p>Hello</p><script>alert(1)</script><style>p{color:red}</style>"
                        + "<form action=/x><input name=q><button>Go</button></form>",
                base);
        assertThat(out).isEqualTo("<p>Hello</p>");
    }

    @Test
    void eventHandlersAndDangerousUrlsAreRemoved() {
        String out = sanitizer.sanitize(
                "<p onclick=\"steal()\">Hi <a href=\"javascript:alert(1)\">there</a></p>"
                        + "<img src=\"x.png\" onerror=\"steal()\" alt=\"a photo\" width=\"40\" height=\"30\" style=\"border:0\">"
                        + "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"inline\">",
                base);
        assertThat(out)
                .doesNotContain("onclick", "onerror", "javascript:", "data:", "style=", "inline")
                .contains(
                        "<img src=\"https://news.example.org/2024/x.png\" alt=\"a photo\" width=\"40\" height=\"30\">")
                .contains("there");
    }

    @Test
    void linksBecomeAbsoluteAndGetNofollowNoopener() {
        String out = sanitizer.sanitize("<p><a href=\"../about\" target=\"_blank\">About</a></p>", base);
        assertThat(out)
                .isEqualTo("<p><a href=\"https://news.example.org/about\" rel=\"nofollow noopener\">About</a></p>");
    }

    @Test
    void allowedEmbedsAreKeptAndOthersRemoved() {
        String out = sanitizer.sanitize(
                "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" width=\"560\" height=\"315\"></iframe>"
                        + "<iframe src=\"https://player.vimeo.com/video/42\"></iframe>"
                        + "<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>"
                        + "<iframe src=\"https://evil.example/frame\"></iframe>"
                        + "<iframe src=\"//player.vimeo.com/video/43\"></iframe>",
                base);
        assertThat(out)
                .contains("https://www.youtube-nocookie.com/embed/abc")
                .contains("https://player.vimeo.com/video/42")
                .contains("https://player.vimeo.com/video/43")
                .doesNotContain("www.youtube.com", "evil.example");
    }

    @Test
    void structureAndTablesAreKept() {
        String html = "<h2>Heading</h2><ul><li>one</li></ul><blockquote><p>quote</p></blockquote>"
                + "<figure><img src=\"/a.jpg\" alt=\"\"><figcaption>cap</figcaption></figure>"
                + "<table><tbody><tr><th>a</th><td colspan=\"2\">b</td></tr></tbody></table>";
        String out = sanitizer.sanitize(html, base);
        assertThat(out)
                .contains("<h2>Heading</h2>", "<li>one</li>", "<blockquote><p>quote</p></blockquote>")
                .contains("<figcaption>cap</figcaption>", "<td colspan=\"2\">b</td>")
                .contains("src=\"https://news.example.org/a.jpg\"");
    }

    @Test
    void blankInputGivesEmptyOutput() {
        assertThat(sanitizer.sanitize("", base)).isEmpty();
        assertThat(sanitizer.sanitize(null, null)).isEmpty();
    }
}
