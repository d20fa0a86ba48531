package dev.tidings.feed;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only walk over a StAX stream in terms of elements, keeping the xml:base in force so
 * that relative links resolve as the publisher meant. Readers use it as: on a start tag, loop over
 * {@link #nextChild()} and either read or {@link #skip()} each child.
 */
final class XmlCursor {

    /**
     * Deeper than any real feed, and the JDK's own default limit since JDK 24; checked here too so
     * that older runtimes refuse hostile nesting the same way.
     */
    private static final int MAX_DEPTH = 100;

    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    /** Stands for "no base" on the stack, which cannot hold null. */
    private static final URI NO_BASE = URI.create("");

    private final XMLStreamReader reader;
    private final Deque<URI> bases = new ArrayDeque<>();
    private final URI documentBase;

    XmlCursor(XMLStreamReader reader, URI documentBase) {
        this.reader = reader;
        this.documentBase = documentBase;
    }

    /** Moves to the root element; false if the document has none. */
    boolean toRoot() throws XMLStreamException {
        while (reader.hasNext()) {
            if (advance() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * From a start tag or the end of a previous child, moves to the next child's start tag and
     * returns true, or to the parent's end tag and returns false.
     */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    /** Skips the current element and everything in it, ending on its end tag. */
    void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    /**
     * Reads the current element's content, ending on its end tag. Plain text comes back as it is
     * (for RSS that is usually escaped HTML); if the element holds child elements, as sloppy RSS and
     * Atom's xhtml do, the whole content comes back as HTML markup.
     *
     * @param unwrapDiv drop a wrapping {@code <div>}, as Atom's xhtml type requires
     */
    String readContent(boolean unwrapDiv) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean markup = false;
        int depth = 1;
        while (depth > 0) {
            int event = advance();
            switch (event) {
                case XMLStreamConstants.CHARACTERS,
                        XMLStreamConstants.CDATA,
                        XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (markup) {
                        escape(reader.getText(), text, false);
                    } else {
                        text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!markup) {
                        String sofar = text.toString();
                        text.setLength(0);
                        escape(sofar, text, false);
                        markup = true;
                    }
                    depth++;
                    if (!(unwrapDiv && depth == 2 && reader.getLocalName().equals("div"))) {
                        startTag(text);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    boolean wrapper =
                            unwrapDiv && depth == 1 && reader.getLocalName().equals("div");
                    if (depth > 0 && !wrapper && !VOID_ELEMENTS.contains(reader.getLocalName())) {
                        text.append("</").append(reader.getLocalName()).append('>');
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> depth = 0;
                default -> {}
            }
        }
        return text.toString();
    }

    String localName() {
        return reader.getLocalName();
    }

    String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** An attribute of the current start tag by local name, ignoring its namespace; null if absent. */
    String attribute(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Whether the current start tag declares {@code uri} as a namespace, under any prefix. */
    boolean declaresNamespace(String uri) {
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            if (uri.equals(reader.getNamespaceURI(i))) {
                return true;
            }
        }
        return false;
    }

    /** xml:lang of the current start tag, if set. */
    String language() {
        return reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    }

    /** The base URI in force for the current element (its own xml:base included). */
    URI base() {
        URI top = bases.isEmpty() ? documentBase : bases.peek();
        return top == NO_BASE ? null : top;
    }

    private int advance() throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            if (bases.size() >= MAX_DEPTH) {
                throw new XMLStreamException(
                        "element depth exceeds the limit of " + MAX_DEPTH + " levels", reader.getLocation());
            }
            URI current = base();
            String xmlBase = reader.getAttributeValue(XMLConstants.XML_NS_URI, "base");
            URI resolved = xmlBase == null ? null : FeedUrls.resolve(current, xmlBase);
            bases.push(resolved != null ? resolved : current == null ? NO_BASE : current);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            bases.pop();
        }
        return event;
    }

    private void startTag(StringBuilder out) {
        out.append('<').append(reader.getLocalName());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            out.append(' ').append(reader.getAttributeLocalName(i)).append("=\"");
            escape(reader.getAttributeValue(i), out, true);
            out.append('"');
        }
        out.append('>');
    }

    private static void escape(String s, StringBuilder out, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }
}
