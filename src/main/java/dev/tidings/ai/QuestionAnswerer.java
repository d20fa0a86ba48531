package dev.tidings.ai;

import dev.tidings.nlp.WordNet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The built-in question answering: finds the sentences that carry most of the question's rarer
 * words (weighted by how rare each is in the texts) and fit its kind (a number for "how many", a
 * date for "when"), and quotes them; a sentence's word of like meaning to one of the question's
 * counts for part of it. When no sentence covers enough of the question it answers that the text
 * does not say, rather than guessing. A question a subheading asks ({@link SectionAnswers}), a
 * broad one ({@link BroadAnswers}) and one about the report's own event ({@link EventAnswers}) are
 * read first; how much of the question each sentence covers is {@link WordCoverage}'s to weigh.
 */
final class QuestionAnswerer {
    /* The share of a "how many people work …?" question's words the one count of a workforce in a text needs. */
    private static final double SOLE_COUNT_COVERAGE = 0.35;
    private static final int MAX_EVIDENCE = 3;
    /* A word in this many of a report's sentences is its subject ("the floods" in a report on them). */
    private static final int TOPIC_SENTENCES = 3;
    /* A sentence this short holding the one word a yes-or-no question asks about is about it. */
    private static final int SHORT_SENTENCE = 12;
    /*
     * What the question's words standing side by side in a sentence add to its rank, in full when
     * every neighbouring pair does: enough to put "in two weeks" above "the two governments … next
     * week" and below the 0.8 line, never enough to make an answer of a sentence that covers too
     * little of the question.
     */
    private static final double PAIR_BONUS = 0.3;

    /*
     * Closeness in meaning (cosine of sentence embeddings) between a question and the sentences
     * that answer it, measured on 90 questions over the demo articles written blind to the method
     * (docs/benchmarks.md, "Ask"). Sentences that share the question's words but all sit further
     * than MEANING_FLOOR from it answer another question ("was the engineer fired?" against "the
     * engineer pushed the update"): the text does not say. A question none of the sentences shares
     * enough words with is answered by the one sentence of the article closest to it in meaning,
     * when that is at least MEANING_ALONE close and MEANING_MARGIN closer than the next ("will
     * customers be compensated?" → "…would receive service credits").
     */
    private static final double MEANING_FLOOR = 0.4;
    private static final double MEANING_ALONE = 0.5;
    private static final double MEANING_MARGIN = 0.1;
    private static final double POLAR_MEANING_MARGIN = 0.2;

    private final AskTerms terms = new AskTerms();
    /* Words a yes-or-no question adds without asking about them: "is it approved yet?", "can they still …". */
    private final Set<String> polarFillers = Set.copyOf(terms.of(
            "yet still already ever actually really now anyway at all " + String.join(" ", WordsAlike.LIGHT_VERBS)));
    private final Closeness closeness;
    private final WordsAlike alike;
    private final AnnouncingSentences announcing = new AnnouncingSentences(terms);
    private final SectionAnswers sectionAnswers;
    private final BroadAnswers broadAnswers = new BroadAnswers(terms);
    private final EventAnswers eventAnswers = new EventAnswers(terms);
    private final NearestSentences nearest;

    QuestionAnswerer() {
        this(null);
    }

    /** With {@code meaning} (one unit vector per text, or null) to weigh answers by meaning too. */
    QuestionAnswerer(Function<List<String>, List<float[]>> meaning) {
        this(meaning, Runtime.getRuntime().availableProcessors());
    }

    /** As above, weighing at most {@code slots} questions by meaning at once. */
    QuestionAnswerer(Function<List<String>, List<float[]>> meaning, int slots) {
        this(meaning, slots, null);
    }

    /**
     * As above, a sentence's words of like meaning ({@code alike}: WordNet, loaded on the first
     * question, or null) standing in for the question's.
     */
    QuestionAnswerer(Function<List<String>, List<float[]>> meaning, int slots, Supplier<WordNet> alike) {
        this.closeness = new Closeness(meaning, slots);
        this.alike = new WordsAlike(terms, alike);
        this.sectionAnswers = new SectionAnswers(terms, closeness);
        this.nearest = new NearestSentences(terms, closeness);
    }

