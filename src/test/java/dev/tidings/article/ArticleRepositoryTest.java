package dev.tidings.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.db.Database;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import dev.tidings.source.NewSource;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Kind.class)
class ArticleRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private Database db;
    private ArticleRepository articles;
    private Source harbour;
    private Source ledger;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        articles = new ArticleRepository(db);
        var sources = new SourceRepository(db, Clock.systemUTC());
        harbour = sources.add(
                new NewSource(URI.create("https://harbour.example/rss"), null, "Harbour", null, false, 900));
        ledger = sources.add(new NewSource(URI.create("https://ledger.example/rss"), null, "Ledger", null, false, 900));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesAnArticleOnceAndReadsItBackWhole() {
        Article a = article(harbour, "https://harbour.example/a", "First", 60);
        assertThat(articles.insert(a)).isTrue();
        assertThat(articles.insert(a)).isFalse();
        assertThat(articles.exists(a.id())).isTrue();
        assertThat(articles.byId(a.id())).contains(a);
        assertThat(articles.idByContentHash(a.contentHash())).contains(a.id());
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void listsNewestFirstWithOutletNamesAndPages() {
        articles.insert(article(harbour, "https://harbour.example/old", "Old", 300));
        articles.insert(article(ledger, "https://ledger.example/new", "New", 5));
        articles.insert(article(harbour, "https://harbour.example/mid", "Mid", 60));
        assertThat(articles.latest(10)).extracting(ArticleCard::title).containsExactly("New", "Mid", "Old");
        assertThat(articles.latest(10).getFirst().sourceTitle()).isEqualTo("Ledger");
        assertThat(articles.bySource(harbour.id(), 10))
                .extracting(ArticleCard::title)
                .containsExactly("Mid", "Old");
        assertThat(articles.countsBySource()).containsEntry(harbour.id(), 2L).containsEntry(ledger.id(), 1L);
    }

    @Test
    void pagesFollowCursorsBothWaysAndStayPutWhileArticlesArrive() {
        // seven articles, the middle three in the same minute (a tie the storage order breaks)
        int[] minutesAgo = {10, 20, 30, 30, 30, 40, 50};
        for (int i = 0; i < minutesAgo.length; i++) {
            articles.insert(article(i % 2 == 0 ? harbour : ledger, "https://x.example/" + i, "A" + i, minutesAgo[i]));
        }
        ArticleWindow first = articles.latest(ArticleWindow.Position.START, 3);
        assertThat(titles(first)).containsExactly("A0", "A1", "A4");
        assertThat(first.newer()).isNull();

        articles.insert(article(ledger, "https://x.example/new", "New", 1)); // arrives while reading
        ArticleWindow second = articles.latest(older(first), 3);
        assertThat(titles(second)).containsExactly("A3", "A2", "A5");
        ArticleWindow third = articles.latest(older(second), 3);
        assertThat(titles(third)).containsExactly("A6");
        assertThat(third.older()).isNull();

        // back up: the page just newer than the second ends where it began, then the new arrival
        ArticleWindow back = articles.latest(ArticleWindow.Position.newerThan(Cursor.decode(second.newer())), 3);
        assertThat(titles(back)).containsExactly("A0", "A1", "A4");
        assertThat(back.older()).isEqualTo(first.older());
        ArticleWindow top = articles.latest(ArticleWindow.Position.newerThan(Cursor.decode(back.newer())), 3);
        assertThat(titles(top)).containsExactly("New");
        assertThat(top.newer()).isNull();
        assertThat(top.older()).isNotNull();

        // one outlet's pages: harbour has A0, A2, A4, A6
        ArticleWindow harbourFirst = articles.bySource(harbour.id(), ArticleWindow.Position.START, 2);
        assertThat(titles(harbourFirst)).containsExactly("A0", "A4");
        assertThat(titles(articles.bySource(harbour.id(), older(harbourFirst), 2)))
                .containsExactly("A2", "A6");
    }

    private static ArticleWindow.Position older(ArticleWindow window) {
        return ArticleWindow.Position.olderThan(Cursor.decode(window.older()));
    }

    private static java.util.List<String> titles(ArticleWindow window) {
        return window.cards().stream().map(ArticleCard::title).toList();
    }

    @Test
    void recentTextsComeNewestStoredFirstWithTheirUrls() {
        articles.insert(article(harbour, "https://harbour.example/one", "One", 5));
        articles.insert(article(ledger, "https://ledger.example/two", "Two", 300));

        assertThat(articles.recentTexts(10))
                .extracting(ArticleRepository.PageText::url)
                .containsExactly("https://ledger.example/two", "https://harbour.example/one");
        assertThat(articles.recentTexts(1).getFirst().text()).startsWith("Two body text.");
    }

    @Test
    void articlesStoredBeforeOpinionWasMarkedAreMarkedByTheirOpinionFolder() throws Exception {
        articles.insert(article(harbour, "https://harbour.example/opinion/2026/11/the-bridge", "A view", 30));
        articles.insert(article(harbour, "https://harbour.example/Opinions/the-ferry", "Another view", 20));
        articles.insert(article(ledger, "https://ledger.example/news/opinion-poll-harbour", "A poll", 10));
        articles.insert(article(ledger, "https://ledger.example/business/rates", "Rates", 5));
        // the migration's statement, run again over rows stored as reporting
        String sql;
        try (var in = ArticleRepository.class.getResourceAsStream("/db/migration/V016.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String mark = sql.substring(sql.indexOf("UPDATE")).strip().replaceFirst(";$", "");
        db.read(h -> h.update(mark));

        assertThat(articles.latest(10))
                .extracting(ArticleCard::title, ArticleCard::opinion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Rates", false),
                        org.assertj.core.groups.Tuple.tuple("A poll", false),
                        org.assertj.core.groups.Tuple.tuple("Another view", true),
                        org.assertj.core.groups.Tuple.tuple("A view", true));
    }

    private static Article article(Source source, String url, String title, int minutesAgo) {
        URI canonical = CanonicalUrl.of(URI.create(url));
        String text = title + " body text.\n\nSecond paragraph of " + title + ".";
        return new Article(
                ArticleId.of(canonical),
                source.id(),
                canonical,
                title,
                "A. Writer",
                "en",
                T0.minusSeconds(minutesAgo * 60L),
                null,
                T0,
                null,
                "Dek of " + title,
                "Lead of " + title,
                "<p>" + title + "</p>",
                text,
                BodyText.wordCount(text),
                BodyText.contentHash(text),
                false);
    }
}
