package dev.tidings.article;

import dev.tidings.db.Database;
import dev.tidings.source.NewSource;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/** Stores articles for tests in other packages (comments, pages) without the ingestion pipeline. */
public final class TestArticles {
    private TestArticles() {}

    /** Stores an article from a test outlet and returns its id. */
    public static String store(Database db, String slug, String title, Instant published) {
        SourceRepository sources = new SourceRepository(db, Clock.systemUTC());
        Source source = sources.add(
                new NewSource(URI.create("https://outlet.example/rss"), null, "Test Outlet", null, false, 900));
        URI url = CanonicalUrl.of(URI.create("https://outlet.example/" + slug));
        String text = title + ". A first paragraph.\n\nA second paragraph about " + title + ".";
        Article a = new Article(
                ArticleId.of(url),
                source.id(),
                url,
                title,
                null,
                "en",
                published,
                null,
                published,
                null,
                null,
                "Lead of " + title,
                "<p>" + title + ". A first paragraph.</p><p>A second paragraph.</p>",
                text,
                BodyText.wordCount(text),
                BodyText.contentHash(text),
                false);
        new ArticleRepository(db).insert(a);
        return a.id();
    }
}
