package dev.tidings.ai;

/**
 * A text and the outlet that published it: an article, or another outlet's coverage of its story;
 * {@code opinion} when the outlet marks it as opinion (a column, an editorial) rather than reporting.
 */
public record Passage(String outlet, String title, String text, boolean opinion) {

    /** A passage of reporting. */
    public Passage(String outlet, String title, String text) {
        this(outlet, title, text, false);
    }
}
