package dev.tidings.ai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sentence of a passage (a quotation over several joined into one) as the question answerer
 * weighs it: its words, and what the weighing of one question found in it.
 */
final class AnswerCandidate {
    final Passage passage;
    final String sentence;
    final Set<String> terms;
    final Set<String> pairs;
    /* The paragraph it ends in: a line of its passage's text. */
    final int paragraph;
    double coverage;
    double rank;
    boolean fits;
    /* Whether it counts the thing a "how many" question counts ("forty unarmed monitors"). */
    boolean countsAsked;
    /* Whether one of the question's words stands beside a name it asks for ("governor Ilse Brandt"). */
    boolean besideName;
    /*
     * The question's words it holds in another form, with how much of each it holds: "young
     * people" in "under-26s" ({@link AgeGroup}), all; "unanimous" in a tally, all, and "cheap" in a
     * price, half ({@link PolarQuestion#credit}).
     */
    final Map<String, Double> toldOtherwise = new HashMap<>();
    /* Its meaning, once weighed against the question. */
    float[] vector;

    private AnswerCandidate(Passage passage, String sentence, Set<String> terms, Set<String> pairs, int paragraph) {
        this.passage = passage;
        this.sentence = sentence;
        this.terms = terms;
        this.pairs = pairs;
        this.paragraph = paragraph;
    }

    /** The sentences of the passages, in order, each quotation that runs over several joined into one. */
    static List<AnswerCandidate> of(List<Passage> passages, AskTerms terms) {
        List<AnswerCandidate> candidates = new ArrayList<>();
        for (Passage p : passages) {
            // each sentence with its paragraph (a line of the text), a quotation joined over several with its last
            List<String> sentences = new ArrayList<>();
            List<Integer> paragraph = new ArrayList<>();
            String[] lines = p.text().split("\\R");
            for (int line = 0; line < lines.length; line++) {
                for (String s : CleanText.sentences(lines[line])) {
                    sentences.add(s);
                    paragraph.add(line);
                }
            }
            for (ReadAlone.Quoted q : ReadAlone.quotationRuns(sentences)) {
                List<String> t = terms.of(q.text());
                candidates.add(new AnswerCandidate(
                        p, q.text(), new HashSet<>(t), new HashSet<>(AskTerms.pairs(t)), paragraph.get(q.last())));
            }
        }
        return candidates;
    }

    /** The candidates of one passage, in order. */
    static List<AnswerCandidate> in(Passage p, List<AnswerCandidate> candidates) {
        return candidates.stream().filter(c -> c.passage == p).toList();
    }

    /** Whether it has the stem {@code t}, or a word of like meaning to it. */
    boolean names(String t, Map<String, Set<String>> others) {
        return terms.contains(t) || namesAlike(t, others);
    }

    /** Whether it has a word of like meaning to the stem {@code t} ({@code others}: see {@link WordsAlike#others}). */
    boolean namesAlike(String t, Map<String, Set<String>> others) {
        return others.getOrDefault(t, Set.of()).stream().anyMatch(terms::contains);
    }

    /** Whether it has a word of the same family as the stem {@code t} ({@code family}: see {@link WordsAlike#family}). */
    boolean ofFamily(String t, Map<String, Set<String>> family) {
        Set<String> kin = family.get(t);
        return kin != null && kin.stream().anyMatch(terms::contains);
    }
}