    /**
     * The answer from the passages (the article first), or that the text does not say, then with the
     * article's sentences nearest the question in meaning ({@link NearestSentences}).
     */
    Answer answer(String question, List<Passage> passages) {
        List<AnswerCandidate> candidates = AnswerCandidate.of(passages, terms);
        AskedQuestion ask = new AskedQuestion(question, terms);
        Answer a = answer(ask, passages, candidates);
        if (!a.supported() && QuestionKind.asksWhy(ask.lower) && !candidates.isEmpty()) {
            a = eventAnswers.whyOfTheEvent(ask, passages.getFirst(), candidates).orElse(a);
        }
        if (a.supported()) {
            return announcing.withWhatFollows(a, ask, candidates);
        }
        return candidates.isEmpty() ? a : a.withNearby(nearest.of(ask, passages.getFirst(), candidates));
    }

    /**
     * The article's sentences nearest the question in meaning ({@link NearestSentences}), shown when
     * the text does not answer.
     */
    List<Answer.Evidence> nearby(String question, List<Passage> passages) {
        return passages.isEmpty()
                ? List.of()
                : nearest.of(
                        new AskedQuestion(question, terms), passages.getFirst(), AnswerCandidate.of(passages, terms));
    }

    /**
     * The answer by the first rule that reads the question: a subheading that asks it, a broad
     * question's job, "what happened?", a question about the event with no words of its own, and
     * otherwise the question's words ({@link #byWords}).
     */
    private Answer answer(AskedQuestion ask, List<Passage> passages, List<AnswerCandidate> candidates) {
        String question = ask.text;
        String lower = ask.lower;
        List<String> q = ask.lookedFor;
        if (candidates.isEmpty()) {
            return Answer.unsupported(question, "builtin");
        }
        Optional<BroadQuestion.Asked> broad = BroadQuestion.of(lower);
        Answer section = sectionAnswers.answer(
                ask, passages, broad.map(BroadQuestion.Asked::kind).orElse(null));
        if (section != null) {
            return section;
        }
        if (broad.isPresent()) {
            Answer a = broadAnswers.answer(question, broad.get(), passages, candidates);
            if (a != null) {
                return a;
            }
        }
        if (QuestionKind.asksWhatHappened(lower)) {
            return eventAnswers.whatHappened(question, passages.getFirst());
        }
        if (q.isEmpty()) {
            return eventAnswers.aboutTheEvent(question, lower, passages.getFirst(), candidates);
        }
        return byWords(ask, passages, candidates);
    }

