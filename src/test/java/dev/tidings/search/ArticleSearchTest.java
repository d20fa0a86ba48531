package dev.tidings.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.nlp.Embedder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search against a real Lucene index with the real embedding model: syntax, filters, order, fusion, spelling. */
class ArticleSearchTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
    private static Embedder embedder;

    @TempDir
    Path dir;

    private SearchIndex index;
    private ArticleSearch search;

    @BeforeAll
    static void loadModel() {
        embedder = Embedder.load(1);
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    @BeforeEach
    void fill() {
        index = SearchIndex.open(dir);
        search = new ArticleSearch(index, embedder::embed);
        add(
                "war",
                1,
                0,
                "Negotiations to end the war resume in Geneva",
                "Delegations from both governments met for a third round of negotiations aimed at ending the war.",
                "en",
                "Harbour Times",
                List.of("Geneva"));
        add(
                "rail",
                2,
                60,
                "Rail strike halts freight across the north",
                "The union said the rail strike would last three days; freight trains stood idle.",
                "en",
                "Daily Ledger",
                List.of("RailStrike"));
        add(
                "railfr",
                3,
                120,
                "Grève du rail dans le nord",
                "La grève du rail paralyse le fret.",
                "fr",
                "Le Quotidien",
                List.of("RailStrike"));
        add(
                "comet",
                2,
                180,
                "Comet seen over Vesper",
                "Astronomers watched the comet cross the night sky.",
                "en",
                "Daily Ledger",
                List.of());
        add(
                "bus",
                1,
                240,
                "Bus strike ends after talks",
                "Drivers returned to work as the bus strike ended; no rail services were affected.",
                "en",
                "Harbour Times",
                List.of());
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void add(
            String id,
            long source,
            int minutes,
            String title,
            String body,
            String lang,
            String outlet,
            List<String> tags) {
        index.upsert(
                new IndexedArticle(id, T0.plusSeconds(60L * minutes), source, 0, embedder.embed(title + ". " + body)),
                new IndexText(title, body, lang, outlet, tags));
    }

    private List<String> ids(String query) {
        return ids(query, SearchFilters.NONE, SearchRequest.Order.RELEVANCE);
    }

    private List<String> ids(String query, SearchFilters f, SearchRequest.Order order) {
        return lexicalOnly(search.search(new SearchRequest(query, f, order, 0, 10)));
    }

    private static List<String> lexicalOnly(SearchResult r) {
        return r.hits().stream()
                .filter(SearchHit::lexical)
                .map(SearchHit::articleId)
                .toList();
    }

    @Test
    void headlineMatchesRankAboveBodyMatches() {
        assertThat(ids("rail")).startsWith("rail").contains("bus").doesNotContain("comet");
    }

    @Test
    void phrasesExclusionAndOr() {
        assertThat(ids("\"rail strike\"")).containsExactlyInAnyOrder("rail");
        assertThat(ids("strike -bus")).containsExactly("rail");
        assertThat(ids("comet OR negotiations")).containsExactlyInAnyOrder("comet", "war");
        assertThat(ids("strike -\"bus strike\"")).containsExactly("rail");
    }

    @Test
    void otherFormsOfAWordFindItAndExclusionsDropThemButAPhraseIsExact() {
        assertThat(ids("strikes")).containsExactlyInAnyOrder("rail", "bus");
        assertThat(ids("negotiating")).containsExactly("war");
        assertThat(ids("astronomer watching")).containsExactly("comet");
        assertThat(ids("\"rail strikes\"")).isEmpty();
        assertThat(ids("strikes -ending")).containsExactly("rail");
    }

    @Test
    void formsWhoseStemEndsDifferentlyFromTheWordAreFound() {
        add(
                "house",
                3,
                300,
                "Parliament votes on the housing study",
                "Members spoke for hours.",
                "en",
                "Metro Wire",
                List.of());
        index.refresh();
        assertThat(ids("voting")).containsExactly("house"); // stem "vote"
        assertThat(ids("studies")).containsExactly("house"); // "study" and "studies" stem to "studi"
        assertThat(ids("\"votes on the housing\"")).containsExactly("house");
    }

    @Test
    void aPossessiveIsTheWordItself() {
        add(
                "hollis",
                3,
                300,
                "Hollis Grant's shares fall",
                "The insurer’s customers were told on Monday.",
                "en",
                "Daily Ledger",
                List.of());
        index.refresh();
        assertThat(ids("hollis grant")).containsExactly("hollis");
        assertThat(ids("insurer")).containsExactly("hollis");
    }

    @Test
    void outletNamesAndHashtagsAreSearchable() {
        assertThat(ids("ledger")).containsExactlyInAnyOrder("rail", "comet");
        assertThat(ids("railstrike")).containsExactlyInAnyOrder("rail", "railfr");
    }

    @Test
    void filtersForOutletHashtagLanguageAndTime() {
        var rel = SearchRequest.Order.RELEVANCE;
        assertThat(ids("rail", new SearchFilters(1L, null, null, null, null), rel))
                .containsExactly("bus");
        assertThat(ids("rail", new SearchFilters(null, "#railstrike", null, null, null), rel))
                .containsExactlyInAnyOrder("rail", "railfr");
        assertThat(ids("rail", new SearchFilters(null, null, "FR", null, null), rel))
                .containsExactly("railfr");
        assertThat(ids("rail", new SearchFilters(null, null, null, T0.plusSeconds(3600 * 3), null), rel))
                .containsExactly("bus");
    }

    @Test
    void newestFirstOrdersByPublishedTime() {
        assertThat(ids("rail", SearchFilters.NONE, SearchRequest.Order.NEWEST))
                .containsExactly("bus", "railfr", "rail");
    }

    @Test
    void semanticRankingFindsTheSameThingSaidInOtherWords() {
        SearchResult r = search.search(new SearchRequest("peace talks", SearchFilters.NONE, null, 0, 10));
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().getFirst().articleId()).isEqualTo("war");
        assertThat(r.hits().getFirst().semantic()).isTrue();
    }

    @Test
    void exclusionsApplyToSemanticMatchesToo() {
        SearchResult r = search.search(new SearchRequest("peace talks -geneva", SearchFilters.NONE, null, 0, 10));
        assertThat(r.hits()).extracting(SearchHit::articleId).doesNotContain("war");
    }

    @Test
    void suggestsASpellingWhenTheWordsFindNothing() {
        SearchResult r = search.search(new SearchRequest("astronmers", SearchFilters.NONE, null, 0, 10));
        assertThat(lexicalOnly(r)).isEmpty();
        assertThat(r.suggestion()).isEqualTo("astronomers"); // the word as written, never a stem
        assertThat(search.search(new SearchRequest("comet", SearchFilters.NONE, null, 0, 10))
                        .suggestion())
                .isNull();
    }

    @Test
    void malformedQueriesRaiseReadableErrors() {
        assertThatThrownBy(() -> search.search(new SearchRequest("\"rail strike", null, null, 0, 10)))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> QuerySyntax.parse("OR rail")).hasMessageContaining("both sides");
        assertThatThrownBy(() -> QuerySyntax.parse("rail OR")).hasMessageContaining("both sides");
        assertThatThrownBy(() -> QuerySyntax.parse("-rail")).hasMessageContaining("only excluded");
        assertThatThrownBy(() -> QuerySyntax.parse("!!! ???")).hasMessageContaining("no words");
        assertThat(QuerySyntax.parse("   ").isEmpty()).isTrue();
    }

    @Test
    void pagesSliceTheRanking() {
        var all = search.search(new SearchRequest("rail", null, SearchRequest.Order.NEWEST, 0, 10))
                .hits();
        var second = search.search(new SearchRequest("rail", null, SearchRequest.Order.NEWEST, 1, 1))
                .hits();
        assertThat(second)
                .extracting(SearchHit::articleId)
                .containsExactly(all.get(1).articleId());
    }

    @Test
    void anIndexOfAnOlderShapeIsEmptiedAtOpenSoCatchUpRebuildsIt() throws Exception {
        index.commit();
        index.close();
        try (var w = new org.apache.lucene.index.IndexWriter(
                org.apache.lucene.store.FSDirectory.open(dir), new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of("tidings.schema", "1").entrySet());
            w.commit();
        }
        index = SearchIndex.open(dir);
        assertThat(index.rebuilt()).isTrue();
        assertThat(index.count()).isZero();
        index.close();
        index = SearchIndex.open(dir);
        assertThat(index.rebuilt()).isFalse();
    }
}
