package dev.tidings.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/** Reads RSS 0.9x and 2.0 ({@code <rss>}) and RDF-based RSS 0.90 and 1.0 ({@code <rdf:RDF>}). */
final class RssReader {

    /** RSS 2.0's author is an email address, often followed by the name in parentheses. */
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");

    private final XmlCursor cursor;
    private final List<FeedEntry> entries = new ArrayList<>();
    private String title;
    private URI siteUrl;
    private String language;

    private RssReader(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads the document whose root start tag the cursor is on. */
    static ParsedFeed read(XmlCursor cursor, FeedFormat format) throws XMLStreamException {
        RssReader reader = new RssReader(cursor);
        reader.readRoot();
        return new ParsedFeed(format, reader.title, reader.siteUrl, reader.language, List.copyOf(reader.entries));
    }

    /** The format of an {@code <rss>} root from its version attribute; 2.0 when absent. */
    static FeedFormat formatOf(String version) {
        String v = version == null ? "" : version.strip();
        return v.startsWith("0.9") ? FeedFormat.RSS_0_9X : FeedFormat.RSS_2_0;
    }

    private void readRoot() throws XMLStreamException {
        while (cursor.nextChild()) {
            if (!isCore(cursor.namespace())) {
                cursor.skip();
                continue;
            }
            switch (cursor.localName()) {
                case "channel" -> readChannel();
                case "item" -> entries.add(readItem());
                default -> cursor.skip();
            }
        }
    }

    private void readChannel() throws XMLStreamException {
        while (cursor.nextChild()) {
            String ns = cursor.namespace();
            String name = cursor.localName();
            if (isCore(ns)) {
                switch (name) {
                    case "title" -> title = FeedText.plain(cursor.readContent(false));
                    case "link" -> {
                        URI base = cursor.base();
                        URI link = FeedUrls.resolveHttp(base, cursor.readContent(false));
                        siteUrl = siteUrl == null ? link : siteUrl;
                    }
                    case "language" -> language = firstNonNull(language, cursor.readContent(false));
                    case "item" -> entries.add(readItem());
                    default -> cursor.skip();
                }
            } else if (ns.equals(Namespaces.DC) && name.equals("language")) {
                language = firstNonNull(language, cursor.readContent(false));
            } else {
                cursor.skip();
            }
        }
    }

    private FeedEntry readItem() throws XMLStreamException {
        EntryBuilder entry = new EntryBuilder();
        entry.id(cursor.attribute("about"));
        while (cursor.nextChild()) {
            String ns = cursor.namespace();
            if (isCore(ns)) {
                readCoreField(entry);
            } else if (ns.equals(Namespaces.CONTENT) && cursor.localName().equals("encoded")) {
                entry.contentHtml(cursor.readContent(false));
            } else if (ns.equals(Namespaces.DC) || ns.equals(Namespaces.DC_TERMS)) {
                readDublinCore(entry);
            } else if (Namespaces.isMedia(ns)) {
                MediaElements.read(cursor, entry);
            } else if (ns.equals(Namespaces.ATOM_1_0) && cursor.localName().equals("updated")) {
                entry.updated(cursor.readContent(false));
            } else {
                cursor.skip();
            }
        }
        return entry.build();
    }

    private void readCoreField(EntryBuilder entry) throws XMLStreamException {
        URI base = cursor.base();
        switch (cursor.localName()) {
            case "title" -> entry.htmlTitle(cursor.readContent(false));
            case "link" -> entry.link(base, cursor.readContent(false));
            case "guid" -> {
                String permalink = cursor.attribute("isPermaLink");
                String guid = cursor.readContent(false);
                entry.id(guid);
                if (permalink == null || !permalink.strip().equalsIgnoreCase("false")) {
                    entry.secondaryLink(base, guid);
                }
            }
            case "description" -> entry.summary(cursor.readContent(false));
            case "author" -> entry.author(authorName(cursor.readContent(false)));
            case "pubDate" -> entry.published(cursor.readContent(false));
            case "enclosure" -> {
                String url = cursor.attribute("url");
                if (MediaElements.isImage(cursor.attribute("type"), null, url)) {
                    entry.image(base, url, EntryBuilder.IMAGE_MEDIA);
                }
                cursor.skip();
            }
            default -> cursor.skip();
        }
    }

    private void readDublinCore(EntryBuilder entry) throws XMLStreamException {
        switch (cursor.localName()) {
            case "creator" -> entry.author(cursor.readContent(false));
            case "date", "created", "issued" -> entry.published(cursor.readContent(false));
            case "modified" -> entry.updated(cursor.readContent(false));
            default -> cursor.skip();
        }
    }

    private static String authorName(String author) {
        if (author == null) {
            return null;
        }
        Matcher m = EMAIL_WITH_NAME.matcher(author.strip());
        return m.matches() ? m.group(1) : author;
    }

    /** Elements of RSS itself: no namespace in 0.9x/2.0, the RSS namespace in RDF-based versions. */
    private static boolean isCore(String ns) {
        return ns.isEmpty() || ns.equals(Namespaces.RSS_1_0) || ns.equals(Namespaces.RSS_0_90);
    }

    private static String firstNonNull(String current, String candidate) {
        return current != null ? current : FeedText.trimToNull(candidate);
    }
}
