package dev.tidings.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes clutter from inside the chosen content block: link lists, share bars, prompts,
 * elements marked as clutter by class or role, bylines and headings that repeat the metadata,
 * and elements left empty.
 */
final class ContentCleaner {

    /**
     * Containers that can be a cluster of links. Inline elements, paragraphs, list items and
     * table cells are judged as part of their container: a linked title in a cell is content.
     */
    private static final Set<String> LINK_CLUSTER_TAGS =
            Set.of("div", "section", "ul", "ol", "dl", "nav", "aside", "header", "footer", "table", "form", "menu");

    /**
     * Blocks where bylines and datelines sit. A name or a date inside a sentence, a table cell or
     * a list item is content.
     */
    private static final Set<String> BYLINE_TAGS = Set.of("p", "div", "header", "address");

    /** Letters a byline may add to the name, like a job title. */
    private static final int MAX_BYLINE_EXTRA_LETTERS = 25;

    /** Longer than this, a block with a date in it is a sentence, not a dateline. */
    private static final int MAX_DATELINE_CHARS = 60;

    /** Links shorter than this on average are buttons or menu entries. */
    private static final int SHORT_LINK_CHARS = 25;

    private final Scores scores;
    private final NodeStats rootStats;
    private final String titleLetters;
    private final List<String> authorLetters;

    private ContentCleaner(Scores scores, NodeStats rootStats, Metadata meta) {
        this.scores = scores;
        this.rootStats = rootStats;
        this.titleLetters = Titles.letters(meta.title());
        this.authorLetters = meta.authors().stream()
                .map(Titles::letters)
                .filter(a -> a.length() > 2)
                .toList();
    }

    static void clean(Element root, Scores scores, Metadata meta) {
        ContentCleaner cleaner = new ContentCleaner(scores, scores.get(root), meta);
        cleaner.dropLabelsAboveTitle(root);
        cleaner.cleanChildren(root);
    }

    /** Above the headline, labels of a few words are the section or a badge ("World", "Live"). */
    private static final int MAX_LABEL_WORDS = 3;

    private static final int MAX_LABEL_CHARS = 30;

    /**
     * Removes the short labels that sit above the headline inside the content block: the section
     * kicker ("World", a WordPress category link), a "Live" badge. Nothing above the headline is
     * the article's text, but a picture or a sentence there is left alone: only text of at most
     * three words with no full stop goes.
     */
    private void dropLabelsAboveTitle(Element root) {
        Element title = null;
        for (Element h : root.getElementsByTag("h1")) {
            if (!titleLetters.isEmpty() && sameAsTitle(h)) {
                title = h;
                break;
            }
        }
        if (title == null) {
            return;
        }
        Set<Element> aroundTitle = new HashSet<>(title.parents());
        Set<Element> labels = new LinkedHashSet<>();
        for (Element e : root.getAllElements()) {
            if (e == title) {
                break;
            }
            if (e == root
                    || aroundTitle.contains(e)
                    || labels.contains(e.parent()) // the link inside a label already taken
                    || !e.children().isEmpty() && !onlyLinks(e)) {
                continue;
            }
            String text = e.text().strip();
            if (!text.isEmpty()
                    && text.length() <= MAX_LABEL_CHARS
                    && text.split("\\s+").length <= MAX_LABEL_WORDS
                    && text.indexOf('.') < 0
                    && !isInFigure(e)) {
                labels.add(e);
            }
        }
        labels.forEach(Element::remove);
    }

