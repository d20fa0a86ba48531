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
        List<Token> tokens = analyzer.analyze(title, withoutOneWordHeadings(text));
        return new Parsed(tokens, extractor.candidates(tokens));
    }

    /**
     * The text without its subheadings of one word ("Verdict", "Design", "Background"): lines after
     * the first that are a single word without a sentence's mark. Read as a sentence of its own,
     * such a heading's capital made "Verdict" a name and a hashtag; a longer subheading often names
     * the article's subject ("Sæther's Maren", "The inflation problem") and stays.
     */
    static String withoutOneWordHeadings(String text) {
        if (text == null || text.indexOf('\n') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean heading = i > 0
                    && !line.isEmpty()
                    && line.split("\\s+").length == 1
                    && ".!?:;\"'”’)…".indexOf(line.charAt(line.length() - 1)) < 0;
            if (!heading) {
                out.append(lines[i]);
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    List<Candidate> rank(Parsed doc, CorpusStats corpus) {
        return extractor.rank(doc.tokens(), doc.candidates(), corpus);
    }

    /** Weight lost by a phrase for each of its words already among the chosen phrases. */
    static final double REPEAT_PENALTY = 0.35;

    /**
     * The best {@code limit} phrases in plain lowercase words, no two the same after stemming.
     * Phrases repeating words of better ones are pushed down ("metro east area" after "metro
     * east"), so the list covers more of the article.
     */
    static List<String> plain(List<Candidate> ranked, int limit) {
        List<Candidate> pool = new ArrayList<>(ranked.subList(0, Math.min(ranked.size(), limit * 4)));
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> usedStems = new HashSet<>();
        while (out.size() < limit && !pool.isEmpty()) {
            Candidate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Candidate c : pool) {
                int repeated = 0;
                for (String st : c.stems) {
                    if (usedStems.contains(st)) {
                        repeated++;
                    }
                }
                double s = c.score * Math.pow(1 - REPEAT_PENALTY, (double) repeated / c.length());
                if (s > bestScore) {
                    best = c;
                    bestScore = s;
                }
            }
            pool.remove(best);
            String p = best.plain();
            if (!p.isEmpty() && seen.add(Texts.stemmedKey(p))) {
                out.add(p);
                usedStems.addAll(List.of(best.stems));
            }
        }
        return out;
    }
}
