package dev.tidings.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentFormatTest {

    @Test
    void paragraphsLineBreaksEmphasisAndQuotes() {
        assertThat(CommentFormat.toHtml("One *two* **three**\nfour\n\n> quoted\n> words\n\nlast"))
                .isEqualTo("<p>One <em>two</em> <strong>three</strong><br>four</p>"
                        + "<blockquote><p>quoted<br>words</p></blockquote><p>last</p>");
    }

    @Test
    void linksGetNofollowUgcNoopenerAndOnlyHttp() {
        assertThat(CommentFormat.toHtml("See [the report](https://example.org/r?a=1&b=2) or http://x.example/p."))
                .isEqualTo("<p>See <a href=\"https://example.org/r?a=1&amp;b=2\" rel=\"nofollow ugc noopener\">the"
                        + " report</a> or <a href=\"http://x.example/p\" rel=\"nofollow ugc noopener\">"
                        + "http://x.example/p</a>.</p>");
        assertThat(CommentFormat.toHtml("[x](javascript:alert(1)) [y](data:text/html,hi)"))
                .doesNotContain("<a");
    }

    @Test
    void typedMarkupIsShownAsText() {
        assertThat(CommentFormat.toHtml("<b onclick=\"x()\">hi</b> & 'q'"))
                .isEqualTo("<p>&lt;b onclick=\"x()\"&gt;hi&lt;/b&gt; &amp; 'q'</p>");
    }

    @Test
    void theSanitizerDropsAnythingOutsideTheSubsetEvenIfConversionLetItThrough() {
        assertThat(
                        CommentFormat.sanitize(
                                "<p onclick=\"a()\">x<script>alert(1)</script><img src=x onerror=a()>"
                                        + "<a href=\"javascript:a()\">j</a><a href=\"https://ok.example\" target=\"_blank\">ok</a></p>"))
                .isEqualTo("<p>x<a rel=\"nofollow ugc noopener\">j</a>"
                        + "<a href=\"https://ok.example\" rel=\"nofollow ugc noopener\">ok</a></p>");
    }

    @Test
    void duplicatesAreRecognisedDespiteCaseAndSpacing() {
        assertThat(Comments.fingerprint("Buy  NOW\n\nplease")).isEqualTo(Comments.fingerprint("buy now please"));
        assertThat(Comments.fingerprint("buy now")).isNotEqualTo(Comments.fingerprint("buy later"));
    }

    @Test
    void linksAreCounted() {
        assertThat(CommentFormat.linkCount(CommentFormat.toHtml("https://a.example and https://b.example")))
                .isEqualTo(2);
    }
}