    /**
     * The sentences that cover most of the question's words and fit its kind, quoted; or, for a
     * question they do not answer in its own words, the rules for its kind (an age given alone, a
     * cause, the one count of a workforce) and then the sentence nearest it in meaning; or that the
     * text does not say.
     */
    private Answer byWords(AskedQuestion ask, List<Passage> passages, List<AnswerCandidate> candidates) {
        String question = ask.text;
        String lower = ask.lower;
        List<String> q = ask.lookedFor;
        WordCoverage coverage = new WordCoverage(ask, passages.getFirst(), candidates, terms, alike);
        coverage.weigh(candidates);
        Map<String, Set<String>> others = coverage.others;
        Map<String, Set<String>> family = coverage.family;
        String counted = coverage.counted;
        List<String> qPairs = AskTerms.pairs(q);
        Set<String> qTerms = new HashSet<>(q);
        others.values().forEach(qTerms::addAll);
        if (QuestionKind.asksWhatWasSaid(lower)) {
            // "what did the company say?", "how did the banks react?": a sentence in which those asked
            // about speak ("The company said …", "Banks say no money has gone missing") answers,
            // however far its words are from the question's in meaning; one that only mentions them does not
            List<AnswerCandidate> speaking = candidates.stream()
                    .filter(c -> c.fits
                            && c.coverage > 0
                            && saidBy(c, q)
                            && q.stream()
                                    .allMatch(t -> terms.reacting(t) || c.names(t, others) || c.ofFamily(t, family)))
                    .toList();
            if (!speaking.isEmpty()) {
                return quoteBest(question, speaking, qPairs, qTerms, candidates);
            }
            List<AnswerCandidate> toldBefore = spokenAfterBeingNamed(question, q, candidates);
            if (!toldBefore.isEmpty()) {
                // the naming sentence first, so that the quotation's "he" is someone
                return Answer.quoting(
                        question,
                        toldBefore.stream()
                                .map(c -> terms.evidence(c.passage, c.sentence, qTerms))
                                .toList());
            }
        }
        // once a sentence gives the kind of answer asked for (a date for "when"), ones that do not are only noise
        List<AnswerCandidate> fitting = candidates.stream()
                .filter(c -> c.fits && c.coverage >= WordCoverage.MIN_COVERAGE)
                .toList();
        List<AnswerCandidate> pool = fitting.isEmpty() ? candidates : fitting;
        double best = pool.stream().mapToDouble(c -> c.coverage).max().orElse(0);
        if (fitting.isEmpty() && lower.startsWith("how old")) {
            return eventAnswers.ageByItself(question, lower, q, passages, candidates);
        }
        if (fitting.isEmpty()
                && QuestionKind.asksCause(lower)
                && EventAnswers.opensWith(passages.getFirst(), q, candidates)) {
            // "what caused the outage?" over an article that opens with the outage asks about its
            // own event: the cause it states, wherever it does, rather than the opening that
            // only shares the word
            Answer cause = eventAnswers.aboutTheEvent(question, lower, passages.getFirst(), candidates);
            if (cause.supported()) {
                return cause;
            }
        }
        if (fitting.isEmpty() && coverage.countedAs != null && coverage.countedAs.work()) {
            // "how many jobs will the Haldor plant create?": the one count of a workforce in the text
            // gives it, however it names the plant ("Kestrel expects it to employ 1,800 people …")
            List<AnswerCandidate> counting =
                    candidates.stream().filter(c -> c.fits && c.countsAsked).toList();
            if (counting.size() == 1 && counting.getFirst().coverage >= SOLE_COUNT_COVERAGE) {
                return quoteBest(question, counting, qPairs, qTerms, candidates);
            }
        }
        // no sentence without a figure answers "how many …?", nor one without a time "when …?",
        // however many of its words it shares
        boolean onlyItsKind = coverage.thing != null
                || QuestionKind.onlyItsKindAnswers(lower)
                || coverage.whoDid
                || ask.polar != null;
        if (best < WordCoverage.MIN_COVERAGE || (fitting.isEmpty() && onlyItsKind)) {
            Answer near = byMeaning(ask, q, passages.getFirst(), candidates);
            if (!near.supported()
                    && QuestionKind.aboutItsSubject(lower)
                    && ((QuestionKind.asksMoney(lower) && q.stream().noneMatch(coverage.df::containsKey))
                            || QuestionKind.asksPlacing(lower))) {
                // "how much did they pay for him?", and no sentence says "pay": what the article's
                // own subject cost; "where did she finish in the trial?": her placing
                return eventAnswers.aboutTheEvent(question, lower, passages.getFirst(), candidates);
            }
            return near;
        }
        Set<String> asked = terms.askedAbout(question, q);
        // a sentence that shares only the names a question is about says nothing of what it asks
        // ("has Adrian Pell offered to resign?" / "Chief executive Adrian Pell said sorry.")
        List<AnswerCandidate> answering = pool.stream()
                .filter(c -> c.coverage >= WordCoverage.MIN_COVERAGE)
                .filter(c -> asked.isEmpty()
                        || asked.stream()
                                .anyMatch(t -> c.names(t, others)
                                        || c.ofFamily(t, family)
                                        || c.toldOtherwise.containsKey(t)
                                        || (t.equals(counted) && c.countsAsked)))
                .toList();
        if (answering.isEmpty()) {
            return byMeaning(ask, q, passages.getFirst(), candidates);
        }
        if (answering.stream().anyMatch(c -> c.besideName)) {
            // "who is the governor?": "governor Ilse Brandt" answers; "deputy governor Stellan Aro",
            // which only has the word, does not
            answering = answering.stream().filter(c -> c.besideName).toList();
        } else if (farInMeaning(ask, coverage, qPairs, answering)) {
            return Answer.unsupported(question, "builtin");
        }
        return quoteBest(question, answering, qPairs, qTerms, candidates);
    }

