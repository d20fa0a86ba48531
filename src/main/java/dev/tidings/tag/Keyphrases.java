package dev.tidings.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Keyphrase extraction for one document: analysis, candidates and ranking together. */
final class Keyphrases {
    private final Analyzer analyzer;
    private final KeyphraseExtractor extractor;

    Keyphrases(Analyzer analyzer, KeyphraseExtractor extractor) {
        this.analyzer = analyzer;
        this.extractor = extractor;
    }

    /** A document analysed once, ready to count into a corpus and to rank. */
    record Parsed(List<Token> tokens, Map<String, Candidate> candidates) {
        Collection<String> terms() {
            return KeyphraseExtractor.terms(candidates);
        }

        DocumentCounts counts() {
            Map<String, Integer> names = new java.util.HashMap<>();
            for (Candidate c : candidates.values()) {
                c.nameForms.forEach((form, n) -> names.merge(form, n, Integer::sum));
            }
            return new DocumentCounts(terms(), names);
        }
    }

    Parsed parse(String title, String text) {
        List<Token> tokens = analyzer.analyze(title, text);
        return new Parsed(tokens, extractor.candidates(tokens));
    }

    List<Candidate> rank(Parsed doc, CorpusStats corpus) {
        return extractor.rank(doc.tokens(), doc.candidates(), corpus);
    }

    /** The best {@code limit} phrases in plain lowercase words, no two the same after stemming. */
    static List<String> plain(List<Candidate> ranked, int limit) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : ranked) {
            String p = c.plain();
            if (!p.isEmpty() && seen.add(Texts.stemmedKey(p))) {
                out.add(p);
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }
}
