package dev.tidings.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** schema.org NewsArticle markup, built as a tree so each outlet can shape it its own way. */
final class JsonLd {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLd() {}

    static ObjectNode newsArticle(ArticlePage page) {
        Publication pub = page.pub();
        String published = Html.datetime(pub.published(), pub.outlet().zone());
        ObjectNode article = MAPPER.createObjectNode();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("headline", pub.title());
        article.put("description", pub.dek());
        article.put("datePublished", published);
        article.put("dateModified", published);
        article.put("articleSection", Html.capitalise(pub.section()));
        article.put("inLanguage", "en");
        article.put("url", page.canonical().toString());
        article.put("mainEntityOfPage", page.canonical().toString());
        ArrayNode authors = article.putArray("author");
        for (String name : pub.authors()) {
            boolean agency = name.equals(Publication.AGENCY);
            authors.addObject().put("@type", agency ? "Organization" : "Person").put("name", name);
        }
        ObjectNode publisher = article.putObject("publisher");
        publisher.put("@type", "NewsMediaOrganization");
        publisher.put("name", page.site().name());
        publisher.put("url", page.site().baseUrl().toString());
        return article;
    }

    /**
     * The node inside a script element. A {@code <} can only occur inside a JSON string, where {@code
     * \u003c} means the same, so no text can close the element early.
     */
    static String script(Object node) {
        try {
            String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
            return "<script type=\"application/ld+json\">\n"
                    + json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    + "\n</script>";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD for a demo article could not be written", e);
        }
    }
}
