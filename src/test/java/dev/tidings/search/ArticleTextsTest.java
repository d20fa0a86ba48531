package dev.tidings.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.ai.AiFixtures;
import dev.tidings.db.Database;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The index reads each article's text from the database (both stores) as it indexes the article. */
@ParameterizedClass
@EnumSource(Kind.class)
class ArticleTextsTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void indexedArticlesAreFoundByHeadlineBodyOutletAndHashtag() {
        AiFixtures.storeArticle(db, "a1", "Daily Ledger", "Harbour cranes idle", "Dock workers walked out at dawn.");
        long source = db.read(h -> h.queryLong("SELECT source_id FROM articles WHERE id = ?", "a1"));
        ArticleTexts texts = new ArticleTexts(db);
        texts.hashtagsFrom(id -> id.equals("a1") ? List.of("PortStrike") : List.of());
        assertThat(texts.text("missing")).isEmpty();
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"), texts)) {
            index.upsert(new IndexedArticle("a1", T0, source, 0, null));
            index.refresh();
            ArticleSearch search = new ArticleSearch(index, null);
            for (String q : List.of("cranes", "dock workers", "ledger", "portstrike")) {
                assertThat(search.search(new SearchRequest(q, null, null, 0, 10))
                                .hits())
                        .as(q)
                        .extracting(SearchHit::articleId)
                        .containsExactly("a1");
            }
            var tagged = new SearchFilters(null, "portstrike", "en", null, null);
            assertThat(search.search(new SearchRequest("harbour", tagged, null, 0, 10))
                            .total())
                    .isEqualTo(1);
        }
    }
}
