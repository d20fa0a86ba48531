package dev.tidings.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Decides whether a cleaned content block is an article rather than an index page, a gallery or
 * a list of links, so that such pages get no body instead of a fake one.
 */
final class ArticleCheck {

    /** Teaser lists carry about a sentence or two of prose per linked headline; articles far more. */
    private static final int MIN_PROSE_PER_TEASER = 400;

    private ArticleCheck() {}

    static boolean isArticle(Element root, Set<String> siteHosts) {
        NodeStats s = Scores.of(root, siteHosts).get(root);
        if (s.chars == 0 || s.linkDensity() > 0.5) {
            return false;
        }
        int prose = s.chars - s.linkChars - s.captionChars;
        // Linked headings count only when they link within the site; see Scores.
        if (s.linkedHeadings >= 3 && prose < MIN_PROSE_PER_TEASER * s.linkedHeadings) {
            return false;
        }
        // Galleries: many pictures and little prose around them.
        return !(s.images >= 4 && prose < 80 * s.images && prose < 1000);
    }
}