    /**
     * The answering sentences quoted: the best and those nearly as good (at most {@link
     * #MAX_EVIDENCE}, in the texts' order), those with the question's words side by side ("in two
     * weeks") first; the question's words ({@code qTerms}) marked.
     */
    private Answer quoteBest(
            String question,
            List<AnswerCandidate> answering,
            List<String> qPairs,
            Set<String> qTerms,
            List<AnswerCandidate> candidates) {
        // among the sentences that answer, those with the question's words side by side ("in two weeks") first
        for (AnswerCandidate c : answering) {
            long together = qPairs.stream().filter(c.pairs::contains).count();
            c.rank = c.coverage + (qPairs.isEmpty() ? 0 : PAIR_BONUS * together / qPairs.size());
        }
        double bestRank = answering.stream().mapToDouble(c -> c.rank).max().orElse(0);
        Comparator<AnswerCandidate> byRank = Comparator.comparingDouble(c -> c.rank);
        List<AnswerCandidate> quoted = answering.stream()
                .filter(c -> c.rank >= bestRank * 0.8)
                .sorted(byRank.reversed())
                .toList();
        if (quoted.size() > 1) {
            // beside the best answer, a sentence that leans on the one before it ("This is where
            // ArdID differs most …") says nothing once quoted alone
            AnswerCandidate first = quoted.getFirst();
            quoted = quoted.stream()
                    .filter(c -> c == first || !ReadAlone.leansBack(c.sentence))
                    .toList();
        }
        List<Answer.Evidence> evidence = quoted.stream()
                .limit(MAX_EVIDENCE)
                .sorted(Comparator.comparingInt(candidates::indexOf))
                .map(c -> terms.evidence(c.passage, c.sentence, qTerms))
                .toList();
        return Answer.quoting(question, evidence);
    }

