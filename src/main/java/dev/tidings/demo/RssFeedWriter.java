package dev.tidings.demo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** RSS 2.0 with {@code dc:creator}, and {@code content:encoded} when the outlet gives the full text. */
final class RssFeedWriter implements FeedWriter {

    private final boolean fullContent;

    RssFeedWriter(boolean fullContent) {
        this.fullContent = fullContent;
    }

    @Override
    public String write(Site site, List<Publication> newestFirst) {
        var out = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
                <channel>
                """);
        out.append("<title>").append(Html.esc(site.name())).append("</title>\n");
        out.append("<link>").append(Html.esc(site.baseUrl())).append("</link>\n");
        out.append("<description>").append(Html.esc(site.outlet().tagline())).append("</description>\n");
        out.append("<language>en</language>\n");
        out.append("<lastBuildDate>")
                .append(date(FeedWriter.updated(site, newestFirst), site))
                .append("</lastBuildDate>\n");
        out.append("<atom:link href=\"")
                .append(Html.esc(site.feedUrl()))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        for (Publication pub : newestFirst) {
            item(out, site, pub);
        }
        return out.append("</channel>\n</rss>\n").toString();
    }

    private void item(StringBuilder out, Site site, Publication pub) {
        String link = Html.esc(FeedWriter.entryLink(site, pub));
        out.append("<item>\n");
        out.append("  <title>").append(Html.esc(pub.title())).append("</title>\n");
        out.append("  <link>").append(link).append("</link>\n");
        if (fullContent) {
            out.append("  <guid isPermaLink=\"true\">").append(link).append("</guid>\n");
        } else {
            // WordPress style: a post number under the site root, explicitly not a link.
            out.append("  <guid isPermaLink=\"false\">")
                    .append(Html.esc(site.baseUrl() + "?p=" + pub.numericId()))
                    .append("</guid>\n");
        }
        out.append("  <pubDate>").append(date(pub.published(), site)).append("</pubDate>\n");
        out.append("  <dc:creator>").append(Html.esc(pub.byline())).append("</dc:creator>\n");
        out.append("  <category>")
                .append(Html.esc(Html.capitalise(pub.section())))
                .append("</category>\n");
        out.append("  <description>").append(Html.esc(pub.dek())).append("</description>\n");
        if (fullContent) {
            out.append("  <content:encoded>")
                    .append(Html.esc(Html.body(pub.body())))
                    .append("</content:encoded>\n");
        }
        out.append("</item>\n");
    }

    private static String date(Instant instant, Site site) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                instant.atZone(site.outlet().zone()));
    }
}
