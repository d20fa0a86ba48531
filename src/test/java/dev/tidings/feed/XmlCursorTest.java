package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class XmlCursorTest {

    @Test
    void refusesNestingDeeperThanTheLimitEvenWhenTheRuntimeAllowsIt() throws XMLStreamException {
        XMLInputFactory unlimited = XMLInputFactory.newDefaultFactory();
        // JDK 21 has no depth limit by default; switch off the newer JDKs' one to see ours act.
        unlimited.setProperty("jdk.xml.maxElementDepth", "0");
        String xml = "<a>".repeat(150) + "</a>".repeat(150);
        XmlCursor cursor = new XmlCursor(unlimited.createXMLStreamReader(new StringReader(xml)), null);

        assertThat(cursor.toRoot()).isTrue();
        assertThatThrownBy(cursor::skip)
                .isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("element depth exceeds the limit of 100 levels");
    }

    @Test
    void xmlBaseStacksAndUnwinds() throws XMLStreamException {
        String xml = "<r xml:base='https://a.example/x/'><b xml:base='y/'><c/></b><d/></r>";
        XmlCursor cursor = new XmlCursor(
                XMLInputFactory.newDefaultFactory().createXMLStreamReader(new StringReader(xml)),
                URI.create("https://feed.example/"));

        cursor.toRoot();
        assertThat(cursor.base()).isEqualTo(URI.create("https://a.example/x/"));
        cursor.nextChild();
        assertThat(cursor.base()).isEqualTo(URI.create("https://a.example/x/y/"));
        cursor.skip();
        cursor.nextChild();
        assertThat(cursor.localName()).isEqualTo("d");
        assertThat(cursor.base()).isEqualTo(URI.create("https://a.example/x/"));
    }
}
