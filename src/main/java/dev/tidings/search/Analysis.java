package dev.tidings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The one analyzer of every text field and of queries, so both split words the same way. */
final class Analysis {
    /** Unicode word breaks, lower case, no stop words (a search for "the who" must work). */
    static final Analyzer ANALYZER = new StandardAnalyzer(CharArraySet.EMPTY_SET);

    private Analysis() {}

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        forEachToken(text, (term, start, end) -> out.add(term));
        return out;
    }

    /** The filter key of a hashtag: lower case, without a leading '#'. */
    static String tagKey(String tag) {
        String t = tag.strip();
        return (t.startsWith("#") ? t.substring(1) : t).toLowerCase(Locale.ROOT);
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
