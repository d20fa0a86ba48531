package dev.tidings.web;

import dev.tidings.article.ArticleCard;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds out: the same list of articles as RSS 2.0, Atom 1.0 or JSON Feed 1.1. Items carry the
 * headline, outlet, time and lead, and link to our page for the article.
 */
final class FeedWriter {
    /** The formats, by the file extension that asks for them. */
    enum Format {
        RSS("rss", "application/rss+xml; charset=utf-8"),
        ATOM("atom", "application/atom+xml; charset=utf-8"),
        JSON("json", "application/feed+json; charset=utf-8");

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        static Format byExtension(String ext) {
            for (Format f : values()) {
                if (f.extension.equals(ext)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** What the feed is: its title, the page it mirrors, and its own address. */
    record Channel(String title, String description, String pageUrl, String feedUrl, Instant updated) {}

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private FeedWriter() {}

    static String write(Format format, Channel channel, List<ArticleCard> items, String baseUrl) {
        return switch (format) {
            case RSS -> rss(channel, items, baseUrl);
            case ATOM -> atom(channel, items, baseUrl);
            case JSON -> json(channel, items, baseUrl);
        };
    }

    private static String rss(Channel c, List<ArticleCard> items, String base) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>\n");
        x.append("<title>").append(esc(c.title())).append("</title>\n");
        x.append("<link>").append(esc(c.pageUrl())).append("</link>\n");
        x.append("<description>").append(esc(c.description())).append("</description>\n");
        x.append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
                .append(esc(c.feedUrl()))
                .append("\"/>\n");
        x.append("<lastBuildDate>").append(RFC_822.format(c.updated())).append("</lastBuildDate>\n");
        for (ArticleCard a : items) {
            String link = base + a.path();
            x.append("<item><title>").append(esc(a.title())).append("</title>");
            x.append("<link>").append(esc(link)).append("</link>");
            x.append("<guid isPermaLink=\"true\">").append(esc(link)).append("</guid>");
            x.append("<pubDate>").append(RFC_822.format(a.publishedAt())).append("</pubDate>");
            x.append("<dc:creator>").append(esc(a.sourceTitle())).append("</dc:creator>");
            if (a.opinion()) {
                x.append("<category>Opinion</category>");
            }
            x.append("<description>").append(esc(a.lead())).append("</description></item>\n");
        }
        return x.append("</channel></rss>\n").toString();
    }

    private static String atom(Channel c, List<ArticleCard> items, String base) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        x.append("<title>").append(esc(c.title())).append("</title>\n");
        x.append("<subtitle>").append(esc(c.description())).append("</subtitle>\n");
        x.append("<id>").append(esc(c.feedUrl())).append("</id>\n");
        x.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(esc(c.pageUrl()))
                .append("\"/>\n");
        x.append("<link rel=\"self\" href=\"").append(esc(c.feedUrl())).append("\"/>\n");
        x.append("<updated>").append(c.updated()).append("</updated>\n");
        for (ArticleCard a : items) {
            String link = base + a.path();
            x.append("<entry><title>").append(esc(a.title())).append("</title>");
            x.append("<link rel=\"alternate\" href=\"").append(esc(link)).append("\"/>");
            x.append("<id>").append(esc(link)).append("</id>");
            x.append("<published>").append(a.publishedAt()).append("</published>");
            x.append("<updated>").append(a.publishedAt()).append("</updated>");
            x.append("<author><name>").append(esc(a.sourceTitle())).append("</name></author>");
            if (a.opinion()) {
                x.append("<category term=\"opinion\" label=\"Opinion\"/>");
            }
            x.append("<summary type=\"text\">").append(esc(a.lead())).append("</summary></entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    private static String json(Channel c, List<ArticleCard> items, String base) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", c.title());
        feed.put("description", c.description());
        feed.put("home_page_url", c.pageUrl());
        feed.put("feed_url", c.feedUrl());
        feed.put(
                "items",
                items.stream()
                        .map(a -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("id", base + a.path());
                            item.put("url", base + a.path());
                            item.put("title", a.title());
                            item.put("summary", a.lead());
                            item.put("content_text", a.lead());
                            item.put("date_published", a.publishedAt().toString());
                            item.put("authors", List.of(Map.of("name", a.sourceTitle())));
                            if (a.opinion()) {
                                item.put("tags", List.of("Opinion"));
                            }
                            return item;
                        })
                        .toList());
        return Json.utf8(Json.bytes(feed));
    }

    /** Escapes text for XML element content and attribute values; drops characters XML forbids. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
