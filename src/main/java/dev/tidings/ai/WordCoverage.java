package dev.tidings.ai;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How much of a question each sentence of the texts covers: the question's words it holds (or
 * holds in other words: of like meaning, of the same family, a count of what is counted, an age
 * limit for "young people"), each weighted by how rare it is in the texts, and whether it gives
 * the kind of answer asked for (a number for "how many", a date for "when").
 */
final class WordCoverage {
    /* The least coverage of an answer. */
    static final double MIN_COVERAGE = 0.5;
    /*
     * A question's words that are also its article's headline words weigh this much: every sentence
     * is about the headline, so what the question adds to it says which one answers (on the six
     * question sets, 0.5 over 1: right 137 → 138, wrong 30 → 25).
     */
    private static final double HEADLINE_SHARE = 0.5;
    /*
     * "How old was he when he became a grandmaster?": the words of the moment an age is asked at weigh
     * this much, for the sentence giving the age tells the moment in its own words ("… was twelve
     * years, seven months and eleven days old when his opponent … offered his hand").
     */
    private static final double MOMENT_SHARE = 0.5;
    /*
     * A sentence's word of like meaning to a question's (WordNet: the same sense among the word's
     * first two senses, or for a noun what its first sense is a kind of: "hike" / "rise", "ruling
     * party" / "governing party", "houses" / "homes") counts for ALIKE_CREDIT of that word. On the
     * same 90 questions, of credit 0.5 and 1.0 with 1, 2 or 3 senses, 0.5 with 2 did best: right
     * answers 25 → 28, wrong 3 → 2, answers to questions the text does not answer unchanged at 4
     * (docs/benchmarks.md, "Ask").
     */
    private static final double ALIKE_CREDIT = 0.5;

    private final AskTerms terms;
    private final String lower;
    /* The stems the question looks for. */
    final List<String> q;
    /* In how many of the n sentences each stem stands. */
    final Map<String, Integer> df = new HashMap<>();
    private final int n;
    /* The article's headline's stems. */
    final Set<String> titled;
    private final Map<String, Double> share = new HashMap<>();
    private final double total;
    /* What a "how many" question counts, and as what kind of thing; or null. */
    final String counted;
    final AskTerms.Counted countedAs;
    /* Whether it asks who did something ("who designed the roof?"), read with WordNet at hand. */
    final boolean whoDid;
    /* For each stem, the stems of words of like meaning, and of its family ({@link WordsAlike}). */
    final Map<String, Set<String>> others;
    final Map<String, Set<String>> family;
    /* The thing a "what profit …?" question asks about, or null. */
    final String thing;
    private final Predicate<String> ofTheKind;
    private final Set<String> questionWords;
    private final boolean thingsName;
    private final Map<String, String> surnames;
    private final PolarQuestion.Asked polar;
    private final List<String> polarTerms;
    private final AgeGroup.Asked ageGroup;
    private final List<String> groupTerms;

