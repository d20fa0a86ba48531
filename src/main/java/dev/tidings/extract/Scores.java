package dev.tidings.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Statistics of every element under a root, computed in one walk. Text is cut into blocks (the
 * inline text of one block element), each block gets a value (positive for prose, negative for
 * link lists and crumbs), and an element's score is the sum over its blocks. Subtrees marked as
 * clutter by their class or role, and teasers (a linked headline over a line of text), lose
 * their positive value.
 */
final class Scores {

    /**
     * How much of a clutter-marked subtree's positive value counts against its ancestors. Not
     * all of it: class names lie often enough (a "widget" that is the article's gallery) that a
     * false hint must not sink the whole article.
     */
    static final double CLUTTER_PENALTY = 0.25;

    /**
     * The most a clutter-marked subtree takes off its ancestors: enough to prefer a container
     * without it, but a long gallery or comment thread inside the only container of the article
     * must not outweigh the article itself.
     */
    static final double MAX_CLUTTER_PENALTY = 1000;

    /** Above this much prose (weighted characters), a block with a linked headline is a story, not a teaser. */
    static final int TEASER_MAX_PROSE = 500;

    /** Taken off every non-link block, so that crumbs of text ("Share", "Posted in") add nothing. */
    static final double SHORT_PENALTY = 5;

    private final Map<Element, NodeStats> stats = new IdentityHashMap<>();
    private final List<Element> order = new ArrayList<>();

    private Scores() {}

    /** Scores {@code root}'s subtree; links to {@code siteHosts} count as links within the site. */
    static Scores of(Element root, Set<String> siteHosts) {
        Scores scores = new Scores();
        NodeTraversor.traverse(scores.new Walker(siteHosts), root);
        return scores;
    }

    /** Stats of {@code e}; an element added after the walk gets empty stats. */
    NodeStats get(Element e) {
        NodeStats s = stats.get(e);
        return s == null ? new NodeStats() : s;
    }

    /** Elements in document order, parents before children. */
    List<Element> elements() {
        return order;
    }

    /** The value of one block of inline text; see the class comment. */
    static double blockValue(boolean heading, int chars, int linkChars, int punct) {
        if (chars == 0) {
            return 0;
        }
        if (heading) {
            return linkChars * 2 > chars ? -chars : 0;
        }
        if (linkChars * 2 > chars) {
            return -chars;
        }
        double eff = chars - 2.0 * linkChars + 8.0 * Math.min(punct, 20);
        if (eff <= 0) {
            return eff - SHORT_PENALTY;
        }
        // Short blocks are worth less per character: menus and labels are short, prose is not.
        return eff * Math.min(1.0, eff / 150.0) - SHORT_PENALTY;
    }

    static boolean isMainMarker(Element e) {
        String tag = e.normalName();
        return tag.equals("article")
                || tag.equals("main")
                || e.attr("itemprop").equalsIgnoreCase("articleBody")
                || e.attr("property").equalsIgnoreCase("articleBody");
    }

    private final class Walker implements NodeVisitor {
        private final ArrayDeque<NodeStats> stack = new ArrayDeque<>();
        private final ArrayDeque<NodeStats> blocks = new ArrayDeque<>();
        private final Set<String> siteHosts;
        private final Map<String, Integer> classHints = new HashMap<>();
        private final Map<String, Boolean> galleryClasses = new HashMap<>();
        /** The links we are inside, innermost first: whether each leads to another page of the site. */
        private final ArrayDeque<Boolean> openLinks = new ArrayDeque<>();
        /** How many of those lead to another page of the same site. */
        private int internalLinkDepth;

        private NodeStats heading;

