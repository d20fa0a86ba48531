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
        db.transaction(h -> {
            h.update(
                    "INSERT INTO sources (feed_url, title, slug, created_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING",
                    "https://harbour.example/feed",
                    "Harbour Times",
                    "harbour-times",
                    0L);
            long source = h.queryLong("SELECT id FROM sources WHERE slug = 'harbour-times'");
            h.update(
                    "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at, lead,"
                            + " body_html, body_text, word_count, content_hash) VALUES (?, ?, ?, ?, 'en', ?, ?, ?, ?,"
                            + " ?, ?, ?)",
                    id,
                    source,
                    "https://harbour.example/" + id,
                    "Night ferry to Vell restored",
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
}
