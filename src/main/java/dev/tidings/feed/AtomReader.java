package dev.tidings.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/** Reads Atom 1.0 and its predecessor Atom 0.3, whose text constructs use MIME types and modes. */
final class AtomReader {

    /** How a text construct's content is to be taken, from its type (and 0.3's mode). */
    private enum Kind {
        TEXT,
        HTML,
        XHTML,
        BASE64
    }

    private final XmlCursor cursor;
    private final List<FeedEntry> entries = new ArrayList<>();
    private String title;
    private URI siteUrl;
    private String feedAuthor;

    private AtomReader(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads the document whose root {@code <feed>} start tag the cursor is on. */
    static ParsedFeed read(XmlCursor cursor, FeedFormat format) throws XMLStreamException {
        String language = FeedText.trimToNull(cursor.language());
        AtomReader reader = new AtomReader(cursor);
        reader.readFeed();
        return new ParsedFeed(format, reader.title, reader.siteUrl, language, List.copyOf(reader.entries));
    }

    static FeedFormat formatOf(String namespace, String version) {
        boolean old = namespace.equals(Namespaces.ATOM_0_3)
                || (version != null && version.strip().equals("0.3"));
        return old ? FeedFormat.ATOM_0_3 : FeedFormat.ATOM_1_0;
    }

    private void readFeed() throws XMLStreamException {
        while (cursor.nextChild()) {
            if (!isAtom(cursor.namespace())) {
                cursor.skip();
                continue;
            }
            switch (cursor.localName()) {
                case "title" -> title = titleText();
                case "link" -> {
                    if (isAlternate(cursor.attribute("rel")) && siteUrl == null) {
                        siteUrl = FeedUrls.resolveHttp(cursor.base(), cursor.attribute("href"));
                    }
                    cursor.skip();
                }
                case "author" -> feedAuthor = personName();
                case "entry" -> entries.add(readEntry());
                default -> cursor.skip();
            }
        }
    }

    private FeedEntry readEntry() throws XMLStreamException {
        EntryBuilder entry = new EntryBuilder();
        String textContent = null;
        while (cursor.nextChild()) {
            String ns = cursor.namespace();
            if (Namespaces.isMedia(ns)) {
                MediaElements.read(cursor, entry);
                continue;
            }
            if (!isAtom(ns)) {
                cursor.skip();
                continue;
            }
            switch (cursor.localName()) {
                case "id" -> entry.id(cursor.readContent(false));
                case "title" -> entry.plainTitle(titleText());
                case "link" -> readLink(entry);
                case "summary" -> entry.summary(textConstruct());
                case "content" -> {
                    Kind kind = kind();
                    if (cursor.attribute("src") != null) {
                        cursor.skip();
                    } else if (kind == Kind.TEXT) {
                        textContent = textConstruct();
                    } else {
                        entry.contentHtml(textConstruct());
                    }
                }
                case "author" -> entry.author(personName());
                case "published", "issued", "created" -> entry.published(cursor.readContent(false));
                case "updated", "modified" -> entry.updated(cursor.readContent(false));
                default -> cursor.skip();
            }
        }
        if (!entry.hasSummary() && textContent != null) {
            entry.summary(textContent);
        }
        if (!entry.hasAuthor()) {
            entry.author(feedAuthor);
        }
        return entry.build();
    }

    private void readLink(EntryBuilder entry) throws XMLStreamException {
        String rel = cursor.attribute("rel");
        String href = cursor.attribute("href");
        String relation = rel == null ? "alternate" : rel.strip().toLowerCase(Locale.ROOT);
        if (isAlternate(rel)) {
            entry.link(cursor.base(), href);
        } else if (relation.equals("enclosure")) {
            if (MediaElements.isImage(cursor.attribute("type"), null, href)) {
                entry.image(cursor.base(), href, EntryBuilder.IMAGE_MEDIA);
            }
        } else if (!relation.equals("self") && !relation.startsWith("edit") && !relation.equals("replies")) {
            entry.secondaryLink(cursor.base(), href);
        }
        cursor.skip();
    }

    /** A title as plain text, whatever type it was sent as. */
    private String titleText() throws XMLStreamException {
        Kind kind = kind();
        String value = textConstruct();
        return kind == Kind.TEXT ? FeedText.collapse(value) : FeedText.plain(value);
    }

    /** A text construct's content as sent: plain text stays text, HTML and XHTML come back as HTML. */
    private String textConstruct() throws XMLStreamException {
        return switch (kind()) {
            case XHTML -> cursor.readContent(true);
            case BASE64 -> decodeBase64(cursor.readContent(false));
            case TEXT, HTML -> cursor.readContent(false);
        };
    }

    private Kind kind() {
        String mode = cursor.attribute("mode");
        if (mode != null && mode.strip().equalsIgnoreCase("base64")) {
            return Kind.BASE64;
        }
        String type = cursor.attribute("type");
        String t = type == null ? "text" : type.strip().toLowerCase(Locale.ROOT);
        if (t.contains("xhtml")) {
            return Kind.XHTML;
        }
        if (t.equals("html") || t.equals("text/html")) {
            return Kind.HTML;
        }
        // Atom 0.3 marks escaped markup with mode="escaped" rather than with the type.
        return mode != null && mode.strip().equalsIgnoreCase("escaped") && !t.equals("text/plain")
                ? Kind.HTML
                : Kind.TEXT;
    }

    private String personName() throws XMLStreamException {
        String name = null;
        while (cursor.nextChild()) {
            if (isAtom(cursor.namespace()) && cursor.localName().equals("name") && name == null) {
                name = FeedText.collapse(cursor.readContent(false));
            } else {
                cursor.skip();
            }
        }
        return name;
    }

    private static String decodeBase64(String text) {
        try {
            return new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isAlternate(String rel) {
        return rel == null || rel.strip().equalsIgnoreCase("alternate");
    }

    private static boolean isAtom(String ns) {
        return ns.isEmpty() || ns.equals(Namespaces.ATOM_1_0) || ns.equals(Namespaces.ATOM_0_3);
    }
}
