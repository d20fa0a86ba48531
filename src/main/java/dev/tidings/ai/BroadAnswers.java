package dev.tidings.ai;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A broad question ({@link BroadQuestion}: "what happens next?", "how did people react?", "any
 * downsides?") answered by the sentences that do the job it asks about.
 */
final class BroadAnswers {
    /* A broad question's answer: at most two sentences, the second nearly as good as the first. */
    private static final int BROAD_EVIDENCE = 2;
    private static final double BROAD_MARGIN = 0.5;
    /*
     * At most so many words of its own, or a broad question asks about something in particular ("why
     * should I care that only the last 4 digits of my card got out?"), which the other rules read.
     */
    private static final int BROAD_ABOUT = 2;
    /* The least score of another outlet's sentence that answers a broad question: two words that do its job. */
    private static final double OTHER_COVERAGE_SURE = 2.5;
    /*
     * A sentence that goes on from the one before, of whoever it named: "Its finance spokesman …",
     * "They said …", "Greta Lindberg, National Renewal's economy spokeswoman, said …".
     */
    private static final Pattern SPEAKS_FOR_THE_ONE_BEFORE = Pattern.compile("^(?:Its|Their|His|Her|He|She|They)\\b"
            + "|^(?:(?:A|The) |\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)*, )[^,]*?\\b(?:spokes(?:man|woman|person)"
            + "|leader|chief|secretary|head|president|chair(?:man|woman)?|director)\\b");

    private final AskTerms terms;

    BroadAnswers(AskTerms terms) {
        this.terms = terms;
    }

    /**
     * The sentences that do the job the question asks about, at most two of them, in the text's
     * order: those with a word that does the job, the group asked about named in them (or, for a
     * reaction, in the sentence before: "The opposition … was more critical." / "Its justice
     * spokesman … said …"), and what else the question names; a next step later in the report before
     * one earlier. The article's own first; when none of its sentences does the job, its story's other
     * coverage, outlet by outlet, by a sentence with two words that do the job. Null when none names
     * what else the question does, or no sentence does the job: the question's own words are left to
     * the other rules.
     */
    Answer answer(
            String question, BroadQuestion.Asked asked, List<Passage> passages, List<AnswerCandidate> candidates) {
        List<String> about =
                terms.of(BroadQuestion.OF_NO_ONE.matcher(asked.about()).replaceAll(" "));
        if (about.size() > BROAD_ABOUT
                || (asked.who() != null
                        && candidates.stream()
                                .noneMatch(c -> asked.who().matcher(c.sentence).find()))) {
            return null; // about something in particular, or someone the coverage never names
        }
        for (Passage p : passages) {
            List<AnswerCandidate> own = AnswerCandidate.in(p, candidates);
            if (about.stream().allMatch(t -> own.stream().anyMatch(c -> c.terms.contains(t)))) {
                double[] score = scores(asked, about, own);
                if (p != passages.getFirst()) {
                    // another outlet's report, read because the article's own says nothing of it, answers
                    // only with a sentence that surely does the job (two words that do it)
                    for (int i = 0; i < score.length; i++) {
                        score[i] = score[i] >= OTHER_COVERAGE_SURE ? score[i] : 0;
                    }
                }
                List<Integer> chosen = best(score);
                if (!chosen.isEmpty()) {
                    Set<String> marked = new HashSet<>(about);
                    return Answer.quoting(
                            question,
                            chosen.stream()
                                    .map(i -> terms.evidence(p, own.get(i).sentence, marked))
                                    .toList());
                }
            }
        }
        return null;
    }

    /* How well each of one text's sentences does the job a broad question asks about (0: not at all). */
    private static double[] scores(BroadQuestion.Asked asked, List<String> about, List<AnswerCandidate> own) {
        BroadQuestion kind = asked.kind();
        boolean speaks = kind == BroadQuestion.REACTION || kind == BroadQuestion.AGAINST;
        // "what do the unions say?": the unions named speaking are their reaction, whatever they say
        boolean someone = asked.who() != null;
        double[] score = new double[own.size()];
        for (int i = 0; i < own.size(); i++) {
            AnswerCandidate c = own.get(i);
            double cue = kind.cue(c.sentence);
            if (cue == 0 && kind == BroadQuestion.REACTION && someone && kind.hints(c.sentence)) {
                cue = 1;
            }
            if (cue == 0 || c.sentence.strip().endsWith("?") || QuestionKind.leavesOpen(c.sentence)) {
                continue;
            }
            if (someone && !actsIn(asked, c.sentence)) {
                if (!(speaks
                        && i > 0
                        && actsIn(asked, own.get(i - 1).sentence)
                        && QuestionKind.SOMEONE_SPEAKS.matcher(c.sentence).find()
                        && SPEAKS_FOR_THE_ONE_BEFORE.matcher(c.sentence).find())) {
                    continue;
                }
                cue -= BROAD_MARGIN; // named the sentence before: less surely the one asked about
            }
            long named = about.stream().filter(c.terms::contains).count();
            score[i] = cue + (about.isEmpty() ? 0 : (double) named / about.size());
        }
        kind.laterStepFirst(score);
        return score;
    }

    /*
     * Whether the group a broad question asks about is named in the sentence, and, when it is asked
     * what it did, before what does the job, as the one who does it: "Fans cheered …", not "Larsen
     * thanked the fans …"; "Shares … fell", not "… not just in markets".
     */
    private static boolean actsIn(BroadQuestion.Asked asked, String sentence) {
        Matcher m = asked.who().matcher(sentence);
        if (!m.find()) {
            return false;
        }
        if (!asked.kind().asksAnActor()) {
            return true; // "what does it mean for patients?": whatever they are in the sentence
        }
        int sign = asked.kind().firstSign(sentence);
        return sign < 0 || m.start() < sign;
    }

    /*
     * The sentences a broad question's answer quotes, by their scores (0: not one): the best and the
     * next if nearly as good ({@link #BROAD_MARGIN}), in the text's order; none when none scores.
     */
    static List<Integer> best(double[] score) {
        double best = Arrays.stream(score).max().orElse(0);
        return IntStream.range(0, score.length)
                .filter(i -> score[i] > 0 && score[i] >= best - BROAD_MARGIN)
                .boxed()
                .sorted((x, y) -> Double.compare(score[y], score[x]))
                .limit(BROAD_EVIDENCE)
                .sorted()
                .toList();
    }
}
