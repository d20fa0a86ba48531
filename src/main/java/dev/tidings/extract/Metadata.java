package dev.tidings.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a page says about itself outside the body. {@code articleBody} is the JSON-LD copy of the
 * text, not yet checked against the page; {@code opinion} whether the page marks itself as
 * opinion rather than reporting ({@link Opinion}).
 */
record Metadata(
        String title,
        List<String> authors,
        OffsetDateTime published,
        OffsetDateTime modified,
        String language,
        String siteName,
        String canonicalUrl,
        String imageUrl,
        String description,
        String articleBody,
        boolean opinion) {}
