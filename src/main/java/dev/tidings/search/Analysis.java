package dev.tidings.search;

import dev.tidings.nlp.PorterStemmer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The one analyzer of every text field and of queries, so both split words the same way, and the
 * stems by which a query's words find their other forms ({@link WordForms}).
 */
final class Analysis {
    /**
     * Unicode word breaks, lower case, Latin letters in their plain spelling ("Håkon" is "hakon",
     * "Sæther" "saether", "Straße" "strasse"), no stop words (a search for "the who" must work).
     */
    static final Analyzer ANALYZER = new PlainLatin();

    private Analysis() {}

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        forEachToken(text, (term, start, end) -> out.add(term));
        return out;
    }

    /**
     * What a word is matched by: without a possessive "'s" ("nimbus's" is "nimbus"), and its Porter
     * stem when it is then made of the letters a–z only ("strikes" and "striking" are "strike");
     * words of other scripts and words with digits stand as they are.
     */
    static String stem(String word) {
        String w = withoutPossessive(word);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return w;
            }
        }
        return PorterStemmer.cached(w);
    }

    private static String withoutPossessive(String word) {
        int n = word.length();
        if (n > 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')) {
            return word.substring(0, n - 2);
        }
        return word;
    }

    /** The filter key of a hashtag: lower case, without a leading '#'. */
    static String tagKey(String tag) {
        String t = tag.strip();
        return (t.startsWith("#") ? t.substring(1) : t).toLowerCase(Locale.ROOT);
    }

    /**
     * Folds at index and query time alike, so a name typed without its marks finds it and the
     * marked spelling still finds it too. Only the folded form is kept, not the original beside it:
     * a word must stay one token, or the query reader would take a marked word for a phrase, and
     * snippets mark words by their offsets in the text, which folding leaves as they were.
     */
    private static final class PlainLatin extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, new ASCIIFoldingFilter(new LowerCaseFilter(words)));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    @FunctionalInterface
    interface TokenVisitor {
        void visit(String term, int start, int end);
    }

    static void forEachToken(String text, TokenVisitor visitor) {
        try (TokenStream ts = ANALYZER.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                visitor.visit(term.toString(), offset.startOffset(), offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e);
        }
    }
}
