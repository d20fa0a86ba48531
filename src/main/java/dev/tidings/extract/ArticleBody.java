package dev.tidings.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The JSON-LD {@code articleBody} as a fallback body, for when the markup hides the article from
 * the scoring. It is used only when it agrees with what the page shows, since some sites put
 * teasers, other articles or stale text there.
 */
final class ArticleBody {

    /** Shorter values are summaries, not bodies. */
    private static final int MIN_SHINGLES = 20;

    /** When the extracted body already holds this share of the articleBody, it stays. */
    private static final double MIN_COVERAGE = 0.6;

    /** The articleBody counts as trustworthy when this share of it is visible on the page. */
    private static final double MIN_AGREEMENT = 0.8;

    private ArticleBody() {}

    /**
     * The articleBody as plain paragraphs when the body found in the markup misses much of it
     * and the page shows it (so it is trustworthy); else null.
     */
    static String ifBetter(String articleBody, String extracted, Element page) {
        String text = plain(articleBody);
        Shingles claimed = Shingles.of(text);
        if (claimed.size() < MIN_SHINGLES || claimed.overlap(Shingles.of(extracted)) >= MIN_COVERAGE * claimed.size()) {
            return null;
        }
        Shingles visible = Shingles.of(TextRenderer.render(page));
        return claimed.overlap(visible) >= MIN_AGREEMENT * claimed.size() ? text : null;
    }

    /** Plain text with paragraphs separated by blank lines; HTML inside the value is rendered. */
    static String plain(String articleBody) {
        if (articleBody.indexOf('<') >= 0) {
            return TextRenderer.render(Jsoup.parseBodyFragment(articleBody).body());
        }
        StringBuilder out = new StringBuilder(articleBody.length());
        for (String line : articleBody.split("\\R")) {
            String t = Titles.collapse(line);
            if (!t.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(t);
            }
        }
        return out.toString();
    }

    static String toHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 64);
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(Entities.escape(paragraph)).append("</p>");
        }
        return html.toString();
    }
}
