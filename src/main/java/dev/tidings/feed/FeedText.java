package dev.tidings.feed;

import org.jsoup.Jsoup;

/** Turns the titles and names that feeds send, often HTML-escaped or marked up, into plain text. */
final class FeedText {

    private FeedText() {}

    /** Strips tags, decodes entities and collapses whitespace; null when nothing readable is left. */
    static String plain(String html) {
        if (html == null) {
            return null;
        }
        String text = html.indexOf('<') < 0 && html.indexOf('&') < 0
                ? html
                : Jsoup.parseBodyFragment(html).text();
        return collapse(text);
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    static String collapse(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** Trims, turning blank into null, for fields kept as the publisher gave them. */
    static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
