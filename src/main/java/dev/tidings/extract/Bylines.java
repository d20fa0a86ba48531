package dev.tidings.extract;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds byline elements: {@code rel=author}, {@code itemprop=author}, or a class/id saying byline or author. */
final class Bylines {

    /** Longer than this, an element marked as author is a bio box rather than a byline. */
    static final int MAX_BYLINE_CHARS = 100;

    private Bylines() {}

    /** Whether {@code e} is marked as a byline (its length is not checked here). */
    static boolean isMarked(Element e) {
        if (e.attr("rel").equalsIgnoreCase("author")) {
            return true;
        }
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.contains("author") || itemprop.contains("creator")) {
            return true;
        }
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return false;
        }
        for (String w : Hints.words(names)) {
            if (w.equals("byline") || w.equals("author") || w.equals("byl") || w.equals("dateline")) {
                return true;
            }
        }
        return false;
    }

    /** The text of the page's first byline element, or null. */
    static String text(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : body.getAllElements()) {
            if (isMarked(e)) {
                String t = Titles.clean(e.text());
                if (t != null && t.length() <= MAX_BYLINE_CHARS) {
                    return t;
                }
            }
        }
        return null;
    }
}
