package dev.tidings.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Turns a parsed query and filters into Lucene queries scored by BM25 over the text fields. */
final class LuceneQueries {
    /** The headline counts most, then hashtags; body and outlet name as they are. */
    static final Map<String, Float> FIELDS =
            Map.of(SearchIndex.TITLE, 3f, SearchIndex.HASHTAGS, 2f, SearchIndex.BODY, 1f, SearchIndex.OUTLET, 1f);

    private LuceneQueries() {}

    /** The scored query: every group must match, excluded clauses must not, filters restrict. */
    static Query lexical(ParsedQuery q, SearchFilters filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<ParsedQuery.Clause> group : q.groups()) {
            if (group.size() == 1) {
                b.add(clause(group.getFirst()), Occur.MUST);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                group.forEach(c -> any.add(clause(c), Occur.SHOULD));
                b.add(any.build(), Occur.MUST);
            }
        }
        addExclusionsAndFilters(b, q, filters);
        return b.build();
    }

    /** What a semantic hit must also satisfy: the filters, and none of the excluded words. */
    static Query restriction(ParsedQuery q, SearchFilters filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), Occur.FILTER);
        addExclusionsAndFilters(b, q, filters);
        return b.build();
    }

    private static void addExclusionsAndFilters(BooleanQuery.Builder b, ParsedQuery q, SearchFilters f) {
        for (ParsedQuery.Clause c : q.excluded()) {
            b.add(clause(c), Occur.MUST_NOT);
        }
        if (f.sourceId() != null) {
            b.add(new TermQuery(new Term(SearchIndex.SOURCE_KEY, Long.toString(f.sourceId()))), Occur.FILTER);
        }
        if (f.hashtag() != null) {
            b.add(new TermQuery(new Term(SearchIndex.TAG, Analysis.tagKey(f.hashtag()))), Occur.FILTER);
        }
        if (f.language() != null) {
            b.add(new TermQuery(new Term(SearchIndex.LANGUAGE, f.language())), Occur.FILTER);
        }
        if (f.from() != null || f.to() != null) {
            b.add(
                    LongPoint.newRangeQuery(
                            SearchIndex.PUBLISHED,
                            f.from() == null ? Long.MIN_VALUE : f.from().toEpochMilli(),
                            f.to() == null ? Long.MAX_VALUE : f.to().toEpochMilli()),
                    Occur.FILTER);
        }
    }

    /**
     * A word or phrase in any text field, each field with its weight. A word matches in any of its
     * forms; a phrase, asked for in quotes, matches exactly as written.
     */
    static Query clause(ParsedQuery.Clause c) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        FIELDS.forEach((field, boost) -> {
            Query q = c.phrase()
                    ? new PhraseQuery(field, c.tokens().toArray(String[]::new))
                    : new WordForms(field, c.tokens().getFirst());
            any.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        });
        return any.build();
    }
}
