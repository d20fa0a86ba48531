package dev.tidings.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what can never be article text before anything is scored: scripts, styles, form
 * controls, hidden elements, foreign iframes, comments. Also gives lazy-loaded images their
 * real source.
 */
final class PagePreparer {

    private static final Set<String> DROP = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "link",
            "meta",
            "object",
            "embed",
            "applet",
            "svg",
            "canvas",
            "button",
            "input",
            "select",
            "textarea",
            "option",
            "frame",
            "frameset",
            "dialog");

    private static final String[] LAZY_SOURCES = {
        "data-src", "data-original", "data-lazy-src", "data-url", "data-hi-res-src"
    };

    private PagePreparer() {}

    static void prepare(Element body) {
        NodeTraversor.filter(FILTER, body);
    }

    private static final NodeFilter FILTER = new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
                return FilterResult.REMOVE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (DROP.contains(tag) || isHidden(e)) {
                return depth == 0 ? FilterResult.CONTINUE : FilterResult.REMOVE;
            }
            if (tag.equals("iframe")) {
                return Embeds.isAllowed(e.absUrl("src")) ? FilterResult.SKIP_CHILDREN : FilterResult.REMOVE;
            }
            if (tag.equals("img")) {
                fixLazyImage(e);
            } else if (tag.equals("a") && e.attr("href").strip().regionMatches(true, 0, "javascript:", 0, 11)) {
                // A script hook, not a link: its text stays, and it must not count as link text.
                e.removeAttr("href");
            }
            return FilterResult.CONTINUE;
        }
    };

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static void fixLazyImage(Element img) {
        String src = img.attr("src");
        if (!src.isBlank() && !src.startsWith("data:")) {
            return;
        }
        for (String attr : LAZY_SOURCES) {
            String v = img.attr(attr);
            if (!v.isBlank() && !v.startsWith("data:")) {
                img.attr("src", v);
                return;
            }
        }
        String srcset = img.hasAttr("data-srcset") ? img.attr("data-srcset") : img.attr("srcset");
        if (!srcset.isBlank()) {
            String first = srcset.strip().split("[\\s,]+", 2)[0];
            if (!first.startsWith("data:")) {
                img.attr("src", first);
            }
        }
    }
}