    /*
     * "What did Reyne say about the result?": "The opposition leader, Tomas Reyne, was scathing." and
     * then '"The Prime Minister has kept her job and lost her argument," he said.' A quotation said by
     * "he", "she" or "they" straight after a sentence with every name the question gives is theirs:
     * the first such pair, naming sentence first, or nothing.
     */
    private List<AnswerCandidate> spokenAfterBeingNamed(
            String question, List<String> q, List<AnswerCandidate> candidates) {
        Set<String> asked = terms.askedAbout(question, q);
        List<String> named = q.stream().filter(t -> !asked.contains(t)).toList();
        if (named.isEmpty()) {
            return List.of();
        }
        for (int i = 1; i < candidates.size(); i++) {
            AnswerCandidate c = candidates.get(i);
            AnswerCandidate before = candidates.get(i - 1);
            if (c.fits
                    && before.passage == c.passage
                    && before.terms.containsAll(named)
                    && QuestionKind.speakers(c.sentence).stream().anyMatch(PRONOUNS::contains)) {
                return List.of(before, c);
            }
        }
        return List.of();
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");

    /** Whether one of the question's words ({@code q}, stems) is a speaker in the sentence ({@link QuestionKind#speakers}). */
    private boolean saidBy(AnswerCandidate c, List<String> q) {
        return QuestionKind.speakers(c.sentence).stream()
                .map(terms::of)
                .anyMatch(stem -> stem.size() == 1 && q.contains(stem.getFirst()));
    }

    /*
     * Whether the sentence holds each of the stems, itself, of its family or told otherwise, outside
     * a hyphenated compound: "have they started building it yet?" is not answered by "the battery
     * start-up … would build".
     */
    private boolean holdsApart(AnswerCandidate c, List<String> stems, Map<String, Set<String>> family) {
        Set<String> apart =
                new HashSet<>(terms.of(HYPHENATED.matcher(c.sentence).replaceAll(" ")));
        return stems.stream()
                .allMatch(t -> apart.contains(t)
                        || family.getOrDefault(t, Set.of()).stream().anyMatch(apart::contains)
                        || c.toldOtherwise.containsKey(t));
    }

    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");

    /**
     * Whether every sentence that shares enough of the question's words is far from it in meaning.
     * A sentence with every one of two or more words of the question stands however far: a short
     * question ("who is the chief executive?") is never very close to a long sentence, while one
     * word in common ("when did the hack happen?") says little; a count of what the question counts
     * is its word, and beside it a word of like meaning is ("how many MPs would need to back the
     * change?" / "changing it requires … 150 of its 225 members"), and so is a word of the headline, which
     * names what the article is about ("how many jobs is Halvorsen cutting?" / "The group is also cutting
     * around 300 head-office jobs …"). So does one that gives the figure or
     * time asked for beside two of the question's words side by side ("how much could the strike
     * cost the economy?" / "a two-day stoppage could cost the economy up to 150 million crowns"), or
     * beside the one word the question looks for ("how long will the walkout last?" / "Rail workers
     * … will strike for 48 hours from next Tuesday, their union said on Monday, after talks …"), and
     * one that names someone beside the one word a "who" question looks for ("who's taking over?" /
     * "Assistant coach Ruben Aydın will take charge on an interim basis, starting with …") or beside
     * every word in lower case it asks about, and one that gives a tally or jobs cut for a yes-or-no
     * question on them ("was it unanimous?" / "Six of the nine members … voted for the increase"). A
     * word the sentence holds in another form ("young people" in "under-26s") is one it has.
     */
    private boolean farInMeaning(
            AskedQuestion ask, WordCoverage coverage, List<String> qPairs, List<AnswerCandidate> answering) {
        List<String> q = coverage.q;
        String counted = coverage.counted;
        Map<String, Set<String>> others = coverage.others;
        Map<String, Set<String>> family = coverage.family;
        if (ask.yesOrNo) {
            // "has anyone died in the floods?" over a report on the floods: "There were no confirmed
            // deaths by late morning." holds what the question asks, however far in meaning; the
            // report's own subject (its headline's words, and those of three sentences or more) need
            // not be in it, a light verb is not enough ("has Nimbus gone down before?" / "it's gone")
            List<String> own = q.stream()
                    .filter(t -> !coverage.titled.contains(t)
                            && !polarFillers.contains(t)
                            && coverage.df.getOrDefault(t, 0) < TOPIC_SENTENCES)
                    .toList();
            if (!own.isEmpty()
                    && answering.stream()
                            .anyMatch(c -> (own.size() > 1 || Words.count(c.sentence) <= SHORT_SENTENCE)
                                    && holdsApart(c, own, family))) {
                return false;
            }
        }
        if (q.size() > 1
                && answering.stream()
                        .anyMatch(
                                c -> q.stream().allMatch(t -> c.terms.contains(t) || c.toldOtherwise.containsKey(t)))) {
            return false;
        }
        if (q.size() > 1
                && answering.stream()
                        .anyMatch(c -> c.fits
                                && c.countsAsked
                                && q.stream().anyMatch(c.terms::contains)
                                && q.stream()
                                        .allMatch(t -> c.terms.contains(t)
                                                || t.equals(counted)
                                                || c.namesAlike(t, others)
                                                || coverage.titled.contains(t)))) {
            return false;
        }
        if (QuestionKind.asksWhy(ask.lower) && answering.stream().anyMatch(c -> c.fits)) {
            return false;
        }
        if (ask.polar != null
                && ask.polar.kind().answersAlone()
                && answering.stream().anyMatch(c -> c.fits)) {
            return false;
        }
        boolean figureOrTime = QuestionKind.asksForAFigureOrTime(ask.lower);
        if (figureOrTime
                && answering.stream()
                        .anyMatch(
                                c -> c.fits && (q.size() == 1 || qPairs.stream().anyMatch(c.pairs::contains)))) {
            return false;
        }
        if (ask.lower.startsWith("who")) {
            // "who's in charge at Halvorsen?": a sentence naming someone with every word the question
            // asks about ("…, chief executive Annika Rosendahl told analysts") stands, as one with
            // every word of it does
            Set<String> asked = terms.askedAbout(ask.text, q);
            if (answering.stream()
                    .anyMatch(c -> c.fits && (q.size() == 1 || (!asked.isEmpty() && c.terms.containsAll(asked))))) {
                return false;
            }
        }
        double[] near = closeness.of(ask, answering);
        return near != null && Arrays.stream(near).allMatch(d -> d < MEANING_FLOOR);
    }

    /**
     * The article's own sentence closest to the question in meaning among those of the kind asked
     * for (a number for "how many"), quoted, when it is close and clearly closer than the rest;
     * otherwise (or with no meaning function) the text does not say.
     */
    private Answer byMeaning(AskedQuestion ask, List<String> q, Passage article, List<AnswerCandidate> candidates) {
        String question = ask.text;
        List<AnswerCandidate> own =
                candidates.stream().filter(c -> c.passage == article && c.fits).toList();
        double[] near = closeness.of(ask, own);
        if (near == null) {
            return Answer.unsupported(question, "builtin");
        }
        int best = -1;
        double first = -1;
        double second = -1;
        for (int i = 0; i < near.length; i++) {
            if (near[i] > first) {
                second = first;
                first = near[i];
                best = i;
            } else if (near[i] > second) {
                second = near[i];
            }
        }
        // a yes-or-no question's names make many sentences near it ("has Adrian Pell offered to
        // resign?" / "Chief executive Adrian Pell said sorry."): the nearest must stand well apart
        double margin = ask.yesOrNo ? POLAR_MEANING_MARGIN : MEANING_MARGIN;
        if (best < 0 || first < MEANING_ALONE || first - second < margin) {
            return Answer.unsupported(question, "builtin");
        }
        return Answer.quoting(question, List.of(terms.evidence(article, own.get(best).sentence, new HashSet<>(q))));
    }
}
