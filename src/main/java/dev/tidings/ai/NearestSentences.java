package dev.tidings.ai;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the article says nearest a question it does not answer: its sentences closest to the
 * question in meaning, shown as such, never as an answer.
 */
final class NearestSentences {
    /* The article's sentences shown as nearest the question when the text does not answer, and how close each must be. */
    private static final int NEARBY = 2;
    private static final double NEARBY_FLOOR = 0.35;
    /*
     * For a question only a sentence of its kind answers (a figure, a time, a place, a reason), the
     * nearest sentences of that kind, from this close. On the nine question sets: the answer among
     * those shown for 127 of 237 answerable questions declined (118 when any sentence from 0.35 is
     * shown), something shown for 196 of 283 unanswerable (231); 0.2: 128 and 213; 0.3: 121 and 182.
     */
    private static final double NEARBY_OF_THE_KIND_FLOOR = 0.25;

    private final AskTerms terms;
    private final Closeness closeness;

    NearestSentences(AskTerms terms, Closeness closeness) {
        this.terms = terms;
        this.closeness = closeness;
    }

    /**
     * The article's sentences nearest the question in meaning, in the article's order: at most
     * {@link #NEARBY} of them, each at least {@link #NEARBY_FLOOR} close (of the kind asked for, and
     * {@link #NEARBY_OF_THE_KIND_FLOOR}, when only that kind answers; for "why", the nearest and the
     * sentence after it, where a reason is often told in words no rule finds); none without a meaning
     * function or when all its slots are taken. Shown when the text does not answer, as what it says
     * nearest the question: a question put in other words than the text's ("how many jobs will the
     * plant create?" / "expects it to employ 1,800 people") is often answered there.
     */
    List<Answer.Evidence> of(AskedQuestion ask, Passage article, List<AnswerCandidate> candidates) {
        List<AnswerCandidate> own = AnswerCandidate.in(article, candidates);
        double[] near = closeness.of(ask, own);
        if (near == null) {
            return List.of();
        }
        Integer[] order = new Integer[own.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(near[y], near[x]));
        Set<String> marked = new HashSet<>(ask.lookedFor);
        if (QuestionKind.asksWhy(ask.lower)) {
            // "why didn't anyone notice?": what the question asks about, and the sentence after it,
            // where news often explains in a plain statement ("…ran small queries over eleven days."
            // / "Individually the requests looked like routine lookups.")
            int nearest = order[0];
            return near[nearest] < NEARBY_FLOOR
                    ? List.of()
                    : own.subList(nearest, Math.min(nearest + NEARBY, own.size())).stream()
                            .map(c -> terms.evidence(article, c.sentence, marked))
                            .toList();
        }
        // "how long did it last?": the nearest sentences that give a stretch of time, however little
        // they share with so short a question
        boolean ofAKind = QuestionKind.onlyItsKindAnswers(ask.lower) || QuestionKind.asksCause(ask.lower);
        Predicate<String> ofTheKind = ofAKind ? QuestionKind.answeredBy(ask.lower) : s -> true;
        double floor = ofAKind ? NEARBY_OF_THE_KIND_FLOOR : NEARBY_FLOOR;
        return Arrays.stream(order)
                .filter(i -> ofTheKind.test(own.get(i).sentence))
                .limit(NEARBY)
                .filter(i -> near[i] >= floor)
                .sorted()
                .map(i -> terms.evidence(article, own.get(i).sentence, marked))
                .toList();
    }
}