        Walker(Set<String> siteHosts) {
            this.siteHosts = siteHosts;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                NodeStats s = new NodeStats();
                stats.put(e, s);
                order.add(e);
                stack.push(s);
                String tag = e.normalName();
                if (tag.equals("a") && e.hasAttr("href")) {
                    s.links = 1;
                    boolean internal = isOtherPageOfSite(e);
                    openLinks.push(internal);
                    if (internal) {
                        s.internalLinks = 1;
                        internalLinkDepth++;
                        if (heading != null) {
                            heading.internalLink = true;
                        }
                    }
                } else if (tag.equals("img")) {
                    s.images = 1;
                }
                if (Tags.isHeading(tag)) {
                    heading = s;
                    // a card's headline wrapped in its link: <a href="/next-story"><h3>…</h3></a>
                    s.internalLink = internalLinkDepth > 0;
                }
                if (Tags.isBlock(tag)) {
                    blocks.push(s);
                    // Inline elements are part of a sentence; what their classes say does not matter.
                    s.hint = Hints.of(e, classHints);
                    s.gallery = Hints.isGallery(e, galleryClasses);
                }
            } else if (node instanceof TextNode t && !stack.isEmpty()) {
                count(t.getWholeText());
            }
        }

        /**
         * Whether a link goes to another page of the same site (any page when the site is unknown).
         * Links to a place on the same page, like a section's back-link to the contents, do not.
         */
        private boolean isOtherPageOfSite(Element a) {
            String href = a.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#")) {
                return false;
            }
            if (siteHosts.isEmpty()) {
                return true;
            }
            String target = Urls.hrefHost(href);
            return target == null || siteHosts.contains(target);
        }

        /** Adds a text node to its parent's totals and to the inline text of its block. */
        private void count(String text) {
            int chars = 0;
            int punct = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c <= ' ' || Character.isWhitespace(c) || c == '\u00a0') {
                    continue;
                }
                chars += c >= '\u2e80' && c <= '\ud7ff' ? 3 : 1;
                switch (c) {
                    case ',', '.', ';', ':', '!', '?', '\u3001', '\u3002', '\uff0c', '\uff01', '\uff1f', '\u060c' ->
                        punct++;
                    default -> {}
                }
            }
            NodeStats parent = stack.peek();
            parent.chars += chars;
            NodeStats block = blocks.peek();
            if (block != null) {
                block.ownChars += chars;
                block.ownPunct += punct;
            }
            if (!openLinks.isEmpty()) {
                parent.linkChars += chars;
                if (block != null) {
                    block.ownLinkChars += chars;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            NodeStats s = stack.pop();
            String tag = e.normalName();
            if (tag.equals("a") && e.hasAttr("href")) {
                if (openLinks.pop()) {
                    internalLinkDepth--;
                }
            }
            if (Tags.isBlock(tag)) {
                blocks.pop();
                finishBlock(s, tag);
            }
            if (tag.equals("figure") || tag.equals("figcaption") || s.gallery) {
                // Captions are text, but not the prose that makes a page an article; the text of a
                // gallery is its captions.
                s.captionChars = s.chars;
                s.paragraphs = 0;
            }
            if (s.isClutter()) {
                s.neg += Math.min(s.pos * CLUTTER_PENALTY, MAX_CLUTTER_PENALTY);
                s.pos = 0;
            } else if (isTeaser(s, tag)) {
                s.teaser = true;
                s.neg += s.pos;
                s.pos = 0;
            }
            // A marker around a few labels (product cards made of <article>s) marks no article.
            s.hasMain |= isMainMarker(e) && s.paragraphs > 0;
            NodeStats parent = stack.peek();
            if (parent != null) {
                parent.add(s);
            }
        }

        /**
         * A headline linking to another page of the site with a little text under it: one item of
         * an index page or a "related stories" box. Its prose counts against its container.
         */
        private static boolean isTeaser(NodeStats s, String tag) {
            return s.linkedHeadings == 1
                    && !Tags.isHeading(tag)
                    && s.paragraphs <= 1
                    && s.chars - s.linkChars < TEASER_MAX_PROSE;
        }

        private void finishBlock(NodeStats s, String tag) {
            int c = s.ownChars;
            boolean isHeading = Tags.isHeading(tag);
            if (isHeading) {
                heading = null;
                if (c > 0 && s.ownLinkChars * 2 > c && s.internalLink) {
                    s.linkedHeadings++;
                }
            }
            if (c == 0) {
                return;
            }
            s.blocks++;
            if (!isHeading && c >= 80 && s.ownLinkChars * 10 < c * 3) {
                s.paragraphs++;
            }
            double v = blockValue(isHeading, c, s.ownLinkChars, s.ownPunct);
            if (v >= 0) {
                s.pos += v;
            } else {
                s.neg -= v;
            }
        }
    }
}
