package dev.tidings.tag;

import dev.tidings.db.Database;
import java.time.Instant;

/** Sources and articles written straight into the tables, for tests of the tag package. */
final class TagTestData {
    private TagTestData() {}

    static long source(Database db, String slug) {
        return db.transaction(h -> h.insert(
                        "INSERT INTO sources (feed_url, title, slug, created_at) VALUES (?, ?, ?, ?)",
                        "https://" + slug + ".example/feed",
                        "Outlet " + slug,
                        slug,
                        0L)
                .orElseThrow());
    }

    static void article(Database db, long sourceId, String id, String title, String text, Instant published) {
        db.transaction(h -> h.update(
                "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at, lead,"
                        + " body_html, body_text, word_count, content_hash) VALUES (?, ?, ?, ?, 'en', ?, ?, ?, ?, ?, ?, ?)",
                id,
                sourceId,
                "https://example.org/" + id,
                title,
                published,
                published,
                text.length() > 80 ? text.substring(0, 80) : text,
                "<p>" + text + "</p>",
                text,
                text.split("\\s+").length,
                "hash-" + id));
    }
}
