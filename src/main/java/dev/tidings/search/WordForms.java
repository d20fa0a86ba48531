package dev.tidings.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A word that matches every form of it the field holds: "strikes" finds "strike" and "striking",
 * "nimbus" finds "Nimbus's". The index keeps words as written; at search time the word becomes the
 * indexed words with the same stem ({@link Analysis#stem}), found among the terms that begin like
 * the stem and scored as one word (a {@link SynonymQuery}, so a word with many forms counts no more
 * than one with few). Expanding at search time costs a short scan of the terms dictionary per
 * query word, and nothing when indexing; spelling suggestions keep drawing on the words as written.
 */
final class WordForms extends Query {
    /* The most terms looked at for one word in one field: a short stem ("car") begins many words. */
    private static final int MAX_SCANNED = 512;

    private final String field;
    private final String word;

    WordForms(String field, String word) {
        this.field = field;
        this.word = word;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return new MatchNoDocsQuery("no field " + field);
        }
        List<Term> forms = forms(terms);
        if (forms.isEmpty()) {
            return new MatchNoDocsQuery("no form of " + word + " in " + field);
        }
        if (forms.size() == 1) {
            return new TermQuery(forms.getFirst());
        }
        SynonymQuery.Builder any = new SynonymQuery.Builder(field);
        forms.forEach(any::addTerm);
        return any.build();
    }

    /** The terms of the field with the word's stem: the word itself, if indexed, first. */
    private List<Term> forms(Terms terms) throws IOException {
        String stem = Analysis.stem(word);
        List<Term> out = new ArrayList<>();
        TermsEnum it = terms.iterator();
        if (it.seekExact(new BytesRef(word))) {
            out.add(new Term(field, word));
        }
        BytesRef prefix = new BytesRef(prefix(stem));
        if (it.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return out;
        }
        int scanned = 0;
        for (BytesRef t = it.term();
                t != null && StringHelper.startsWith(t, prefix) && scanned < MAX_SCANNED;
                t = it.next()) {
            scanned++;
            String form = t.utf8ToString();
            if (!form.equals(word) && Analysis.stem(form).equals(stem)) {
                out.add(new Term(field, form));
            }
        }
        return out;
    }

    /**
     * What every word with this stem begins with: the stem, less a final "e" or "i" that the
     * stemmer may have put in place of another letter ("vote" from "voting", "studi" from "study").
     */
    private static String prefix(String stem) {
        char last = stem.charAt(stem.length() - 1);
        return stem.length() > 2 && (last == 'e' || last == 'i') ? stem.substring(0, stem.length() - 1) : stem;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String defaultField) {
        return (field.equals(defaultField) ? "" : field + ":") + "~" + word;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && field.equals(((WordForms) other).field) && word.equals(((WordForms) other).word);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, word);
    }
}
