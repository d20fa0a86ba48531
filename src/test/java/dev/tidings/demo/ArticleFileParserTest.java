package dev.tidings.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.demo.ArticleSource.Syndication;
import dev.tidings.demo.Block.Paragraph;
import dev.tidings.demo.Block.Quote;
import dev.tidings.demo.Block.Subheading;
import org.junit.jupiter.api.Test;

class ArticleFileParserTest {

    private static final String FILE = """
            title: Canal locks reopen: boats queue at dawn
            byline: Ada Frey and Leo Marsh
            section: business
            event:
            hours_ago: 5.5
            dek: Repairs took nine months.
            also: metro-wire 0.7
            ---
            The first paragraph
            goes on over two lines.

            ## A subheading
            > A quoted passage
            > over two lines.
            A paragraph straight after the quote.


            Last paragraph.
            """;

    @Test
    void readsHeaderAndBody() throws Exception {
        ArticleSource article = ArticleFileParser.parse("daily-ledger--canal-locks-reopen.txt", FILE);

        assertThat(article.outletSlug()).isEqualTo("daily-ledger");
        assertThat(article.slug()).isEqualTo("canal-locks-reopen");
        assertThat(article.title()).isEqualTo("Canal locks reopen: boats queue at dawn");
        assertThat(article.byline()).isEqualTo("Ada Frey and Leo Marsh");
        assertThat(article.section()).isEqualTo("business");
        assertThat(article.event()).isNull();
        assertThat(article.hoursAgo()).isEqualTo(5.5);
        assertThat(article.dek()).isEqualTo("Repairs took nine months.");
        assertThat(article.syndication()).isEqualTo(new Syndication("metro-wire", 0.7));
        assertThat(article.body())
                .containsExactly(
                        new Paragraph("The first paragraph goes on over two lines."),
                        new Subheading("A subheading"),
                        new Quote("A quoted passage over two lines."),
                        new Paragraph("A paragraph straight after the quote."),
                        new Paragraph("Last paragraph."));
    }

    @Test
    void acceptsWindowsLineEndingsAndByteOrderMark() throws Exception {
        String windows = "\uFEFF" + FILE.replace("\n", "\r\n");

        assertThat(ArticleFileParser.parse("daily-ledger--x.txt", windows))
                .isEqualTo(ArticleFileParser.parse("daily-ledger--x.txt", FILE));
    }

    @Test
    void keepsEventAndToleratesUnknownKeys() throws Exception {
        String text = FILE.replace("event:", "event: e07\nphotographer: Someone");

        assertThat(ArticleFileParser.parse("daily-ledger--x.txt", text).event()).isEqualTo("e07");
    }

    @Test
    void rejectsMissingRequiredHeaderNamingFileAndKey() {
        String text = FILE.replace("dek: Repairs took nine months.\n", "");

        assertThatThrownBy(() -> ArticleFileParser.parse("daily-ledger--x.txt", text))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("daily-ledger--x.txt")
                .hasMessageContaining("'dek'");
    }

    @Test
    void rejectsBadHours() {
        assertThatThrownBy(() -> ArticleFileParser.parse("daily-ledger--x.txt", FILE.replace("5.5", "soon")))
                .hasMessageContaining("hours_ago 'soon'");
        assertThatThrownBy(() -> ArticleFileParser.parse("daily-ledger--x.txt", FILE.replace("5.5", "-1")))
                .hasMessageContaining("hours_ago '-1'");
        assertThatThrownBy(() -> ArticleFileParser.parse("daily-ledger--x.txt", FILE.replace("0.7", "later")))
                .hasMessageContaining("also 'later'");
    }

    @Test
    void rejectsSyndicationToItself() {
        assertThatThrownBy(() -> ArticleFileParser.parse("metro-wire--x.txt", FILE))
                .hasMessageContaining("own outlet metro-wire");
    }

    @Test
    void rejectsMissingSeparatorEmptyBodyAndBadFileName() {
        assertThatThrownBy(() -> ArticleFileParser.parse("daily-ledger--x.txt", FILE.replace("---", "")))
                .hasMessageContaining("no '---' line");
        assertThatThrownBy(() ->
                        ArticleFileParser.parse("daily-ledger--x.txt", FILE.substring(0, FILE.indexOf("---") + 4)))
                .hasMessageContaining("body is empty");
        assertThatThrownBy(() -> ArticleFileParser.parse("Daily Ledger - x.txt", FILE))
                .hasMessageContaining("<outlet>--<slug>.txt");
    }
}
