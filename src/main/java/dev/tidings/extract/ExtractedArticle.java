package dev.tidings.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the extractor found on an article page. The body comes twice: sanitized HTML and plain
 * text with paragraphs separated by blank lines. Fields the page does not give are null (lists
 * are empty). {@code opinion}: the page marks itself as opinion (a column, an editorial), not
 * reporting.
 */
public record ExtractedArticle(
        String title,
        List<String> authors,
        OffsetDateTime published,
        OffsetDateTime modified,
        String language,
        String siteName,
        String canonicalUrl,
        String imageUrl,
        String description,
        String html,
        String text,
        boolean opinion) {

    /** Whether a body was found at all; index pages and galleries have none. */
    public boolean hasBody() {
        return text != null && !text.isBlank();
    }
}
