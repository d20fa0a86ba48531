package dev.tidings.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the article body: the container whose blocks add up to the
 * highest score, so that prose pulls a container up and link lists and clutter pull it down.
 */
final class ContentFinder {

    /** Containers marked as main content get this much more weight when compared. */
    private static final double MAIN_BONUS = 1.15;

    private ContentFinder() {}

    /** The best container under {@code body}, or {@code body} itself when no container scores above zero. */
    static Element find(Element body, Scores scores) {
        Element best = body;
        double bestScore = scores.get(body).score();
        Set<Element> insideClutter = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : scores.elements()) {
            Element parent = e.parent();
            if (parent != null
                    && (insideClutter.contains(parent) || scores.get(parent).isSureClutter())) {
                insideClutter.add(e);
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
        return bestScore > 0 ? best : body;
    }
}
