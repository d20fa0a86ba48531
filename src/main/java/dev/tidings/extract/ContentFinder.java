package dev.tidings.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the article body: the container whose blocks add up to the
 * highest score, so that prose pulls a container up and link lists and clutter pull it down.
 */
final class ContentFinder {

    /** Containers marked as main content get this much more weight when compared. */
    private static final double MAIN_BONUS = 1.15;

    private static final double MAX_PROSE_LINK_DENSITY = 0.25;

    /** A marked element inside the best container replaces it when it holds this share of its prose. */
    private static final double MARKED_SHARE = 0.6;

    private ContentFinder() {}

    /** The best container under {@code body}, or {@code body} itself when no container scores above zero. */
    static Element find(Element body, Scores scores) {
        Element best = body;
        double bestScore = scores.get(body).score();
        // Nothing inside sure clutter or inside a teaser can be the article: a teaser's summary
        // paragraph is prose, but one of many on an index page.
        Set<Element> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        // Inside an element marked as the article, even a weak clutter hint (a "widget" holding a
        // gallery) means a box within the article, never the article itself.
        Set<Element> inArticle = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : scores.elements()) {
            Element parent = e.parent();
            if (parent != null && (inArticle.contains(parent) || isArticleMarker(parent))) {
                inArticle.add(e);
            }
            if (parent != null
                    && (excluded.contains(parent)
                            || excludesChildren(scores.get(parent))
                            || (inArticle.contains(parent) && scores.get(parent).isClutter()))) {
                excluded.add(e);
                continue;
            }
            NodeStats s = scores.get(e);
            if (!Tags.CONTAINER.contains(e.normalName()) || s.isClutter()) {
                continue;
            }
            double score = s.score() * (s.hint == Hints.POSITIVE ? MAIN_BONUS : 1.0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        // Nothing adds up to prose anywhere: judge the page as a whole rather than a random piece.
        if (bestScore <= 0) {
            return body;
        }
        best = markedWithin(best, scores, excluded);
        return best == body ? body : withProseSiblings(best, scores);
    }

    /**
     * The element inside {@code best} that the page marks as the article ({@code <article>},
     * {@code <main>}, articleBody), when it holds most of the prose: the rest is then boxes beside
     * the article (an "about us" blurb, an author's note) that only a wider container includes.
     */
    private static Element markedWithin(Element best, Scores scores, Set<Element> excluded) {
        double bestPos = scores.get(best).pos;
        Element marked = best;
        double markedPos = 0;
        for (Element e : best.getAllElements()) {
            NodeStats s = scores.get(e);
            if (e != best
                    && Scores.isMainMarker(e)
                    && !excluded.contains(e)
                    && !s.isClutter()
                    && s.pos >= MARKED_SHARE * bestPos
                    && s.pos > markedPos) {
                marked = e;
                markedPos = s.pos;
            }
        }
        return marked;
    }

    private static boolean isArticleMarker(Element e) {
        return e.normalName().equals("article")
                || e.attr("itemprop").equalsIgnoreCase("articleBody")
                || e.attr("property").equalsIgnoreCase("articleBody");
    }

    private static boolean excludesChildren(NodeStats s) {
        return s.isSureClutter() || s.teaser;
    }

    /**
     * The chosen block together with the blocks of prose before it, such as a lead paragraph
     * that the page keeps in its own box. When there are any, the parent becomes the root and
     * its other children (headline, bylines, boxes, and everything after the body) are dropped.
     * Only earlier siblings count: what follows a body is comment forms and promotions.
     */
    private static Element withProseSiblings(Element root, Scores scores) {
        Element parent = root.parent();
        if (parent == null || Scores.isMainMarker(root)) {
            // A block the page marks as the article needs no neighbours to complete it.
            return root;
        }
        List<Element> others = new ArrayList<>();
        boolean anyProse = false;
        boolean before = true;
        for (Element sibling : parent.children()) {
            if (sibling == root) {
                before = false;
            } else if (before && isProse(scores.get(sibling))) {
                anyProse = true;
            } else {
                others.add(sibling);
            }
        }
        if (!anyProse) {
            return root;
        }
        others.forEach(Element::remove);
        return parent;
    }

    private static boolean isProse(NodeStats s) {
        return !s.isClutter()
                && s.paragraphs > 0
                && s.score() > 0
                && s.linkedHeadings == 0
                && s.linkDensity() < MAX_PROSE_LINK_DENSITY;
    }
}
