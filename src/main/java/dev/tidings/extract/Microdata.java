package dev.tidings.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Schema.org microdata ({@code itemprop}) values of a page: the first element for each property. */
final class Microdata {

    private static final int MAX_AUTHORS = 8;

    private final Map<String, Element> first = new HashMap<>();
    private final List<Element> authors = new ArrayList<>();

    Microdata(List<Element> itemprops) {
        for (Element e : itemprops) {
            for (String prop : e.attr("itemprop").toLowerCase(Locale.ROOT).split(" ")) {
                if (prop.isEmpty()) {
                    continue;
                }
                first.putIfAbsent(prop, e);
                if ((prop.equals("author") || prop.equals("creator")) && authors.size() < MAX_AUTHORS) {
                    authors.add(e);
                }
            }
        }
    }

    String text(String prop) {
        Element e = first.get(prop.toLowerCase(Locale.ROOT));
        return e == null ? null : value(e);
    }

    String date(String prop) {
        Element e = first.get(prop.toLowerCase(Locale.ROOT));
        if (e == null) {
            return null;
        }
        return e.hasAttr("datetime") ? e.attr("datetime") : value(e);
    }

    String url(String prop) {
        Element e = first.get(prop.toLowerCase(Locale.ROOT));
        if (e == null) {
            return null;
        }
        for (String attr : new String[] {"content", "src", "href"}) {
            if (!e.attr(attr).isBlank()) {
                return e.attr(attr);
            }
        }
        Element inner = e.selectFirst("[itemprop=url], img[src]");
        if (inner != null) {
            return inner.hasAttr("content") ? inner.attr("content") : inner.attr("src");
        }
        return null;
    }

    /** Author names; an author with its own scope gives its {@code name} property. */
    List<String> authors() {
        Set<String> out = new LinkedHashSet<>();
        for (Element e : authors) {
            Element name = e.hasAttr("itemscope") ? e.selectFirst("[itemprop=name]") : null;
            String v = value(name != null ? name : e);
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return new ArrayList<>(out);
    }

    private static String value(Element e) {
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        String text = e.text();
        return text.length() > 400 ? null : text;
    }
}
