package dev.tidings.search;

import dev.tidings.db.Database;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an article's searchable text from the database. Hashtags come from a separate lookup so
 * the tagging feature can supply them without this class knowing its tables.
 */
public final class ArticleTexts implements TextSource {
    private final Database db;
    private volatile Function<String, List<String>> hashtags = id -> List.of();

    public ArticleTexts(Database db) {
        this.db = db;
    }

    /** Supplies each article's hashtags (names without '#'); until called, articles have none. */
    public void hashtagsFrom(Function<String, List<String>> lookup) {
        this.hashtags = lookup;
    }

    @Override
    public Optional<IndexText> text(String articleId) {
        return db.read(h -> h.queryOne(
                        "SELECT a.title, a.body_text, a.language, s.title FROM articles a"
                                + " JOIN sources s ON s.id = a.source_id WHERE a.id = ?",
                        rs -> new IndexText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), null),
                        articleId))
                .map(t -> new IndexText(t.title(), t.body(), t.language(), t.outlet(), hashtags.apply(articleId)));
    }
}
