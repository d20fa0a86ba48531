package dev.tidings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The elements metadata is read from, gathered in one walk over the page instead of one per kind. */
final class PageIndex implements NodeVisitor {

    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLdScripts = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> bylines = new ArrayList<>();
    Element title;
    Element firstH1;
    String htmlLang = "";

    private PageIndex() {}

    static PageIndex of(Document doc) {
        PageIndex index = new PageIndex();
        NodeTraversor.traverse(index, doc);
        return index;
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "link" -> links.add(e);
            case "time" -> times.add(e);
            case "html" -> htmlLang = e.attr("lang");
            case "title" -> {
                if (title == null) {
                    title = e;
                }
            }
            case "h1" -> {
                if (firstH1 == null) {
                    firstH1 = e;
                }
            }
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLdScripts.add(e);
                }
            }
            default -> {}
        }
        if (e.hasAttr("itemprop")) {
            itemprops.add(e);
        }
        if (Bylines.isMarked(e)) {
            bylines.add(e);
        }
    }
}
