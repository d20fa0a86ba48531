package dev.tidings.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * JSON Feed 1.1. The format requires a content field on every item, so a summary-only item repeats
 * its dek as {@code content_text}, as summary-only publishers do.
 */
final class JsonFeedWriter implements FeedWriter {

    private final boolean fullContent;

    JsonFeedWriter(boolean fullContent) {
        this.fullContent = fullContent;
    }

    @Override
    public String write(Site site, List<Publication> newestFirst) {
        ObjectNode feed = JsonLd.MAPPER.createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", site.name());
        feed.put("home_page_url", site.baseUrl().toString());
        feed.put("feed_url", site.feedUrl().toString());
        feed.put("description", site.outlet().tagline());
        feed.put("language", "en");
        feed.putArray("authors").addObject().put("name", site.name());
        ArrayNode items = feed.putArray("items");
        for (Publication pub : newestFirst) {
            item(items.addObject(), site, pub);
        }
        try {
            return JsonLd.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(feed) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON Feed of " + site.outlet().slug() + " could not be written", e);
        }
    }

    private void item(ObjectNode item, Site site, Publication pub) {
        String link = FeedWriter.entryLink(site, pub).toString();
        item.put("id", fullContent ? String.valueOf(pub.numericId()) : link);
        item.put("url", link);
        item.put("title", pub.title());
        item.put("summary", pub.dek());
        if (fullContent) {
            item.put("content_html", Html.body(pub.body()));
        } else {
            item.put("content_text", pub.dek());
        }
        item.put("date_published", Html.datetime(pub.published(), site.outlet().zone()));
        ArrayNode authors = item.putArray("authors");
        pub.authors().forEach(name -> authors.addObject().put("name", name));
        item.putArray("tags").add(pub.section());
    }
}
