package dev.tidings.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Just enough feed reading to check the newsroom's feeds: the JDK XML parser and Jackson, checking
 * the basic structure of each format on the way. The real parser lives in the feed package.
 */
final class FeedDocuments {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    record Entry(
            String title, String link, String id, Instant published, String author, String summary, String content) {}

    record Feed(FeedStyle.Format format, String title, String siteLink, List<Entry> entries) {}

    private FeedDocuments() {}

    static Feed parse(byte[] body) throws Exception {
        String start = new String(body, 0, Math.min(body.length, 100), StandardCharsets.UTF_8).strip();
        if (start.startsWith("{")) {
            return json(new ObjectMapper().readTree(body));
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        Element root = doc.getDocumentElement();
        if (root.getLocalName().equals("rss")) {
            return rss(root);
        }
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        return atom(root);
    }

    private static Feed rss(Element rss) {
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = child(rss, null, "channel");
        assertThat(text(channel, null, "description")).isNotBlank();
        List<Entry> entries = new ArrayList<>();
        for (Element item : children(channel, null, "item")) {
            entries.add(new Entry(
                    text(item, null, "title"),
                    text(item, null, "link"),
                    text(item, null, "guid"),
                    ZonedDateTime.parse(text(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant(),
                    text(item, DC, "creator"),
                    text(item, null, "description"),
                    text(item, CONTENT, "encoded")));
        }
        return new Feed(FeedStyle.Format.RSS_2_0, text(channel, null, "title"), text(channel, null, "link"), entries);
    }

    private static Feed atom(Element feed) {
        assertThat(text(feed, ATOM, "id")).isNotBlank();
        OffsetDateTime.parse(text(feed, ATOM, "updated"));
        List<Entry> entries = new ArrayList<>();
        for (Element entry : children(feed, ATOM, "entry")) {
            assertThat(text(entry, ATOM, "updated")).isNotBlank();
            entries.add(new Entry(
                    text(entry, ATOM, "title"),
                    alternate(entry),
                    text(entry, ATOM, "id"),
                    OffsetDateTime.parse(text(entry, ATOM, "published")).toInstant(),
                    String.join(
                            ", ",
                            children(entry, ATOM, "author").stream()
                                    .map(author -> text(author, ATOM, "name"))
                                    .toList()),
                    text(entry, ATOM, "summary"),
                    text(entry, ATOM, "content")));
        }
        return new Feed(FeedStyle.Format.ATOM_1_0, text(feed, ATOM, "title"), alternate(feed), entries);
    }

    private static Feed json(JsonNode feed) {
        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("feed_url").asText()).isNotBlank();
        List<Entry> entries = new ArrayList<>();
        for (JsonNode item : feed.path("items")) {
            assertThat(item.has("content_html") || item.has("content_text")).isTrue();
            entries.add(new Entry(
                    item.path("title").asText(),
                    item.path("url").asText(),
                    item.path("id").asText(),
                    OffsetDateTime.parse(item.path("date_published").asText()).toInstant(),
                    String.join(", ", item.path("authors").findValuesAsText("name")),
                    item.path("summary").asText(null),
                    item.has("content_html") ? item.get("content_html").asText() : null));
        }
        return new Feed(
                FeedStyle.Format.JSON_FEED_1_1,
                feed.path("title").asText(),
                feed.path("home_page_url").asText(),
                entries);
    }

    private static String alternate(Element parent) {
        for (Element link : children(parent, ATOM, "link")) {
            if (link.getAttribute("rel").equals("alternate")) {
                return link.getAttribute("href");
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && element.getLocalName().equals(name)
                    && Objects.equals(element.getNamespaceURI(), namespace)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return found.getFirst();
    }

    private static String text(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.getFirst().getTextContent();
    }
}
