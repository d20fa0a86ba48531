package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LenientXmlReaderTest {

    @ParameterizedTest(name = "padding {0}")
    @ValueSource(ints = {0, 1, 8180, 8185, 8188, 8190, 8191, 8192, 8193, 8200, 16383})
    void repairsAreTheSameWhereverTheInputIsCut(int padding) throws IOException {
        String pad = "x".repeat(padding);
        String input = "<r>" + pad + "a&nbsp;b & c <![CDATA[&nbsp; ]] ]]> &#0;&#65;&lt;</r>";
        String expected = "<r>" + pad + "a&#160;b &amp; c <![CDATA[&nbsp; ]] ]]> &#65;&lt;</r>";

        assertThat(filter(input, false)).isEqualTo(expected);
        assertThat(filter(input, true)).as("read one char at a time").isEqualTo(expected);
    }

    @ParameterizedTest(name = "padding {0}")
    @ValueSource(ints = {0, 8185, 8188, 8190})
    void doctypeIsDroppedKeepingItsLineBreaks(int padding) throws IOException {
        String input = "<?xml version=\"1.0\"?><!-- " + "-".repeat(padding)
                + " -->\n<!DOCTYPE rss PUBLIC \"a>\"\n 'b'>\n<rss/>";

        assertThat(filter(input, false))
                .isEqualTo("<?xml version=\"1.0\"?><!-- " + "-".repeat(padding) + " -->\n\n\n<rss/>");
    }

    @ParameterizedTest(name = "padding {0}")
    @ValueSource(ints = {0, 8180, 8185, 8188, 8190})
    void entityDeclarationsAreRefusedEvenAcrossReadBoundaries(int padding) {
        String input = "<!DOCTYPE r [" + " ".repeat(padding) + "<!ENTITY a \"b\">]><r>&a;</r>";
        LenientXmlReader reader = new LenientXmlReader(new StringReader(input));

        assertThatThrownBy(() -> reader.read(new char[20_000])).isInstanceOf(IOException.class);
        assertThat(reader.rejection()).startsWith("refusing a DOCTYPE that declares entities");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFF  \n", "\n\t "})
    void leadingWhitespaceAndStrayByteOrderMarksAreDropped(String lead) throws IOException {
        assertThat(filter(lead + "<?xml version=\"1.0\"?><r/>", false)).isEqualTo("<?xml version=\"1.0\"?><r/>");
    }

    private static String filter(String input, boolean oneCharAtATime) throws IOException {
        Reader source = oneCharAtATime ? new OneCharReader(input) : new StringReader(input);
        try (Reader reader = new LenientXmlReader(source)) {
            StringBuilder out = new StringBuilder();
            char[] buf = new char[oneCharAtATime ? 1 : 4096];
            int n;
            while ((n = reader.read(buf, 0, buf.length)) >= 0) {
                out.append(buf, 0, n);
            }
            return out.toString();
        }
    }

    /** A reader that hands over a single character per call, the worst case for look-ahead. */
    private static final class OneCharReader extends Reader {
        private final String text;
        private int pos;

        OneCharReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (pos >= text.length()) {
                return -1;
            }
            cbuf[off] = text.charAt(pos++);
            return 1;
        }

        @Override
        public void close() {}
    }
}
