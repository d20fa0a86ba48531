package dev.tidings.feed;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/** Reads the image out of Media RSS elements and enclosures, shared by the RSS and Atom readers. */
final class MediaElements {

    private MediaElements() {}

    /** On a Media RSS start tag: offers any image it names to the entry, ending on its end tag. */
    static void read(XmlCursor cursor, EntryBuilder entry) throws XMLStreamException {
        switch (cursor.localName()) {
            case "content" -> {
                if (isImage(cursor.attribute("type"), cursor.attribute("medium"), cursor.attribute("url"))) {
                    entry.image(cursor.base(), cursor.attribute("url"), EntryBuilder.IMAGE_MEDIA);
                }
                readChildren(cursor, entry);
            }
            case "thumbnail" -> {
                entry.image(cursor.base(), cursor.attribute("url"), EntryBuilder.IMAGE_THUMBNAIL);
                cursor.skip();
            }
            case "group" -> readChildren(cursor, entry);
            default -> cursor.skip();
        }
    }

    /** An enclosure (RSS) or enclosure link (Atom) is an image when its type or file name says so. */
    static boolean isImage(String type, String medium, String url) {
        if (medium != null) {
            return medium.strip().equalsIgnoreCase("image");
        }
        if (type != null && !type.isBlank()) {
            return type.strip().toLowerCase(Locale.ROOT).startsWith("image/");
        }
        if (url == null) {
            return false;
        }
        String path = url.toLowerCase(Locale.ROOT);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return path.endsWith(".jpg")
                || path.endsWith(".jpeg")
                || path.endsWith(".png")
                || path.endsWith(".gif")
                || path.endsWith(".webp")
                || path.endsWith(".avif");
    }

    private static void readChildren(XmlCursor cursor, EntryBuilder entry) throws XMLStreamException {
        while (cursor.nextChild()) {
            if (Namespaces.isMedia(cursor.namespace())) {
                read(cursor, entry);
            } else {
                cursor.skip();
            }
        }
    }
}
