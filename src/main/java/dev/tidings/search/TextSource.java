package dev.tidings.search;

import java.util.Optional;

/** Where the index reads an article's text when it (re)indexes the article: the database, normally. */
@FunctionalInterface
public interface TextSource {
    Optional<IndexText> text(String articleId);

    /** For indexes that hold vectors only (tests of other features). */
    TextSource NONE = id -> Optional.empty();
}
