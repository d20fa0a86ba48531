package dev.tidings.feed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Feed 1.0 and 1.1. The document is streamed and only one item is held as a tree at a
 * time, so memory stays near the size of the result even for very long feeds.
 */
final class JsonFeedReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Early publishers wrote the version URL with http; the scheme does not matter. */
    private static final String VERSION_MARK = "jsonfeed.org/version/";

    private JsonFeedReader() {}

    static ParsedFeed read(byte[] body, FeedCharset charset, URI feedUrl) throws FeedParseException {
        String version = null;
        String title = null;
        URI siteUrl = null;
        String language = null;
        String feedAuthor = null;
        List<FeedEntry> entries = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(charset.reader(body))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new FeedParseException("not a feed: the JSON document is not an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                String scalar = value.isScalarValue() ? parser.getValueAsString() : null;
                switch (field) {
                    case "version" -> version = scalar;
                    case "title" -> title = FeedText.plain(scalar);
                    case "home_page_url" -> siteUrl = FeedUrls.resolveHttp(feedUrl, scalar);
                    case "language" -> language = FeedText.trimToNull(scalar);
                    case "author", "authors" -> feedAuthor = authorName(parser.readValueAsTree());
                    case "items" -> {
                        if (value == JsonToken.START_ARRAY) {
                            readItems(parser, feedUrl, entries);
                        } else {
                            parser.skipChildren();
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new FeedParseException("malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory body cannot fail", e);
        }
        if (version == null || !version.contains(VERSION_MARK)) {
            throw new FeedParseException("not a feed: JSON document without a JSON Feed version (version="
                    + (version == null ? "missing" : '"' + version + '"') + ")");
        }
        if (feedAuthor != null) {
            entries = withFeedAuthor(entries, feedAuthor);
        }
        FeedFormat format =
                version.strip().endsWith(VERSION_MARK + "1") ? FeedFormat.JSON_FEED_1_0 : FeedFormat.JSON_FEED_1_1;
        return new ParsedFeed(format, title, siteUrl, language, List.copyOf(entries));
    }

    private static void readItems(JsonParser parser, URI base, List<FeedEntry> entries) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            if (token == JsonToken.START_OBJECT) {
                entries.add(item(parser.readValueAsTree(), base));
            } else {
                parser.skipChildren();
            }
        }
    }

    private static FeedEntry item(JsonNode item, URI base) {
        EntryBuilder entry = new EntryBuilder();
        entry.id(text(item, "id"));
        entry.link(base, text(item, "url"));
        entry.secondaryLink(base, text(item, "external_url"));
        entry.htmlTitle(text(item, "title"));
        entry.summary(text(item, "summary"));
        entry.summary(text(item, "content_text"));
        entry.contentHtml(text(item, "content_html"));
        entry.author(authorName(item.has("authors") ? item.get("authors") : item.get("author")));
        entry.published(text(item, "date_published"));
        entry.updated(text(item, "date_modified"));
        entry.image(base, text(item, "image"), EntryBuilder.IMAGE_MEDIA);
        entry.image(base, text(item, "banner_image"), EntryBuilder.IMAGE_THUMBNAIL);
        return entry.build();
    }

    /** A feed-level author applies to items that name none, but may come after the items. */
    private static List<FeedEntry> withFeedAuthor(List<FeedEntry> entries, String author) {
        List<FeedEntry> out = new ArrayList<>(entries.size());
        for (FeedEntry e : entries) {
            out.add(
                    e.author() != null
                            ? e
                            : new FeedEntry(
                                    e.guid(),
                                    e.url(),
                                    e.title(),
                                    e.summary(),
                                    e.contentHtml(),
                                    author,
                                    e.published(),
                                    e.updated(),
                                    e.imageUrl()));
        }
        return out;
    }

    /** 1.0's {@code author} object or 1.1's {@code authors} array: the first name given. */
    private static String authorName(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode person : node) {
                String name = authorName(person);
                if (name != null) {
                    return name;
                }
            }
            return null;
        }
        return FeedText.plain(text(node, "name"));
    }

    /** A scalar field as text (ids are sometimes numbers); null when absent or not a scalar. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
