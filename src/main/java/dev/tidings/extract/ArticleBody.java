package dev.tidings.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The JSON-LD {@code articleBody} as a fallback body. It is used only when it agrees with what
 * the page shows, since some sites put teasers, other articles or stale text there.
 */
final class ArticleBody {

    private ArticleBody() {}

    /** The articleBody as plain paragraphs when enough of it is visible in {@code page}; else null. */
    static String ifTrustworthy(String articleBody, Element page, double minAgreement) {
        String text = plain(articleBody);
        Shingles claimed = Shingles.of(text);
        if (claimed.size() == 0) {
            return null;
        }
        Shingles visible = Shingles.of(TextRenderer.render(page));
        return claimed.overlap(visible) >= minAgreement * claimed.size() ? text : null;
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
