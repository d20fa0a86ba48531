package dev.tidings.source;

import dev.tidings.nlp.Words;
import java.util.Locale;

/** URL-safe names for outlets: "Circuit & Signal" becomes "circuit-signal". */
final class Slugs {
    private Slugs() {}

    static String of(String text) {
        String ascii = Words.withoutMarks(text);
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "source" : slug;
    }
}
