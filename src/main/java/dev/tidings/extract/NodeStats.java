package dev.tidings.extract;

/**
 * Counts for one element's subtree, filled bottom-up by {@link Scores}. Character counts skip
 * whitespace and weigh ideographic scripts up, since one such character carries about a word.
 */
final class NodeStats {

    int chars;

    /** Characters inside figures and their captions. */
    int captionChars;

    int linkChars;
    int links;

    /** Links to other pages of the same site. */
    int internalLinks;

    int images;
    int blocks;
    int paragraphs;
    int linkedHeadings;

    /** Sum of positive and of negative block values in the subtree, after hints are applied. */
    double pos;

    double neg;

    /** Whether the subtree holds an element that marks the main content (article, main, articleBody). */
    boolean hasMain;

    int hint;

    /** Whether the element itself is named a picture gallery or slideshow. */
    boolean gallery;

    /** Whether the element is one teaser of an index: a linked headline with a line of text. */
    boolean teaser;

    /** Whether the subtree is clutter: marked so by its hint and holding no main-content marker. */
    boolean isClutter() {
        return Hints.isNegative(hint) && !hasMain;
    }

    /** Whether the subtree is surely clutter, so nothing inside it can be the article. */
    boolean isSureClutter() {
        return hint == Hints.NEGATIVE && !hasMain;
    }

    // Text flowing directly in this block, outside nested blocks.
    int ownChars;
    int ownLinkChars;
    int ownPunct;

    /** For a heading: whether it holds a link to another page of the same site. */
    boolean internalLink;

    double score() {
        return pos - neg;
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    void add(NodeStats child) {
        chars += child.chars;
        captionChars += child.captionChars;
        linkChars += child.linkChars;
        links += child.links;
        internalLinks += child.internalLinks;
        images += child.images;
        blocks += child.blocks;
        paragraphs += child.paragraphs;
        linkedHeadings += child.linkedHeadings;
        pos += child.pos;
        neg += child.neg;
        hasMain |= child.hasMain;
    }
}