    /** The question read against the candidates of its texts (the article's first). */
    WordCoverage(
            AskedQuestion ask, Passage article, List<AnswerCandidate> candidates, AskTerms terms, WordsAlike alike) {
        this.terms = terms;
        this.lower = ask.lower;
        this.q = ask.lookedFor;
        candidates.forEach(c -> c.terms.forEach(t -> df.merge(t, 1, Integer::sum)));
        this.n = candidates.size();
        String headline = article.title();
        this.titled = new HashSet<>(terms.of(headline == null ? "" : headline));
        boolean allTitled = titled.containsAll(q);
        Set<String> moment = new HashSet<>(terms.ageMoment(lower));
        for (String t : q) {
            share.put(
                    t,
                    (!allTitled && titled.contains(t) ? HEADLINE_SHARE : 1.0)
                            * (moment.contains(t) ? MOMENT_SHARE : 1.0));
        }
        double sum = 0;
        for (String t : q) {
            sum += share.get(t) * weight(t);
        }
        this.total = sum;
        this.counted = terms.counted(lower);
        this.countedAs = counted == null ? null : terms.countedAs(lower, counted);
        // "who designed the roof?": read once, for the words that stand for its verb and the sentences that answer
        this.whoDid = alike.available() && QuestionKind.asksWhoDid(lower);
        String lowerCase = ask.text.toLowerCase(Locale.ROOT);
        this.others = alike.others(lowerCase, q, whoDid);
        // "how did markets react?" / "the reaction was swift": a word of the same family is the word
        this.family = alike.family(lowerCase, q);
        this.ofTheKind = whoDid ? alike.withSomeone(lower) : QuestionKind.answeredBy(lower);
        this.questionWords = QuestionKind.asksName(lower) ? QuestionKind.words(lower) : null;
        this.thingsName = QuestionKind.asksForAThingsName(lower);
        this.surnames = surnames(candidates);
        // "are there cheap seats for young people?": a price answers ("Tickets from 180 crowns …"),
        // and the young are named by their age limit ("… 40-crown seats for under-26s")
        this.polar = ask.polar;
        this.polarTerms = polar == null ? List.of() : terms.of(polar.words());
        this.ageGroup = AgeGroup.in(lower).orElse(null);
        this.groupTerms = ageGroup == null ? List.of() : terms.of(ageGroup.words());
        // "what profit did they make?" is answered by a sentence on the profit, not one on revenue
        this.thing = terms.thingAsked(lower);
    }

    /**
     * Sets each candidate's coverage of the question (0 to 1, a little over with a name or count
     * beside it), whether it fits the kind of answer asked for, whether it counts what is counted
     * and whether it names someone beside the question's word for them. A sentence that does not
     * fit keeps four fifths of its coverage; one that leaves something open keeps none.
     */
    void weigh(List<AnswerCandidate> candidates) {
        for (AnswerCandidate c : candidates) {
            double got = 0;
            // "how many kids were in the trial?": "tested in 9,240 children" counts them by a word of like meaning
            c.countsAsked = counted != null
                    && (terms.counts(c.sentence, c.terms, countedAs, lower)
                            || others.getOrDefault(counted, Set.of()).stream()
                                    .anyMatch(o -> terms.counts(c.sentence, c.terms, o)));
            if (ageGroup != null && ageGroup.namedIn(c.sentence)) {
                groupTerms.forEach(t -> c.toldOtherwise.put(t, 1.0));
            }
            boolean showsPolar = polar != null && polar.kind().shows(c.sentence);
            if (showsPolar) {
                polarTerms.forEach(t -> c.toldOtherwise.put(t, polar.kind().credit()));
            }
            for (String t : q) {
                if (c.terms.contains(t) || c.ofFamily(t, family) || c.terms.contains(surnames.get(t))) {
                    got += share.get(t) * weight(t);
                } else if (c.toldOtherwise.containsKey(t)) {
                    got += share.get(t) * c.toldOtherwise.get(t) * weight(t);
                } else if (t.equals(counted) && c.countsAsked) {
                    // counted by another word for them: "how many employees?" / "has 45 staff"
                    got += share.get(t) * weight(t);
                } else if (c.namesAlike(t, others)) {
                    got += share.get(t) * ALIKE_CREDIT * weight(t);
                }
            }
            c.fits = ofTheKind.test(c.sentence) && (polar == null || showsPolar);
            String beside = c.fits && questionWords != null ? besideName(c) : null;
            c.besideName = beside != null;
            if (thingsName && beside == null) {
                // "what's the name of the outside firm …?" is not answered by a sentence that names
                // something else: "… an outside firm that handles Hollis & Grant's customer service"
                c.fits = false;
            }
            if (beside != null) {
                // "who is the governor …?": "governor Ilse Brandt" names them, however the rest is worded
                double w = share.get(beside) * weight(beside);
                got += w;
                c.coverage = got / (total + w);
            } else if (c.fits && c.countsAsked) {
                // "how many monitors will watch the front line?": the count of the monitors is the
                // answer, however the rest is worded ("Forty unarmed monitors will walk the line")
                double w = weight(counted);
                got += w;
                c.coverage = got / (total + w);
            } else {
                c.coverage = got / total;
            }
        }
        if (counted != null) {
            // "how many monitors": a number counting the monitors, if the text has one, beats any other number
            List<AnswerCandidate> counting = candidates.stream()
                    .filter(c -> c.coverage >= MIN_COVERAGE && c.fits && c.countsAsked)
                    .toList();
            if (!counting.isEmpty()) {
                candidates.forEach(c -> c.fits = counting.contains(c));
            } else {
                // a sentence that names the monitors without counting them counts something else
                // ("the two governments … an agreed list of detainees"), and so does one that does not
                // name them at all ("how many seats does the cinema have?" / "about fifty of them") or names them in
                // other words without a figure for them ("how many homeowners …?" / "For households in
                // Northmark … 12 per cent below …"); one that counts them by another word stays ("how many
                // jobs?" / "expects it to employ 1,800 people")
                candidates.stream()
                        .filter(c -> !c.countsAsked
                                && (c.terms.contains(counted)
                                        || others.getOrDefault(counted, Set.of()).stream()
                                                .noneMatch(o -> terms.counts(c.sentence, c.terms, o))))
                        .forEach(c -> c.fits = false);
            }
        }
        if (thing != null) {
            // "what pay rise is the union asking for?", "what pay rise do they want?": a sentence with
            // the question's other words (the union, its wanting; or the wanting alone) and a share or
            // a sum gives the rise, though it does not name it ("The union is seeking 6 per cent …");
            // one with neither names no rise, nor a bike ("what bike does Aamodt ride?" / "I have
            // ridden up this mountain maybe two hundred times …," said Aamodt)
            List<String> named = terms.thingWords(lower);
            List<String> rest = q.stream().filter(t -> !named.contains(t)).toList();
            for (AnswerCandidate c : candidates) {
                if (c.names(thing, others)) {
                    continue;
                }
                if (!rest.isEmpty()
                        && QuestionKind.givesSumOrShare(c.sentence)
                        && rest.stream().allMatch(t -> c.names(t, others) || c.ofFamily(t, family))) {
                    for (String t : named) {
                        if (share.containsKey(t) && !c.terms.contains(t)) {
                            c.coverage += share.get(t) * weight(t) / total;
                        }
                    }
                } else {
                    c.fits = false;
                }
            }
        }
        for (AnswerCandidate c : candidates) {
            if (!c.fits) {
                c.coverage *= 0.8;
            }
            if (QuestionKind.leavesOpen(c.sentence)) {
                // "There is also the question of what happens to people without smartphones." asks
                c.coverage = 0;
                c.fits = false;
            }
        }
    }

