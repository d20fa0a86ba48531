package dev.tidings.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Full-text search over the index: BM25 on headline, body, hashtags and outlet name, fused by
 * reciprocal rank with the nearest article embeddings, so a query finds articles that say the same
 * thing in other words. Newest-first order uses the lexical matches alone.
 */
public final class ArticleSearch {
    /** Deepest result a reader can page to; deeper pages would mostly cost time. */
    public static final int MAX_WINDOW = 1_000;

    static final int RRF_K = 60;
    static final int LEXICAL_DEPTH = 100;
    static final int SEMANTIC_K = 40;
    /** Cosine below which a neighbour is not a match of its own (it may still be one lexically). */
    static final double MIN_SIMILARITY = 0.40;

    private final SearchIndex index;
    private final Function<String, float[]> embed;

    /** {@code embed} turns query text into a unit vector; null searches words only. */
    public ArticleSearch(SearchIndex index, Function<String, float[]> embed) {
        this.index = index;
        this.embed = embed;
    }

    /** Runs one search; throws {@link QuerySyntaxException} when the query cannot be read. */
    public SearchResult search(SearchRequest r) {
        ParsedQuery q = QuerySyntax.parse(r.query());
        if (q.isEmpty()) {
            return SearchResult.EMPTY;
        }
        int window = Math.min(r.offset() + r.limit(), MAX_WINDOW);
        Query lexical = LuceneQueries.lexical(q, r.filters());
        // Embed outside the searcher: it is the slow part and holds no index resource.
        float[] vector = r.order() == SearchRequest.Order.RELEVANCE && embed != null && !q.hasPhrase()
                ? embed.apply(q.positiveText())
                : null;
        return index.withSearcher(searcher -> {
            TopDocs lex;
            List<Ranked> ranked;
            if (r.order() == SearchRequest.Order.NEWEST) {
                Sort sort = new Sort(new SortField(SearchIndex.PUBLISHED, SortField.Type.LONG, true));
                lex = searcher.search(lexical, Math.max(window, 1), sort);
                ranked = new ArrayList<>();
                for (ScoreDoc sd : lex.scoreDocs) {
                    ranked.add(new Ranked(sd.doc, 0, true, false));
                }
            } else if (vector == null) {
                lex = searcher.search(lexical, Math.max(window, 1));
                ranked = new ArrayList<>();
                for (ScoreDoc sd : lex.scoreDocs) {
                    ranked.add(new Ranked(sd.doc, sd.score, true, false));
                }
            } else {
                lex = searcher.search(lexical, Math.max(window, LEXICAL_DEPTH));
                ranked = fuse(lex.scoreDocs, semantic(searcher, vector, q, r.filters()));
            }
            long semanticOnly = ranked.stream().filter(x -> !x.lexical()).count();
            List<SearchHit> page = new ArrayList<>();
            for (int i = r.offset(); i < Math.min(ranked.size(), r.offset() + r.limit()); i++) {
                page.add(hit(searcher, ranked.get(i)));
            }
            String suggestion = lex.totalHits.value() == 0 ? Spelling.suggest(searcher.getIndexReader(), q) : null;
            return new SearchResult(
                    q,
                    List.copyOf(page),
                    lex.totalHits.value() + semanticOnly,
                    lex.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
                    suggestion);
        });
    }

    private record Ranked(int doc, double score, boolean lexical, boolean semantic) {}

    private static List<ScoreDoc> semantic(IndexSearcher searcher, float[] vector, ParsedQuery q, SearchFilters f)
            throws IOException {
        Query knn = new KnnFloatVectorQuery(SearchIndex.VECTOR, vector, SEMANTIC_K, LuceneQueries.restriction(q, f));
        float minScore = (float) ((1 + MIN_SIMILARITY) / 2); // DOT_PRODUCT scores are (1 + cosine) / 2
        List<ScoreDoc> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(knn, SEMANTIC_K).scoreDocs) {
            if (sd.score >= minScore) {
                out.add(sd);
            }
        }
        return out;
    }

    /** Reciprocal rank fusion: each list adds 1 / (k + rank) to the documents it found. */
    private static List<Ranked> fuse(ScoreDoc[] lexical, List<ScoreDoc> semantic) {
        Map<Integer, Double> score = new HashMap<>();
        Set<Integer> fromLexical = new HashSet<>();
        for (int i = 0; i < lexical.length; i++) {
            score.merge(lexical[i].doc, 1.0 / (RRF_K + i + 1), Double::sum);
            fromLexical.add(lexical[i].doc);
        }
        Set<Integer> fromSemantic = new HashSet<>();
        for (int i = 0; i < semantic.size(); i++) {
            score.merge(semantic.get(i).doc, 1.0 / (RRF_K + i + 1), Double::sum);
            fromSemantic.add(semantic.get(i).doc);
        }
        List<Ranked> out = new ArrayList<>(score.size());
        score.forEach((doc, s) -> out.add(new Ranked(doc, s, fromLexical.contains(doc), fromSemantic.contains(doc))));
        out.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingInt(Ranked::doc));
        return out;
    }

    private static SearchHit hit(IndexSearcher searcher, Ranked r) throws IOException {
        int doc = r.doc();
        String id =
                searcher.storedFields().document(doc, Set.of(SearchIndex.ID)).get(SearchIndex.ID);
        LeafReaderContext leaf = SearchIndex.leafOf(searcher, doc);
        int local = doc - leaf.docBase;
        long published = SearchIndex.numeric(leaf, SearchIndex.PUBLISHED, local);
        return new SearchHit(
                id,
                r.score(),
                published == 0 ? null : Instant.ofEpochMilli(published),
                SearchIndex.numeric(leaf, SearchIndex.SOURCE, local),
                SearchIndex.numeric(leaf, SearchIndex.STORY, local),
                r.lexical(),
                r.semantic());
    }
}
