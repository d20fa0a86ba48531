package dev.tidings.demo;

import java.time.Instant;
import java.util.List;

/** Atom 1.0; entries carry {@code content type="html"} only when the outlet gives the full text. */
final class AtomFeedWriter implements FeedWriter {

    private final boolean fullContent;

    AtomFeedWriter(boolean fullContent) {
        this.fullContent = fullContent;
    }

    @Override
    public String write(Site site, List<Publication> newestFirst) {
        var out = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                """);
        out.append("<title>").append(Html.esc(site.name())).append("</title>\n");
        out.append("<subtitle>").append(Html.esc(site.outlet().tagline())).append("</subtitle>\n");
        out.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Html.esc(site.baseUrl()))
                .append("\"/>\n");
        out.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(Html.esc(site.feedUrl()))
                .append("\"/>\n");
        out.append("<id>tag:tidings.dev,2026:demo/")
                .append(site.outlet().slug())
                .append("</id>\n");
        out.append("<updated>")
                .append(date(FeedWriter.updated(site, newestFirst), site))
                .append("</updated>\n");
        out.append("<author><name>").append(Html.esc(site.name())).append("</name></author>\n");
        for (Publication pub : newestFirst) {
            entry(out, site, pub);
        }
        return out.append("</feed>\n").toString();
    }

    private void entry(StringBuilder out, Site site, Publication pub) {
        String published = date(pub.published(), site);
        out.append("<entry>\n");
        out.append("  <title type=\"text\">").append(Html.esc(pub.title())).append("</title>\n");
        out.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Html.esc(FeedWriter.entryLink(site, pub)))
                .append("\"/>\n");
        out.append("  <id>").append(Html.esc(pub.tagId())).append("</id>\n");
        out.append("  <published>").append(published).append("</published>\n");
        out.append("  <updated>").append(published).append("</updated>\n");
        for (String author : pub.authors()) {
            out.append("  <author><name>").append(Html.esc(author)).append("</name></author>\n");
        }
        out.append("  <category term=\"")
                .append(Html.esc(pub.section()))
                .append("\" label=\"")
                .append(Html.esc(Html.capitalise(pub.section())))
                .append("\"/>\n");
        out.append("  <summary type=\"text\">").append(Html.esc(pub.dek())).append("</summary>\n");
        if (fullContent) {
            out.append("  <content type=\"html\">")
                    .append(Html.esc(Html.body(pub.body())))
                    .append("</content>\n");
        }
        out.append("</entry>\n");
    }

    private static String date(Instant instant, Site site) {
        return Html.datetime(instant, site.outlet().zone());
    }
}
