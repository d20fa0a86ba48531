package dev.tidings.demo;

/** OpenGraph and article: meta tags, the metadata some outlets give instead of (or beside) JSON-LD. */
final class OpenGraph {

    private OpenGraph() {}

    static String tags(ArticlePage page, boolean withImage) {
        Publication pub = page.pub();
        var out = new StringBuilder();
        meta(out, "og:type", "article");
        meta(out, "og:site_name", page.site().name());
        meta(out, "og:title", pub.title());
        meta(out, "og:description", pub.dek());
        meta(out, "og:url", page.canonical().toString());
        if (withImage) {
            meta(out, "og:image", page.leadImage().toString());
        }
        meta(
                out,
                "article:published_time",
                Html.datetime(pub.published(), pub.outlet().zone()));
        meta(out, "article:section", Html.capitalise(pub.section()));
        for (String author : pub.authors()) {
            meta(out, "article:author", author);
        }
        return out.toString();
    }

    private static void meta(StringBuilder out, String property, String content) {
        out.append("<meta property=\"")
                .append(property)
                .append("\" content=\"")
                .append(Html.esc(content))
                .append("\">\n");
    }
}
