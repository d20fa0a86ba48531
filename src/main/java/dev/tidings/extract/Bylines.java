package dev.tidings.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Finds byline elements: {@code rel=author}, {@code itemprop=author}, or a class/id saying byline or author. */
final class Bylines {

    /** Longer than this, an element marked as author is a bio box rather than a byline. */
    static final int MAX_BYLINE_CHARS = 100;

    private static final Set<String> MONTHS = Set.of(
            "jan",
            "january",
            "feb",
            "february",
            "mar",
            "march",
            "apr",
            "april",
            "may",
            "jun",
            "june",
            "jul",
            "july",
            "aug",
            "august",
            "sep",
            "sept",
            "september",
            "oct",
            "october",
            "nov",
            "november",
            "dec",
            "december");

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
        String lower = names.toLowerCase(Locale.ROOT);
        if (!lower.contains("author") && !lower.contains("byl") && !lower.contains("dateline")) {
            return false;
        }
        for (String w : Hints.words(names)) {
            if (w.equals("byline") || w.equals("author") || w.equals("byl") || w.equals("dateline")) {
                return true;
            }
        }
        return false;
    }

    /** The byline up to where a date or a separator starts: "Ann Lee March 3, 2020" gives "Ann Lee". */
    static String withoutDate(String byline) {
        String[] words = byline.split(" ");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            String w = word;
            int digit = firstDigit(w);
            if (digit > 0) {
                // "Nolan22 Dec": a name run into a date by markup without spaces.
                w = w.substring(0, digit);
            }
            if (MONTHS.contains(w.toLowerCase(Locale.ROOT).replace(".", "").replace(",", ""))
                    || digit == 0
                    || w.equals("|")
                    || w.equals("·")
                    || w.equals("-")
                    || w.equals("—")) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w);
            if (digit > 0) {
                break;
            }
        }
        String t = out.toString().strip();
        return t.isEmpty() ? byline : t;
    }

    private static int firstDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The text of the first of {@code marked} that is short enough to be a byline, or null. */
    static String text(List<Element> marked) {
        for (Element e : marked) {
            String t = Titles.clean(e.text());
            if (t != null && t.length() <= MAX_BYLINE_CHARS) {
                return withoutDate(t);
            }
        }
        return null;
    }
}
