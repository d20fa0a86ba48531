package dev.tidings.source;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads and writes OPML subscription lists, the format feed readers import and export. Folders
 * (outlines without a feed) become categories; on writing, each category becomes one folder.
 */
public final class Opml {

    private static final XMLInputFactory FACTORY = newFactory();
    /* Where Tidings' own attributes live: how it followed each feed, for its operator's round trip. */
    static final String NAMESPACE = "urn:tidings:opml";

    private Opml() {}

    /**
     * Reads every outline that names a feed ({@code xmlUrl}), at any depth. Outlines whose feed URL
     * is not an absolute http(s) URL are left out.
     *
     * @throws OpmlException when the document is not well-formed XML or not OPML
     */
    public static List<OpmlOutline> parse(byte[] opml) throws OpmlException {
        if (opml == null || opml.length == 0) {
            throw new OpmlException("empty OPML document (0 bytes)");
        }
        XMLStreamReader reader = null;
        try {
            // A byte stream lets the parser honour the BOM and the XML declaration's encoding.
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(opml));
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                // The prolog: declaration, comments.
            }
            if (!reader.isStartElement() || !reader.getLocalName().equalsIgnoreCase("opml")) {
                String root = reader.isStartElement() ? "<" + reader.getLocalName() + ">" : "no element";
                throw new OpmlException("not an OPML document: root is " + root);
            }
            return readOutlines(reader);
        } catch (XMLStreamException e) {
            throw new OpmlException(describe(e), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // Only memory is held.
                }
            }
        }
    }

    /** Writes an OPML 2.0 document; outlines with a category are grouped in a folder per category. */
    public static String write(List<OpmlOutline> outlines, String title) {
        Map<String, List<OpmlOutline>> byCategory = new LinkedHashMap<>();
        List<OpmlOutline> uncategorised = new ArrayList<>();
        for (OpmlOutline outline : outlines) {
            String category = blankToNull(outline.category());
            if (category == null) {
                uncategorised.add(outline);
            } else {
                byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(outline);
            }
        }
        StringBuilder out = new StringBuilder(256 + outlines.size() * 160);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(
                outlines.stream().anyMatch(o -> o.followed() != null)
                        ? "<opml version=\"2.0\" xmlns:tidings=\"" + NAMESPACE + "\">\n"
                        : "<opml version=\"2.0\">\n");
        out.append("  <head>\n    <title>")
                .append(escape(title == null ? "Subscriptions" : title))
                .append("</title>\n  </head>\n");
        out.append("  <body>\n");
        for (var folder : byCategory.entrySet()) {
            String name = escape(folder.getKey());
            out.append("    <outline text=\"")
                    .append(name)
                    .append("\" title=\"")
                    .append(name)
                    .append("\">\n");
            for (OpmlOutline outline : folder.getValue()) {
                writeFeed(out, outline, "      ");
            }
            out.append("    </outline>\n");
        }
        for (OpmlOutline outline : uncategorised) {
            writeFeed(out, outline, "    ");
        }
        out.append("  </body>\n</opml>\n");
        return out.toString();
    }

    private static List<OpmlOutline> readOutlines(XMLStreamReader reader) throws XMLStreamException {
        List<OpmlOutline> result = new ArrayList<>();
        // The folder name in force at each open outline; null where there is none.
        List<String> folders = new ArrayList<>();
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (reader.getLocalName().equals("outline")) {
                    String enclosing = folders.isEmpty() ? null : folders.get(folders.size() - 1);
                    folders.add(readOutline(reader, enclosing, result));
                } else {
                    folders.add(folders.isEmpty() ? null : folders.get(folders.size() - 1));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (!folders.isEmpty()) {
                    folders.remove(folders.size() - 1);
                }
            }
        }
        return result;
    }

    /** Adds the outline if it is a feed; returns the folder name its children belong to. */
    private static String readOutline(XMLStreamReader reader, String enclosingFolder, List<OpmlOutline> result) {
        String text = blankToNull(attribute(reader, "text"));
        String title = blankToNull(attribute(reader, "title"));
        String name = title != null ? title : text;
        String xmlUrl = attribute(reader, "xmlUrl");
        if (xmlUrl == null) {
            return name != null ? name : enclosingFolder;
        }
        URI feedUrl = httpUri(xmlUrl);
        if (feedUrl != null) {
            String category = enclosingFolder != null ? enclosingFolder : firstCategory(attribute(reader, "category"));
            result.add(
                    new OpmlOutline(name, feedUrl, httpUri(attribute(reader, "htmlUrl")), category, followed(reader)));
        }
        return enclosingFolder;
    }

    /** How Tidings followed the feed, from the attributes it writes on export; null in anyone else's file. */
    private static OpmlOutline.Followed followed(XMLStreamReader reader) {
        String interval = attribute(reader, "interval");
        if (interval == null) {
            return null;
        }
        try {
            return new OpmlOutline.Followed(
                    "allow".equals(attribute(reader, "privateNetwork")),
                    Math.clamp(
                            Integer.parseInt(interval.strip()),
                            SourceRepository.MIN_INTERVAL_SECONDS,
                            SourceRepository.MAX_INTERVAL_SECONDS),
                    "true".equals(attribute(reader, "paused")));
        } catch (NumberFormatException e) {
            return null; // not ours after all
        }
    }

    /** OPML 2.0's category attribute: comma-separated, slash-delimited paths such as "/Tech/Java". */
    private static String firstCategory(String categories) {
        if (categories == null) {
            return null;
        }
        String first = categories.split(",", -1)[0].strip();
        while (first.startsWith("/")) {
            first = first.substring(1);
        }
        return blankToNull(first);
    }

    /** Attribute by name, ignoring case: exporters write both xmlUrl and xmlurl. */
    private static String attribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equalsIgnoreCase(name)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    private static URI httpUri(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text.replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static void writeFeed(StringBuilder out, OpmlOutline outline, String indent) {
        String name = escape(
                outline.title() != null ? outline.title() : outline.feedUrl().toString());
        out.append(indent)
                .append("<outline type=\"rss\" text=\"")
                .append(name)
                .append("\" title=\"")
                .append(name);
        out.append("\" xmlUrl=\"").append(escape(outline.feedUrl().toString())).append('"');
        if (outline.siteUrl() != null) {
            out.append(" htmlUrl=\"")
                    .append(escape(outline.siteUrl().toString()))
                    .append('"');
        }
        OpmlOutline.Followed f = outline.followed();
        if (f != null) {
            out.append(" tidings:interval=\"").append(f.intervalSeconds()).append('"');
            if (f.allowPrivateNetwork()) {
                out.append(" tidings:privateNetwork=\"allow\"");
            }
            if (f.paused()) {
                out.append(" tidings:paused=\"true\"");
            }
        }
        out.append("/>\n");
    }

    /** Escapes for both text and double-quoted attributes, dropping characters XML cannot carry. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        Location location = e.getLocation();
        return location == null
                ? "malformed OPML: " + message
                : "malformed OPML at line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": "
                        + message;
    }

    /**
     * The JDK's StAX with DTDs off: a DOCTYPE is skipped unread and any entity it would have
     * declared is an error, so neither external entities nor entity expansion can happen.
     */
    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