    /** How rare the stem is in the texts. */
    double weight(String t) {
        return Math.log(1 + n / (double) Math.max(df.getOrDefault(t, 0), 1));
    }

    /*
     * The question's word, the weightiest if several, that stands beside a name the question asks
     * for ("governor" in "governor Ilse Brandt told reporters"), or null.
     */
    private String besideName(AnswerCandidate c) {
        return terms.besideNames(c.sentence, questionWords).stream()
                .filter(q::contains)
                .max(Comparator.comparingDouble(this::weight))
                .orElse(null);
    }

    /*
     * "How old is Birgit Aalund?": once named in full, she is "Aalund", and a sentence with her
     * surname names her. For each first name the question gives in full, as the texts do, its
     * surname; not for a thing's name whose last word the texts also use as a word ("the Champions
     * Trophy" / "their first major trophy").
     */
    private Map<String, String> surnames(List<AnswerCandidate> candidates) {
        Map<String, String> surnames = new HashMap<>();
        for (int i = 0; i + 1 < q.size(); i++) {
            String first = q.get(i);
            String surname = q.get(i + 1);
            String pair = first + " " + surname;
            if (candidates.stream()
                            .anyMatch(c -> c.pairs.contains(pair) && terms.namesInFull(c.sentence, first, surname))
                    && candidates.stream()
                            .noneMatch(c -> c.terms.contains(surname) && terms.inLowerCase(c.sentence, surname))) {
                surnames.put(first, surname);
            }
        }
        return surnames;
    }
}
