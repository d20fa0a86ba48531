package dev.tidings.search;

import java.util.List;

/**
 * The searchable text of one article: its headline, plain body, language, outlet name and hashtags
 * (empty until the article has been tagged). Nothing here is stored in the index; pages read the
 * article itself for display and snippets.
 */
public record IndexText(String title, String body, String language, String outlet, List<String> hashtags) {
    public static final IndexText EMPTY = new IndexText("", "", "", "", List.of());

    public IndexText {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        language = language == null ? "" : language;
        outlet = outlet == null ? "" : outlet;
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
    }
}
