package dev.tidings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/** "Did you mean": each query word the index lacks, respelled as the closest, commonest indexed word. */
final class Spelling {
    private static final int MAX_CANDIDATES = 5_000;

    private Spelling() {}

    /** The query rewritten with respelled words, or null when no word needs (or has) a respelling. */
    static String suggest(IndexReader reader, ParsedQuery q) {
        try {
            Map<String, String> replace = new HashMap<>();
            for (String token : q.positiveTokens()) {
                if (token.length() < 3 || known(reader, token)) {
                    continue;
                }
                String best = closest(reader, token);
                if (best != null) {
                    replace.put(token, best);
                }
            }
            return replace.isEmpty() ? null : q.render(replace);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index's terms", e);
        }
    }

    private static boolean known(IndexReader reader, String token) throws IOException {
        return reader.docFreq(new Term(SearchIndex.BODY, token)) > 0
                || reader.docFreq(new Term(SearchIndex.TITLE, token)) > 0;
    }

    private static String closest(IndexReader reader, String token) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, SearchIndex.BODY);
        if (terms == null) {
            return null;
        }
        int maxEdits = token.length() <= 4 ? 1 : 2;
        FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, new Term(SearchIndex.BODY, token), maxEdits, 1, true);
        String best = null;
        float bestBoost = -1;
        int bestFreq = 0;
        int seen = 0;
        for (BytesRef t = candidates.next(); t != null && seen < MAX_CANDIDATES; t = candidates.next(), seen++) {
            float boost = candidates.getBoost(); // higher is fewer edits
            int freq = candidates.docFreq();
            if (boost > bestBoost || (boost == bestBoost && freq > bestFreq)) {
                best = t.utf8ToString();
                bestBoost = boost;
                bestFreq = freq;
            }
        }
        return best;
    }
}
