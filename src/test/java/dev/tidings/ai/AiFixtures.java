package dev.tidings.ai;

import dev.tidings.db.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test articles for the AI features, shared with the web tests. */
public final class AiFixtures {
    private AiFixtures() {}

    /** A fixture text from src/test/resources/dev/tidings/ai. */
    public static String text(String name) {
        try (InputStream in = AiFixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source and one article, written as the ingester would. */
    public static void storeArticle(Database db, String id, String text) {
        storeArticle(db, id, "Harbour Times", "Night ferry to Vell restored", text);
    }

    /** One article of the outlet called {@code outlet} (the source is created on first use). */
    public static void storeArticle(Database db, String id, String outlet, String title, String text) {
        String slug = outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        db.transaction(h -> {
            h.update(
                    "INSERT INTO sources (feed_url, title, slug, created_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING",
                    "https://" + slug + ".example/feed",
                    outlet,
                    slug,
                    0L);
            long source = h.queryLong("SELECT id FROM sources WHERE slug = ?", slug);
            h.update(
                    "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at, lead,"
                            + " body_html, body_text, word_count, content_hash) VALUES (?, ?, ?, ?, 'en', ?, ?, ?, ?,"
                            + " ?, ?, ?)",
                    id,
                    source,
                    "https://" + slug + ".example/" + id,
                    title,
                    1_000L,
                    1_000L,
                    "The Harbour Council voted.",
                    "<p>" + text + "</p>",
                    text,
                    200,
                    "hash-" + id);
            return null;
        });
    }

    /** A story holding these stored articles, as the clusterer would leave it; returns its id. */
    public static long storeStory(Database db, String title, String... articleIds) {
        return db.transaction(h -> {
            h.update(
                    "INSERT INTO stories (title, lead_article_id, first_published_at, last_published_at,"
                            + " article_count, outlet_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    title,
                    articleIds[0],
                    1_000L,
                    1_000L,
                    articleIds.length,
                    articleIds.length,
                    0L,
                    0L);
            long story = h.queryLong("SELECT MAX(id) FROM stories");
            for (String id : articleIds) {
                h.update(
                        "INSERT INTO story_articles (article_id, story_id, score, joined_at, published_at, article_seq,"
                                + " source_id) SELECT id, ?, 1.0, 0, published_at, seq, source_id FROM articles WHERE id = ?",
                        story,
                        id);
            }
            return story;
        });
    }
}
