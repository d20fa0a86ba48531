package dev.tidings.feed;

import java.net.URI;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Opens an XML feed safely, finds out which dialect it is from its root, and hands it on. */
final class XmlFeedReader {

    private static final XMLInputFactory FACTORY = newFactory();

    private XmlFeedReader() {}

    static ParsedFeed read(byte[] body, FeedCharset charset, URI feedUrl) throws FeedParseException {
        LenientXmlReader source = new LenientXmlReader(charset.reader(body));
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(source);
            XmlCursor cursor = new XmlCursor(reader, feedUrl);
            if (!cursor.toRoot()) {
                throw new FeedParseException("not a feed: the XML document has no root element");
            }
            return readRoot(cursor);
        } catch (XMLStreamException e) {
            if (source.rejection() != null) {
                throw new FeedParseException("unsafe XML: " + source.rejection(), e);
            }
            throw new FeedParseException(describe(e), e);
        } finally {
            close(reader);
        }
    }

    private static ParsedFeed readRoot(XmlCursor cursor) throws XMLStreamException, FeedParseException {
        String ns = cursor.namespace();
        String name = cursor.localName();
        switch (name) {
            case "rss" -> {
                return RssReader.read(cursor, RssReader.formatOf(cursor.attribute("version")));
            }
            case "RDF" -> {
                if (ns.equals(Namespaces.RDF)) {
                    return RssReader.read(cursor, rdfFormat(cursor));
                }
            }
            case "feed" -> {
                return AtomReader.read(cursor, AtomReader.formatOf(ns, cursor.attribute("version")));
            }
            default -> {}
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("html")) {
            throw new FeedParseException("not a feed: the document is an HTML page");
        }
        if (lower.equals("opml")) {
            throw new FeedParseException("not a feed: the document is an OPML subscription list");
        }
        throw new FeedParseException(
                "unknown feed format: root element <" + name + ">" + (ns.isEmpty() ? "" : " in namespace " + ns));
    }

    /** RSS 0.90 and 1.0 share the RDF envelope and differ in the namespace of their elements. */
    private static FeedFormat rdfFormat(XmlCursor cursor) {
        return cursor.declaresNamespace(Namespaces.RSS_0_90) ? FeedFormat.RSS_0_9X : FeedFormat.RSS_1_0;
    }

    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // The JDK parser prefixes "ParseError at [row,col]:[..]\nMessage: "; we state the place ourselves.
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        Location location = e.getLocation();
        if (location == null || location.getLineNumber() < 0) {
            return "malformed XML: " + message;
        }
        return "malformed XML at line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": "
                + message;
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Nothing is held but memory; a failure to close changes nothing.
        }
    }

    /**
     * The JDK's own StAX implementation, so that a library on the class path cannot swap in one
     * with other defaults. DTDs and external entities are off as a second line behind {@link
     * LenientXmlReader}, which already removes the DOCTYPE.
     */
    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
