package dev.tidings.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names typed without their letters' marks, against a real index on disk. Words only (no embedding
 * model): the meaning side folds marks in its own tokenizer and would hide a miss of the words.
 */
class AccentFoldingTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path dir;

    private SearchIndex index;
    private ArticleSearch search;

    @BeforeEach
    void fill() {
        index = SearchIndex.open(dir);
        search = new ArticleSearch(index, null);
        add("harbour", "Håkon Sæther named harbour master", "Søren Kragh, mayor of Ærø, welcomed the choice.");
        add("tram", "Trams return to Łódź", "The line along the Hauptstraße in the twin town reopens on Monday.");
        add("chess", "Tobiás Sjöberg wins the open", "Sjöberg beat Hakon Lund in the final round.");
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void add(String id, String title, String body) {
        index.upsert(new IndexedArticle(id, T0, 1, 0, null), new IndexText(title, body, "en", "Nordic Wire", null));
    }

    private List<String> ids(String query) {
        return search.search(new SearchRequest(query, SearchFilters.NONE, null, 0, 10)).hits().stream()
                .map(SearchHit::articleId)
                .toList();
    }

    @Test
    void plainSpellingsFindNamesWrittenWithMarksOrLettersOfTheirOwn() {
        assertThat(ids("Hakon")).containsExactlyInAnyOrder("harbour", "chess");
        assertThat(ids("Saether")).containsExactly("harbour");
        assertThat(ids("Soren")).containsExactly("harbour");
        assertThat(ids("Aero")).containsExactly("harbour");
        assertThat(ids("Lodz")).containsExactly("tram");
        assertThat(ids("hauptstrasse")).containsExactly("tram");
        assertThat(ids("Tobias Sjoberg")).containsExactly("chess");
        assertThat(ids("SAETHER")).containsExactly("harbour");
    }

    @Test
    void markedSpellingsStillFindThemAndThePlainSpellingToo() {
        assertThat(ids("Sæther")).containsExactly("harbour");
        assertThat(ids("Łódź")).containsExactly("tram");
        assertThat(ids("Hauptstraße")).containsExactly("tram");
        assertThat(ids("Håkon")).containsExactlyInAnyOrder("harbour", "chess");
    }

    @Test
    void phrasesAndExclusionsFoldAlike() {
        assertThat(ids("\"hakon saether\"")).containsExactly("harbour");
        assertThat(ids("\"Håkon Sæther\"")).containsExactly("harbour");
        assertThat(ids("hakon -saether")).containsExactly("chess");
        assertThat(ids("hakon -Sæther")).containsExactly("chess");
    }

    @Test
    void highlightingMarksTheWordsAsWrittenInTheText() {
        var plain = QuerySyntax.parse("hakon saether aero").positiveTokens();
        assertThat(Snippets.marked("Håkon Sæther named harbour master", plain))
                .filteredOn(Snippets.Segment::match)
                .extracting(Snippets.Segment::text)
                .containsExactly("Håkon", "Sæther");
        assertThat(Snippets.excerpt("Søren Kragh, mayor of Ærø, welcomed the choice.", plain, 240))
                .filteredOn(Snippets.Segment::match)
                .extracting(Snippets.Segment::text)
                .containsExactly("Ærø");
        var marked = QuerySyntax.parse("Łódź").positiveTokens();
        assertThat(Snippets.marked("Trams return to Lodz and to Łódź", marked))
                .filteredOn(Snippets.Segment::match)
                .extracting(Snippets.Segment::text)
                .containsExactly("Lodz", "Łódź");
    }

    @Test
    void anIndexWrittenBeforeFoldingIsEmptiedAtOpenSoCatchUpIndexesItAgain() throws Exception {
        index.close();
        // What schema 2 wrote: the same fields, words kept with their marks.
        try (var w = new IndexWriter(
                FSDirectory.open(dir),
                new IndexWriterConfig(new StandardAnalyzer(CharArraySet.EMPTY_SET))
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Document doc = new Document();
            doc.add(new StringField(SearchIndex.ID, "harbour", Field.Store.YES));
            doc.add(new TextField(SearchIndex.TITLE, "Håkon Sæther named harbour master", Field.Store.NO));
            w.addDocument(doc);
            w.setLiveCommitData(Map.of("tidings.schema", "2").entrySet());
            w.commit();
        }
        index = SearchIndex.open(dir);
        search = new ArticleSearch(index, null);
        assertThat(index.rebuilt()).isTrue();
        assertThat(index.count()).isZero();
        add("harbour", "Håkon Sæther named harbour master", "");
        index.refresh();
        assertThat(ids("saether")).containsExactly("harbour");
    }
}
