package dev.tidings.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupQuotesAndDropsControlCharacters() {
        assertThat(Html.esc("<b>&</b> \"q\" 'a'\u0007\tend"))
                .isEqualTo("&lt;b&gt;&amp;&lt;/b&gt; &quot;q&quot; &#39;a&#39;\tend");
    }

    @Test
    void rendersBodyBlocks() {
        var body = List.<Block>of(
                new Block.Paragraph("One & two"), new Block.Subheading("Sub <x>"), new Block.Quote("\"Said\""));

        assertThat(Html.body(body))
                .isEqualTo(
                        "<p>One &amp; two</p>\n<h2>Sub &lt;x&gt;</h2>\n<blockquote><p>&quot;Said&quot;</p></blockquote>");
    }

    @Test
    void linksAuthorsTheWayABylineReads() {
        assertThat(Html.authorLinks(List.of("Sofía Lindahl", "Ana Ruiz", "Tom Berg"), "/a/", "/", ""))
                .isEqualTo("<a href=\"/a/sofia-lindahl/\">Sofía Lindahl</a>, <a href=\"/a/ana-ruiz/\">Ana Ruiz</a>"
                        + " and <a href=\"/a/tom-berg/\">Tom Berg</a>");
    }
}
