package dev.tidings.ai;

import dev.tidings.nlp.WordNet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The words that stand in for a question's own (WordNet): of like meaning ("hike" / "rise"), of
 * its family ("reaction" for "react"), its irregular forms ("bought" for "buy"). Without WordNet,
 * none.
 */
final class WordsAlike {
    /*
     * Verbs that say little by themselves ("gone up", "got the goal", "made it"): their irregular
     * forms are not the question's word, or every "went" would stand for "gone up".
     */
    static final Set<String> LIGHT_VERBS = Set.of(
            "go", "goes", "gone", "went", "be", "been", "was", "were", "have", "had", "do", "did", "done", "get", "got",
            "gotten", "make", "made", "take", "took", "taken", "come", "came", "give", "gave", "given", "put", "set",
            "let", "see", "saw", "seen", "say", "said", "keep", "kept");
    /** Words that count or order, which WordNet files among nouns ("first": the start; "one": a unit) but texts use as numbers. */
    private static final Set<String> COUNTING_WORDS = Set.of("first", "second", "third", "last", "one", "two", "three");
    /* A word of like meaning shares one of the question word's first so many senses (docs/benchmarks.md, "Ask"). */
    private static final int ALIKE_SENSES = 2;

    private final AskTerms terms;
    /* Loaded on the first question that needs it, or null for the question's own words only. */
    private final Supplier<WordNet> wordNet;

    WordsAlike(AskTerms terms, Supplier<WordNet> wordNet) {
        this.terms = terms;
        this.wordNet = wordNet;
    }

    /** Whether WordNet is at hand. */
    boolean available() {
        return wordNet != null;
    }

    /**
     * For each stem the question looks for, the stems of the nouns and verbs of its word's family
     * (WordNet's derivational links from its first two senses: "reaction" for "react", "decide" for
     * "decision") and its irregular forms ("bought" for "buy"). Porter's stems keep these apart.
     */
    Map<String, Set<String>> family(String lowerCase, List<String> q) {
        // irregular forms not for money: "how much did they pay for him?" is more often told without
        // "paid" ("signed … for 38 million crowns") than with it, and a "paid" is then another payment
        boolean forms = !QuestionKind.asksMoney(lowerCase);
        return byQuestionWord(lowerCase, q, word -> {
            Set<String> kin = new LinkedHashSet<>(wordNet.get().family(word, ALIKE_SENSES));
            if (forms && !LIGHT_VERBS.contains(word)) {
                kin.addAll(wordNet.get().forms(word));
            }
            return kin;
        });
    }

    /**
     * For each stem the question looks for, the stems of words of like meaning (WordNet's first two
     * senses of the question's word), and for a "who did it?" question ({@code whoDid}) the doers
     * of its verb.
     */
    Map<String, Set<String>> others(String lowerCase, List<String> q, boolean whoDid) {
        return byQuestionWord(lowerCase, q, word -> {
            // with the plurals a stemmer cannot reach: "kids" / "child" / "9,240 children"
            Set<String> others = new LinkedHashSet<>();
            for (String other : wordNet.get().alike(word, ALIKE_SENSES)) {
                others.add(other);
                others.addAll(wordNet.get().plurals(other));
            }
            // "first" is the start of something only as a noun; in a sentence it is nearly always
            // an adjective ("the first national rail strike since 2016" says nothing of when one starts)
            others.removeAll(COUNTING_WORDS);
            if (whoDid) {
                // "who leads Porta Nova?" / "Porta Nova's leader, Inés Albarrán"
                others.addAll(wordNet.get().doers(word, ALIKE_SENSES));
            }
            return others;
        });
    }

    /*
     * "Who designed the roof?", "who keeps the place running?": a sentence answers only if it names
     * someone the question does not, or people ("volunteers", "the council"); "The festival runs for
     * ten days" does not say who runs it. Only with WordNet at hand.
     */
    Predicate<String> withSomeone(String lower) {
        Set<String> asked = QuestionKind.words(lower);
        WordNet w = wordNet.get();
        Map<String, Boolean> people = new HashMap<>(); // an article repeats its words: each looked up once
        return s -> QuestionKind.namesOther(asked, s)
                || QuestionKind.words(s).stream()
                        .anyMatch(word -> !asked.contains(word) && people.computeIfAbsent(word, w::namesPeople));
    }

    /**
     * For each stem the question looks for, the one-word stems {@code lookup} gives for the
     * question's word, its own stem left out; empty without WordNet.
     */
    private Map<String, Set<String>> byQuestionWord(
            String lowerCase, List<String> q, Function<String, Set<String>> lookup) {
        Map<String, Set<String>> out = new HashMap<>();
        if (wordNet == null || q.isEmpty()) {
            return out;
        }
        for (String word : lowerCase.split("[^\\p{L}\\p{N}'-]+")) {
            List<String> stem = terms.of(word);
            if (stem.size() != 1 || !q.contains(stem.getFirst())) {
                continue;
            }
            for (String other : lookup.apply(word)) {
                List<String> o = terms.of(other);
                if (o.size() == 1 && !o.getFirst().equals(stem.getFirst())) {
                    out.computeIfAbsent(stem.getFirst(), k -> new HashSet<>()).add(o.getFirst());
                }
            }
        }
        return out;
    }
}