    /** Whether every child element is a link: a kicker is often a paragraph around one. */
    private static boolean onlyLinks(Element e) {
        for (Element child : e.children()) {
            if (!child.normalName().equals("a") || !child.children().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void cleanChildren(Element parent) {
        List<Element> children = new ArrayList<>(parent.children());
        boolean afterLabel = false;
        for (Element child : children) {
            NodeStats s = scores.get(child);
            if (afterLabel
                    && LINK_CLUSTER_TAGS.contains(child.normalName())
                    && (s.linkDensity() > 0.5 || isTeaserList(child))) {
                // The links under a "Related" or "Read more" label, bare or as cards with a blurb.
                child.remove();
            } else if (isClutterLabel(child, s)) {
                child.remove();
                afterLabel = Clutter.isRelatedLabel(child.text());
                continue;
            } else if (shouldRemove(child, s)) {
                child.remove();
            } else if (!child.children().isEmpty()) {
                cleanChildren(child);
                if (leftADateline(child)) {
                    child.remove();
                }
            }
            afterLabel = false;
        }
    }

    /**
     * Two or more items, each a teaser (a linked headline over a line of text) or mostly links:
     * the cards of a "Read more" box, whose blurbs keep the box's share of links low.
     */
    private boolean isTeaserList(Element e) {
        int items = 0;
        for (Element item : e.children()) {
            NodeStats s = scores.get(item);
            if (s.chars == 0) {
                continue;
            }
            if (!s.teaser && s.linkDensity() <= 0.5) {
                return false;
            }
            items++;
        }
        return items >= 2;
    }

    private static boolean isClutterLabel(Element e, NodeStats s) {
        return s.chars > 0 && s.chars <= Clutter.MAX_CHARS && s.paragraphs <= 1 && Clutter.isClutter(e.text());
    }

    private boolean shouldRemove(Element e, NodeStats s) {
        String tag = e.normalName();
        if (Tags.MEDIA.contains(tag)) {
            return false;
        }
        if (s.chars == 0) {
            return s.images == 0 && !hasMedia(e);
        }
        if (s.isClutter() && !holdsMuchOfTheProse(s)) {
            return true;
        }
        if (Tags.isHeading(tag)) {
            return !titleLetters.isEmpty() && s.chars <= titleLetters.length() * 3 && sameAsTitle(e);
        }
        if (s.chars <= Bylines.MAX_BYLINE_CHARS
                && s.paragraphs == 0
                && (Bylines.isMarked(e) || (BYLINE_TAGS.contains(tag) && repeatsByline(e)))) {
            return true;
        }
        if (s.chars <= MAX_DATELINE_CHARS && s.paragraphs == 0 && BYLINE_TAGS.contains(tag) && isDateline(e)) {
            return true;
        }
        return isLinkCluster(tag, s)
                || (isLabelScatter(tag, s) && e.getElementsByTag("table").isEmpty());
    }

    /** A short block naming an author the metadata already gives: "By Ann Lee", "Ann Lee, Staff Writer". */
    private boolean repeatsByline(Element e) {
        if (authorLetters.isEmpty()
                || isInFigure(e)
                || !e.getElementsByTag("figure").isEmpty()) {
            // A photographer's credit under a picture names a person too, but it is no byline.
            return false;
        }
        String text = Titles.letters(e.text());
        for (String author : authorLetters) {
            // "By Ann Lee" or "Ann Lee, Staff Writer"; "Ann Lee reported from Seoul" is a sentence.
            if (text.startsWith("by" + author)
                    || (text.startsWith(author) && text.length() <= author.length() + MAX_BYLINE_EXTRA_LETTERS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInFigure(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("figure") || tag.equals("figcaption")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A block that held a date and a byline and, the byline gone, holds the date alone: WordPress's
     * "Posted on <time>…</time> by Ann Lee and Tom Berg" was too long for a dateline while the
     * names were in it.
     */
    private static boolean leftADateline(Element e) {
        return BYLINE_TAGS.contains(e.normalName())
                && e.text().length() <= MAX_DATELINE_CHARS
                && e.getElementsByTag("p").isEmpty()
                && isDateline(e);
    }

    /** A short block that is only a date, or a {@code <time>} with a few words around it. */
    private static boolean isDateline(Element e) {
        String text = e.text();
        return Dates.parse(text) != null
                || (!e.getElementsByTag("time").isEmpty() && text.length() <= MAX_DATELINE_CHARS);
    }

    private boolean sameAsTitle(Element heading) {
        String h = Titles.letters(heading.text());
        return h.equals(titleLetters) || (h.length() > 20 && titleLetters.contains(h));
    }

    /** A block of links with little prose: menus, related-story lists, tag clouds. */
    private static boolean isLinkCluster(String tag, NodeStats s) {
        if (!LINK_CLUSTER_TAGS.contains(tag)) {
            return false;
        }
        double ld = s.linkDensity();
        boolean dense =
                (ld > 0.5 && s.paragraphs == 0) || (ld > 0.33 && s.score() < 0 && s.links > 1 && s.paragraphs <= 1);
        // Lists of long links to other sites are an article citing its sources; menus, tag lists and
        // related-story boxes link within the site, and share bars use one or two words per link.
        return dense && (s.links < 3 || s.internalLinks * 2 >= s.links || s.linkChars < SHORT_LINK_CHARS * s.links);
    }

    /**
     * Many tiny blocks and no prose in a plain container: the axis labels of a chart drawn in
     * HTML, or a bar of buttons. Lists and tables are left alone, since short items are normal there.
     */
    private static boolean isLabelScatter(String tag, NodeStats s) {
        return (tag.equals("div") || tag.equals("figure") || tag.equals("section"))
                && s.paragraphs == 0
                && s.blocks >= 8
                && s.chars < 12 * s.blocks;
    }

    /** A clutter-named element that still holds a large share of the prose is a false hint. */
    private boolean holdsMuchOfTheProse(NodeStats s) {
        return s.paragraphs >= 2 && s.paragraphs * 3 >= rootStats.paragraphs && s.linkDensity() < 0.25;
    }

    private static boolean hasMedia(Element e) {
        for (Element d : e.getAllElements()) {
            if (Tags.MEDIA.contains(d.normalName()) && !d.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }
}
