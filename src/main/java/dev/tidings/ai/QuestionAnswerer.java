package dev.tidings.ai;

import dev.tidings.nlp.Vectors;
import dev.tidings.nlp.WordNet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The built-in question answering: finds the sentences that carry most of the question's rarer
 * words (weighted by how rare each is in the texts) and fit its kind (a number for "how many", a
 * date for "when"), and quotes them; a sentence's word of like meaning to one of the question's
 * counts for part of it. When no sentence covers enough of the question it answers that the text
 * does not say, rather than guessing.
 */
final class QuestionAnswerer {
    private static final double MIN_COVERAGE = 0.5;
    /*
     * Verbs that say little by themselves ("gone up", "got the goal", "made it"): their irregular
     * forms are not the question's word, or every "went" would stand for "gone up".
     */
    private static final Set<String> LIGHT_VERBS = Set.of(
            "go", "goes", "gone", "went", "be", "been", "was", "were", "have", "had", "do", "did", "done", "get", "got",
            "gotten", "make", "made", "take", "took", "taken", "come", "came", "give", "gave", "given", "put", "set",
            "let", "see", "saw", "seen", "say", "said", "keep", "kept");
    /* The share of a "how many people work …?" question's words the one count of a workforce in a text needs. */
    private static final double SOLE_COUNT_COVERAGE = 0.35;
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
    private static final int MAX_EVIDENCE = 3;
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
    /* Someone speaking: "said", "told", a quotation. */
    private static final Pattern SPEAKING = Pattern.compile("(?i)\\b(?:said|says|told|added|called|calling)\\b|[\"“]");
    private static final int OPENING_SENTENCES = 4;
    /*
     * A subheading that is a question this close in meaning to the reader's asks it in other words
     * (on the demo's explainer, such pairs measured 0.55-0.99, other questions at most 0.42).
     */
    private static final double HEADING_PUT_ALIKE = 0.5;
    /* A word in this many of a report's sentences is its subject ("the floods" in a report on them). */
    private static final int TOPIC_SENTENCES = 3;
    /* A sentence this short holding the one word a yes-or-no question asks about is about it. */
    private static final int SHORT_SENTENCE = 12;
    /* A section answer quotes this many of its sentences. */
    private static final int SECTION_SENTENCES = 2;
    /* A subheading on two things or more: "Software and battery", "Price, release date". */
    private static final Pattern TWO_THINGS = Pattern.compile("(?i)\\s(?:and|&)\\s|,");
    /*
     * A quoted sentence this short without a figure ("The agreement's weaknesses are plain.")
     * announces what the next ones in its paragraph say; at most FOLLOWING of them are quoted with it.
     */
    private static final int ANNOUNCING_WORDS = 8;
    private static final int FOLLOWING = 2;
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /* "… are plain", "… was equally guarded", "… has not been free of controversy": not a name after it. */
    private static final Pattern CHARACTERISES = Pattern.compile(
            "\\b(?:is|are|was|were|remains?|remained|seems?|seemed|looks?|looked|(?:has|have|had) (?:not )?been|will be)"
                    + "(?:\\s+(?:not|also|still|equally|more|less|far|much|now))*\\s+(?!\\p{Lu})\\S");
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

    /*
     * A sentence's word of like meaning to a question's (WordNet: the same sense among the word's
     * first ALIKE_SENSES, or for a noun what its first sense is a kind of: "hike" / "rise", "ruling
     * party" / "governing party", "houses" / "homes") counts for ALIKE_CREDIT of that word. On the
     * same 90 questions, of credit 0.5 and 1.0 with 1, 2 or 3 senses, 0.5 with 2 did best: right
     * answers 25 → 28, wrong 3 → 2, answers to questions the text does not answer unchanged at 4
     * (docs/benchmarks.md, "Ask").
     */
    private static final double ALIKE_CREDIT = 0.5;
    /** Words that count or order, which WordNet files among nouns ("first": the start; "one": a unit) but texts use as numbers. */
    private static final Set<String> COUNTING_WORDS = Set.of("first", "second", "third", "last", "one", "two", "three");

    private static final int ALIKE_SENSES = 2;
    /* The article's sentences shown as nearest the question when the text does not answer, and how close each must be. */
    static final int NEARBY = 2;
    static final double NEARBY_FLOOR = 0.35;
    /*
     * For a question only a sentence of its kind answers (a figure, a time, a place, a reason), the
     * nearest sentences of that kind, from this close. On the nine question sets: the answer among
     * those shown for 127 of 237 answerable questions declined (118 when any sentence from 0.35 is
     * shown), something shown for 196 of 283 unanswerable (231); 0.2: 128 and 213; 0.3: 121 and 182.
     */
    static final double NEARBY_OF_THE_KIND_FLOOR = 0.25;

    private final AskTerms terms = new AskTerms();
    /* Words a yes-or-no question adds without asking about them: "is it approved yet?", "can they still …". */
    private final Set<String> polarFillers = Set.copyOf(
            terms.of("yet still already ever actually really now anyway at all " + String.join(" ", LIGHT_VERBS)));
    private final Summarizer summarizer = new Summarizer();

    /* One unit vector per text (sentence embeddings), or null for words alone. */
    private final Function<List<String>, List<float[]>> meaning;

    /* Questions weighed by meaning at once; the rest are answered by words alone. */
    private final Semaphore meaningSlots;

    /* Words of like meaning for the question's words (loaded on the first question), or null for its own words only. */
    private final Supplier<WordNet> alike;

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

    /** As above, a sentence's words of like meaning ({@code alike}, or null) standing in for the question's. */
    QuestionAnswerer(Function<List<String>, List<float[]>> meaning, int slots, Supplier<WordNet> alike) {
        this.meaning = meaning;
        this.meaningSlots = new Semaphore(slots);
        this.alike = alike;
    }

    /**
     * The answer from the passages (the article first), or that the text does not say, then with the
     * article's sentences nearest the question in meaning ({@link #nearby}).
     */
    Answer answer(String question, List<Passage> passages) {
        List<Candidate> candidates = candidates(passages);
        Asked ask = new Asked(question);
        Answer a = answer(ask, passages, candidates);
        if (!a.supported() && QuestionKind.asksWhy(ask.lower) && !candidates.isEmpty()) {
            a = whyOfTheEvent(ask, passages.getFirst(), candidates).orElse(a);
        }
        if (a.supported()) {
            return withWhatFollows(a, ask, candidates);
        }
        return candidates.isEmpty() ? a : a.withNearby(nearby(ask, passages.getFirst(), candidates));
    }

    /**
     * The answer with each quoted sentence that only announces what follows ("The agreement's
     * weaknesses are plain.", "So what's in it for you?", "Mr Albrecht was equally guarded.")
     * quoted together with the sentences after it in its paragraph, up to the first that says more
     * than a few words and at most {@link #FOLLOWING} of them: those say what it announces.
     */
    private Answer withWhatFollows(Answer a, Asked ask, List<Candidate> candidates) {
        List<Answer.Evidence> quoted = a.evidence();
        Set<String> marked = new HashSet<>(ask.lookedFor);
        Set<Integer> taken = new HashSet<>();
        List<Answer.Evidence> out = new ArrayList<>(quoted.size());
        for (int k = 0; k < quoted.size(); k++) {
            if (taken.contains(k)) {
                continue;
            }
            Answer.Evidence e = quoted.get(k);
            int at = IntStream.range(0, candidates.size())
                    .filter(i -> candidates.get(i).sentence.equals(e.sentence())
                            && candidates.get(i).passage.outlet().equals(e.outlet()))
                    .findFirst()
                    .orElse(-1);
            if (at < 0 || !announces(e.sentence())) {
                out.add(e);
                continue;
            }
            Candidate c = candidates.get(at);
            StringBuilder text = new StringBuilder(e.sentence());
            List<Answer.Span> spans = new ArrayList<>(e.spans());
            for (int i = at + 1; i <= at + FOLLOWING && i < candidates.size(); i++) {
                Candidate next = candidates.get(i);
                if (next.passage != c.passage || next.paragraph != c.paragraph) {
                    break;
                }
                // a sentence after it that is quoted anyway joins it, with its marks
                int already = IntStream.range(k + 1, quoted.size())
                        .filter(j -> quoted.get(j).sentence().equals(next.sentence))
                        .findFirst()
                        .orElse(-1);
                text.append(' ').append(next.sentence);
                spans.add(new Answer.Span(" ", false));
                if (already >= 0) {
                    taken.add(already);
                    spans.addAll(quoted.get(already).spans());
                } else {
                    spans.addAll(terms.spans(next.sentence, marked));
                }
                if (!isShort(next.sentence)) {
                    break;
                }
            }
            out.add(new Answer.Evidence(e.outlet(), text.toString(), spans, e.opinion()));
        }
        return new Answer(a.question(), true, a.text(), out, a.method());
    }

    /**
     * A sentence that announces rather than tells: a question of the writer's ("So what's in it for
     * you?"), or a short one without a figure or anyone's words that says what something is like
     * ("Battery life was impressive.", "The opposition leader, Tomas Reyne, was scathing.").
     */
    private static boolean announces(String sentence) {
        String s = sentence.strip();
        if (SPEAKING.matcher(s).find() || s.startsWith("There ")) {
            // "There were no confirmed deaths by late morning." tells
            return false;
        }
        return s.endsWith("?") || (isShort(s) && CHARACTERISES.matcher(s).find());
    }

    /** Whether a sentence is too short to tell much: at most {@link #ANNOUNCING_WORDS} words and no figure. */
    private static boolean isShort(String sentence) {
        return Words.count(sentence) <= ANNOUNCING_WORDS
                && !DIGIT.matcher(sentence).find();
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
    List<Answer.Evidence> nearby(String question, List<Passage> passages) {
        return passages.isEmpty() ? List.of() : nearby(new Asked(question), passages.getFirst(), candidates(passages));
    }

    private List<Answer.Evidence> nearby(Asked ask, Passage article, List<Candidate> candidates) {
        List<Candidate> own =
                candidates.stream().filter(c -> c.passage == article).toList();
        double[] near = closeness(ask, own);
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
                            .map(c -> evidence(article, c.sentence, marked))
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
                .map(i -> evidence(article, own.get(i).sentence, marked))
                .toList();
    }

    private List<Candidate> candidates(List<Passage> passages) {
        List<Candidate> candidates = new ArrayList<>();
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
            for (Quoted q : quotationRuns(sentences)) {
                List<String> t = terms.of(q.text());
                candidates.add(new Candidate(
                        p, q.text(), new HashSet<>(t), new HashSet<>(AskTerms.pairs(t)), paragraph.get(q.last())));
            }
        }
        return candidates;
    }

    private Answer answer(Asked ask, List<Passage> passages, List<Candidate> candidates) {
        String question = ask.text;
        String lower = ask.lower;
        List<String> q = ask.lookedFor;
        if (candidates.isEmpty()) {
            return Answer.unsupported(question, "builtin");
        }
        Optional<BroadQuestion.Asked> broad = BroadQuestion.of(lower);
        Answer section =
                fromSection(ask, passages, broad.map(BroadQuestion.Asked::kind).orElse(null));
        if (section != null) {
            return section;
        }
        if (broad.isPresent()) {
            Answer a = broad(question, broad.get(), passages, candidates);
            if (a != null) {
                return a;
            }
        }
        if (QuestionKind.asksWhatHappened(lower)) {
            return whatHappened(question, passages.getFirst());
        }
        if (q.isEmpty()) {
            return aboutTheEvent(question, lower, passages.getFirst(), candidates);
        }
        Map<String, Integer> df = new HashMap<>();
        candidates.forEach(c -> c.terms.forEach(t -> df.merge(t, 1, Integer::sum)));
        int n = candidates.size();
        String headline = passages.getFirst().title();
        Set<String> titled = new HashSet<>(terms.of(headline == null ? "" : headline));
        boolean allTitled = titled.containsAll(q);
        Set<String> moment = new HashSet<>(terms.ageMoment(lower));
        Map<String, Double> share = new HashMap<>();
        for (String t : q) {
            share.put(
                    t,
                    (!allTitled && titled.contains(t) ? HEADLINE_SHARE : 1.0)
                            * (moment.contains(t) ? MOMENT_SHARE : 1.0));
        }
        double total = 0;
        for (String t : q) {
            total += share.get(t) * weight(df.getOrDefault(t, 0), n);
        }
        String counted = terms.counted(lower);
        AskTerms.Counted countedAs = counted == null ? null : terms.countedAs(lower, counted);
        // "who designed the roof?": read once, for the words that stand for its verb and the sentences that answer
        boolean whoDid = alike != null && QuestionKind.asksWhoDid(lower);
        String lowerCase = question.toLowerCase(Locale.ROOT);
        Map<String, Set<String>> others = otherWords(lowerCase, q, whoDid);
        // "how did markets react?" / "the reaction was swift": a word of the same family is the word
        Map<String, Set<String>> family = familyWords(lowerCase, q);
        Predicate<String> ofTheKind = whoDid ? withSomeone(lower) : QuestionKind.answeredBy(lower);
        Set<String> questionWords = QuestionKind.asksName(lower) ? QuestionKind.words(lower) : null;
        boolean thingsName = QuestionKind.asksForAThingsName(lower);
        Map<String, String> surnames = surnames(q, candidates);
        // "are there cheap seats for young people?": a price answers ("Tickets from 180 crowns …"),
        // and the young are named by their age limit ("… 40-crown seats for under-26s")
        PolarQuestion.Asked polar = ask.polar;
        List<String> polarTerms = polar == null ? List.of() : terms.of(polar.words());
        AgeGroup.Asked ageGroup = AgeGroup.in(lower).orElse(null);
        List<String> groupTerms = ageGroup == null ? List.of() : terms.of(ageGroup.words());
        for (Candidate c : candidates) {
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
                if (c.terms.contains(t) || ofFamily(c, t, family) || c.terms.contains(surnames.get(t))) {
                    got += share.get(t) * weight(df.getOrDefault(t, 0), n);
                } else if (c.toldOtherwise.containsKey(t)) {
                    got += share.get(t) * c.toldOtherwise.get(t) * weight(df.getOrDefault(t, 0), n);
                } else if (t.equals(counted) && c.countsAsked) {
                    // counted by another word for them: "how many employees?" / "has 45 staff"
                    got += share.get(t) * weight(df.getOrDefault(t, 0), n);
                } else if (namesAlike(c, t, others)) {
                    got += share.get(t) * ALIKE_CREDIT * weight(df.getOrDefault(t, 0), n);
                }
            }
            c.fits = ofTheKind.test(c.sentence) && (polar == null || showsPolar);
            String beside = c.fits && questionWords != null ? besideName(c, questionWords, q, df, n) : null;
            c.besideName = beside != null;
            if (thingsName && beside == null) {
                // "what's the name of the outside firm …?" is not answered by a sentence that names
                // something else: "… an outside firm that handles Hollis & Grant's customer service"
                c.fits = false;
            }
            if (beside != null) {
                // "who is the governor …?": "governor Ilse Brandt" names them, however the rest is worded
                double w = share.get(beside) * weight(df.get(beside), n);
                got += w;
                c.coverage = got / (total + w);
            } else if (c.fits && c.countsAsked) {
                // "how many monitors will watch the front line?": the count of the monitors is the
                // answer, however the rest is worded ("Forty unarmed monitors will walk the line")
                double w = weight(df.getOrDefault(counted, 0), n);
                got += w;
                c.coverage = got / (total + w);
            } else {
                c.coverage = got / total;
            }
        }
        if (counted != null) {
            // "how many monitors": a number counting the monitors, if the text has one, beats any other number
            List<Candidate> counting = candidates.stream()
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
        // "what profit did they make?" is answered by a sentence on the profit, not one on revenue
        String thing = terms.thingAsked(lower);
        if (thing != null) {
            // "what pay rise is the union asking for?", "what pay rise do they want?": a sentence with
            // the question's other words (the union, its wanting; or the wanting alone) and a share or
            // a sum gives the rise, though it does not name it ("The union is seeking 6 per cent …");
            // one with neither names no rise, nor a bike ("what bike does Aamodt ride?" / "I have
            // ridden up this mountain maybe two hundred times …," said Aamodt)
            List<String> named = terms.thingWords(lower);
            List<String> rest = q.stream().filter(t -> !named.contains(t)).toList();
            for (Candidate c : candidates) {
                if (names(c, thing, others)) {
                    continue;
                }
                if (!rest.isEmpty()
                        && QuestionKind.givesSumOrShare(c.sentence)
                        && rest.stream().allMatch(t -> names(c, t, others) || ofFamily(c, t, family))) {
                    for (String t : named) {
                        if (share.containsKey(t) && !c.terms.contains(t)) {
                            c.coverage += share.get(t) * weight(df.getOrDefault(t, 0), n) / total;
                        }
                    }
                } else {
                    c.fits = false;
                }
            }
        }
        for (Candidate c : candidates) {
            if (!c.fits) {
                c.coverage *= 0.8;
            }
            if (QuestionKind.leavesOpen(c.sentence)) {
                // "There is also the question of what happens to people without smartphones." asks
                c.coverage = 0;
                c.fits = false;
            }
        }
        List<String> qPairs = AskTerms.pairs(q);
        Set<String> qTerms = new HashSet<>(q);
        others.values().forEach(qTerms::addAll);
        if (QuestionKind.asksWhatWasSaid(lower)) {
            // "what did the company say?", "how did the banks react?": a sentence in which those asked
            // about speak ("The company said …", "Banks say no money has gone missing") answers,
            // however far its words are from the question's in meaning; one that only mentions them does not
            List<Candidate> speaking = candidates.stream()
                    .filter(c -> c.fits
                            && c.coverage > 0
                            && saidBy(c, q)
                            && q.stream()
                                    .allMatch(t -> terms.reacting(t) || names(c, t, others) || ofFamily(c, t, family)))
                    .toList();
            if (!speaking.isEmpty()) {
                return quoteBest(question, speaking, qPairs, qTerms, candidates);
            }
            List<Candidate> toldBefore = spokenAfterBeingNamed(question, q, candidates);
            if (!toldBefore.isEmpty()) {
                // the naming sentence first, so that the quotation's "he" is someone
                return quoting(
                        question,
                        toldBefore.stream()
                                .map(c -> evidence(c.passage, c.sentence, qTerms))
                                .toList());
            }
        }
        // once a sentence gives the kind of answer asked for (a date for "when"), ones that do not are only noise
        List<Candidate> fitting = candidates.stream()
                .filter(c -> c.fits && c.coverage >= MIN_COVERAGE)
                .toList();
        List<Candidate> pool = fitting.isEmpty() ? candidates : fitting;
        double best = pool.stream().mapToDouble(c -> c.coverage).max().orElse(0);
        if (fitting.isEmpty() && lower.startsWith("how old")) {
            return ageByItself(question, lower, q, passages, candidates);
        }
        if (fitting.isEmpty() && QuestionKind.asksCause(lower) && opensWith(passages.getFirst(), q, candidates)) {
            // "what caused the outage?" over an article that opens with the outage asks about its
            // own event: the cause it states, wherever it does, rather than the opening that
            // only shares the word
            Answer cause = aboutTheEvent(question, lower, passages.getFirst(), candidates);
            if (cause.supported()) {
                return cause;
            }
        }
        if (fitting.isEmpty() && countedAs != null && countedAs.work()) {
            // "how many jobs will the Haldor plant create?": the one count of a workforce in the text
            // gives it, however it names the plant ("Kestrel expects it to employ 1,800 people …")
            List<Candidate> counting =
                    candidates.stream().filter(c -> c.fits && c.countsAsked).toList();
            if (counting.size() == 1 && counting.getFirst().coverage >= SOLE_COUNT_COVERAGE) {
                return quoteBest(question, counting, qPairs, qTerms, candidates);
            }
        }
        // no sentence without a figure answers "how many …?", nor one without a time "when …?",
        // however many of its words it shares
        boolean onlyItsKind = thing != null || QuestionKind.onlyItsKindAnswers(lower) || whoDid || polar != null;
        if (best < MIN_COVERAGE || (fitting.isEmpty() && onlyItsKind)) {
            Answer near = byMeaning(ask, q, passages.getFirst(), candidates);
            if (!near.supported()
                    && QuestionKind.aboutItsSubject(lower)
                    && ((QuestionKind.asksMoney(lower) && q.stream().noneMatch(df::containsKey))
                            || QuestionKind.asksPlacing(lower))) {
                // "how much did they pay for him?", and no sentence says "pay": what the article's
                // own subject cost; "where did she finish in the trial?": her placing
                return aboutTheEvent(question, lower, passages.getFirst(), candidates);
            }
            return near;
        }
        Set<String> asked = terms.askedAbout(question, q);
        // a sentence that shares only the names a question is about says nothing of what it asks
        // ("has Adrian Pell offered to resign?" / "Chief executive Adrian Pell said sorry.")
        List<Candidate> answering = pool.stream()
                .filter(c -> c.coverage >= MIN_COVERAGE)
                .filter(c -> asked.isEmpty()
                        || asked.stream()
                                .anyMatch(t -> names(c, t, others)
                                        || ofFamily(c, t, family)
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
        } else if (farInMeaning(ask, q, qPairs, answering, counted, others, family, titled, df)) {
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
            List<Candidate> answering,
            List<String> qPairs,
            Set<String> qTerms,
            List<Candidate> candidates) {
        // among the sentences that answer, those with the question's words side by side ("in two weeks") first
        for (Candidate c : answering) {
            long together = qPairs.stream().filter(c.pairs::contains).count();
            c.rank = c.coverage + (qPairs.isEmpty() ? 0 : PAIR_BONUS * together / qPairs.size());
        }
        double bestRank = answering.stream().mapToDouble(c -> c.rank).max().orElse(0);
        Comparator<Candidate> byRank = Comparator.comparingDouble(c -> c.rank);
        List<Candidate> quoted = answering.stream()
                .filter(c -> c.rank >= bestRank * 0.8)
                .sorted(byRank.reversed())
                .toList();
        if (quoted.size() > 1) {
            // beside the best answer, a sentence that leans on the one before it ("This is where
            // ArdID differs most …") says nothing once quoted alone
            Candidate first = quoted.getFirst();
            quoted = quoted.stream()
                    .filter(c -> c == first || !ReadAlone.leansBack(c.sentence))
                    .toList();
        }
        List<Answer.Evidence> evidence = quoted.stream()
                .limit(MAX_EVIDENCE)
                .sorted(Comparator.comparingInt(candidates::indexOf))
                .map(c -> evidence(c.passage, c.sentence, qTerms))
                .toList();
        return quoting(question, evidence);
    }

    /*
     * "Who designed the roof?", "who keeps the place running?": with WordNet at hand, a sentence
     * answers only if it names someone the question does not, or people ("volunteers", "the
     * council"); "The festival runs for ten days" does not say who runs it.
     */
    private Predicate<String> withSomeone(String lower) {
        Set<String> asked = QuestionKind.words(lower);
        WordNet wordNet = alike.get();
        Map<String, Boolean> people = new HashMap<>(); // an article repeats its words: each looked up once
        return s -> QuestionKind.namesOther(asked, s)
                || QuestionKind.words(s).stream()
                        .anyMatch(w -> !asked.contains(w) && people.computeIfAbsent(w, wordNet::namesPeople));
    }

    /*
     * The question's word, the weightiest if several, that stands beside a name the question asks
     * for ("governor" in "governor Ilse Brandt told reporters"), or null.
     */
    private String besideName(Candidate c, Set<String> questionWords, List<String> q, Map<String, Integer> df, int n) {
        return terms.besideNames(c.sentence, questionWords).stream()
                .filter(q::contains)
                .max(Comparator.comparingDouble(t -> weight(df.get(t), n)))
                .orElse(null);
    }

    /*
     * "What did Reyne say about the result?": "The opposition leader, Tomas Reyne, was scathing." and
     * then '"The Prime Minister has kept her job and lost her argument," he said.' A quotation said by
     * "he", "she" or "they" straight after a sentence with every name the question gives is theirs:
     * the first such pair, naming sentence first, or nothing.
     */
    private List<Candidate> spokenAfterBeingNamed(String question, List<String> q, List<Candidate> candidates) {
        Set<String> asked = terms.askedAbout(question, q);
        List<String> named = q.stream().filter(t -> !asked.contains(t)).toList();
        if (named.isEmpty()) {
            return List.of();
        }
        for (int i = 1; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Candidate before = candidates.get(i - 1);
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
    private boolean saidBy(Candidate c, List<String> q) {
        return QuestionKind.speakers(c.sentence).stream()
                .map(terms::of)
                .anyMatch(stem -> stem.size() == 1 && q.contains(stem.getFirst()));
    }

    /*
     * Whether the sentence holds each of the stems, itself, of its family or told otherwise, outside
     * a hyphenated compound: "have they started building it yet?" is not answered by "the battery
     * start-up … would build".
     */
    private boolean holdsApart(Candidate c, List<String> stems, Map<String, Set<String>> family) {
        Set<String> apart =
                new HashSet<>(terms.of(HYPHENATED.matcher(c.sentence).replaceAll(" ")));
        return stems.stream()
                .allMatch(t -> apart.contains(t)
                        || family.getOrDefault(t, Set.of()).stream().anyMatch(apart::contains)
                        || c.toldOtherwise.containsKey(t));
    }

    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");

    /** Whether the sentence has the stem {@code t}, or a word of like meaning to it. */
    private static boolean names(Candidate c, String t, Map<String, Set<String>> others) {
        return c.terms.contains(t) || namesAlike(c, t, others);
    }

    /*
     * "How old is Birgit Aalund?": once named in full, she is "Aalund", and a sentence with her
     * surname names her. For each first name the question gives in full, as the texts do, its
     * surname; not for a thing's name whose last word the texts also use as a word ("the Champions
     * Trophy" / "their first major trophy").
     */
    private Map<String, String> surnames(List<String> q, List<Candidate> candidates) {
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

    /** Whether the sentence has a word of like meaning to the stem {@code t} ({@code others}: see {@link #otherWords}). */
    private static boolean namesAlike(Candidate c, String t, Map<String, Set<String>> others) {
        return others.getOrDefault(t, Set.of()).stream().anyMatch(c.terms::contains);
    }

    /** Whether the sentence has a word of the same family as the stem {@code t} ({@code family}: see {@link #familyWords}). */
    private static boolean ofFamily(Candidate c, String t, Map<String, Set<String>> family) {
        Set<String> kin = family.get(t);
        return kin != null && kin.stream().anyMatch(c.terms::contains);
    }

    /**
     * For each stem the question looks for, the stems of the nouns and verbs of its word's family
     * (WordNet's derivational links from its first two senses: "reaction" for "react", "decide" for
     * "decision") and its irregular forms ("bought" for "buy"), empty without {@link #alike}. Porter's
     * stems keep these apart.
     */
    private Map<String, Set<String>> familyWords(String lowerCase, List<String> q) {
        // irregular forms not for money: "how much did they pay for him?" is more often told without
        // "paid" ("signed … for 38 million crowns") than with it, and a "paid" is then another payment
        boolean forms = !QuestionKind.asksMoney(lowerCase);
        return byQuestionWord(lowerCase, q, word -> {
            Set<String> kin = new LinkedHashSet<>(alike.get().family(word, ALIKE_SENSES));
            if (forms && !LIGHT_VERBS.contains(word)) {
                kin.addAll(alike.get().forms(word));
            }
            return kin;
        });
    }

    /**
     * For each stem the question looks for, the stems of words of like meaning (WordNet's first two
     * senses of the question's word), empty without {@link #alike}.
     */
    private Map<String, Set<String>> otherWords(String lowerCase, List<String> q, boolean whoDid) {
        return byQuestionWord(lowerCase, q, word -> {
            // with the plurals a stemmer cannot reach: "kids" / "child" / "9,240 children"
            Set<String> others = new LinkedHashSet<>();
            for (String other : alike.get().alike(word, ALIKE_SENSES)) {
                others.add(other);
                others.addAll(alike.get().plurals(other));
            }
            // "first" is the start of something only as a noun; in a sentence it is nearly always
            // an adjective ("the first national rail strike since 2016" says nothing of when one starts)
            others.removeAll(COUNTING_WORDS);
            if (whoDid) {
                // "who leads Porta Nova?" / "Porta Nova's leader, Inés Albarrán"
                others.addAll(alike.get().doers(word, ALIKE_SENSES));
            }
            return others;
        });
    }

    /**
     * For each stem the question looks for, the one-word stems {@code lookup} gives for the
     * question's word, its own stem left out; empty without {@link #alike}.
     */
    private Map<String, Set<String>> byQuestionWord(
            String lowerCase, List<String> q, Function<String, Set<String>> lookup) {
        Map<String, Set<String>> out = new HashMap<>();
        if (alike == null || q.isEmpty()) {
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

    /**
     * How close each candidate is to the question in meaning, or null without a meaning function or
     * when every slot for that work is taken: embedding an article's sentences costs a few hundred
     * milliseconds of CPU, so a flood of questions is answered by words alone rather than queued.
     * The question and each sentence are embedded once per question, however often they are weighed.
     */
    private double[] closeness(Asked ask, List<Candidate> candidates) {
        if (meaning == null) {
            return null;
        }
        double[] out = new double[candidates.size()];
        if (candidates.isEmpty()) {
            return out;
        }
        List<Candidate> missing =
                candidates.stream().filter(c -> c.vector == null).toList();
        if (ask.vector == null || !missing.isEmpty()) {
            List<float[]> v =
                    embedded(ask.text, missing.stream().map(c -> c.sentence).toList());
            if (v == null) {
                return null;
            }
            ask.vector = v.getFirst();
            for (int i = 0; i < missing.size(); i++) {
                missing.get(i).vector = v.get(i + 1);
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = Vectors.dot(ask.vector, candidates.get(i).vector);
        }
        return out;
    }

    /**
     * The question and the texts embedded in one call (the question's vector first), or null when
     * every slot for that work is taken.
     */
    private List<float[]> embedded(String question, List<String> texts) {
        if (!meaningSlots.tryAcquire()) {
            return null;
        }
        try {
            List<String> all = new ArrayList<>(texts.size() + 1);
            all.add(question);
            all.addAll(texts);
            return meaning.apply(all);
        } finally {
            meaningSlots.release();
        }
    }

    /**
     * A reader's question as it is read once: lower case without a leading "and" or "so", the words
     * it looks for, and, once weighed by meaning, its vector.
     */
    private final class Asked {
        final String text;
        final String lower;
        final List<String> lookedFor;
        /* Whether it asks yes or no, and of which kind whose answer comes in a form of its own. */
        final boolean yesOrNo;
        final PolarQuestion.Asked polar;
        float[] vector;

        Asked(String text) {
            this.text = text;
            this.lower = QuestionKind.plain(text.strip().toLowerCase(Locale.ROOT));
            this.lookedFor = terms.lookedFor(text, lower);
            this.yesOrNo = PolarQuestion.isPolar(lower);
            this.polar = PolarQuestion.of(lower).orElse(null);
        }
    }

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
            Asked ask,
            List<String> q,
            List<String> qPairs,
            List<Candidate> answering,
            String counted,
            Map<String, Set<String>> others,
            Map<String, Set<String>> family,
            Set<String> titled,
            Map<String, Integer> df) {
        if (ask.yesOrNo) {
            // "has anyone died in the floods?" over a report on the floods: "There were no confirmed
            // deaths by late morning." holds what the question asks, however far in meaning; the
            // report's own subject (its headline's words, and those of three sentences or more) need
            // not be in it, a light verb is not enough ("has Nimbus gone down before?" / "it's gone")
            List<String> own = q.stream()
                    .filter(t ->
                            !titled.contains(t) && !polarFillers.contains(t) && df.getOrDefault(t, 0) < TOPIC_SENTENCES)
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
                                                || namesAlike(c, t, others)
                                                || titled.contains(t)))) {
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
        double[] near = closeness(ask, answering);
        return near != null && Arrays.stream(near).allMatch(d -> d < MEANING_FLOOR);
    }

    /**
     * The article's own sentence closest to the question in meaning among those of the kind asked
     * for (a number for "how many"), quoted, when it is close and clearly closer than the rest;
     * otherwise (or with no meaning function) the text does not say.
     */
    private Answer byMeaning(Asked ask, List<String> q, Passage article, List<Candidate> candidates) {
        String question = ask.text;
        List<Candidate> own =
                candidates.stream().filter(c -> c.passage == article && c.fits).toList();
        double[] near = closeness(ask, own);
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
        return quoting(question, List.of(evidence(article, own.get(best).sentence, new HashSet<>(q))));
    }

    /** Whether the article's opening sentences hold every word the question looks for. */
    private static boolean opensWith(Passage article, List<String> q, List<Candidate> candidates) {
        Set<String> opening = new HashSet<>();
        opening(article, candidates).forEach(c -> opening.addAll(c.terms));
        return opening.containsAll(q);
    }

    /** The article's first {@link #OPENING_SENTENCES} sentences. */
    private static List<Candidate> opening(Passage article, List<Candidate> candidates) {
        return candidates.stream()
                .filter(c -> c.passage == article)
                .limit(OPENING_SENTENCES)
                .toList();
    }

    /**
     * A question about the event itself, with nothing of its own to look for ("When did it happen?",
     * "Where was this?"): the first of the article's opening sentences that gives the kind of answer
     * asked for, or that the text does not say. "What was the score?" and "What caused it?" take
     * the first scoreline or stated cause anywhere, the article's own first: a match report may give
     * the score only halfway down, and a news story the cause after what happened.
     */
    private Answer aboutTheEvent(String question, String lower, Passage article, List<Candidate> candidates) {
        boolean anywhere = QuestionKind.asksScore(lower) || QuestionKind.asksCause(lower);
        // "how much is it?", "what place did she finish?": the price or the placing of the article's own subject
        boolean ofItsSubject = QuestionKind.asksMoney(lower) || QuestionKind.asksPlacing(lower);
        if (lower.startsWith("how old") && QuestionKind.aboutItsSubject(lower)) {
            // "how old is he?": the article's own subject's age, which its opening gives
            return ageByItself(question, lower, List.of(), List.of(article), candidates);
        }
        if (!anywhere && !ofItsSubject && !lower.startsWith("when") && !lower.startsWith("where")) {
            return Answer.unsupported(question, "builtin");
        }
        List<Candidate> own =
                candidates.stream().filter(c -> c.passage == article).toList();
        List<Candidate> where = anywhere ? candidates : own.subList(0, Math.min(OPENING_SENTENCES, own.size()));
        Predicate<String> ofTheKind = QuestionKind.answeredBy(lower);
        Optional<Candidate> found =
                where.stream().filter(c -> ofTheKind.test(c.sentence)).findFirst();
        if (found.isEmpty() && ofItsSubject) {
            // "how much is it?" of a review: its price, wherever the review gives it
            found = own.stream().filter(c -> ofTheKind.test(c.sentence)).findFirst();
        }
        return found.map(c -> quoting(question, List.of(evidence(c.passage, c.sentence, Set.of()))))
                .orElseGet(() -> Answer.unsupported(question, "builtin"));
    }

    /**
     * "Why did profits drop?", "why are they walking out?", when no sentence answers in the
     * question's words: a question about the report's own event (its headline and opening name all
     * but one of the words looked for, or it asks of "they" or "it" with one word of its own) is
     * answered by the reason the opening gives, which news states beside the event itself ("…
     * reported a 14 per cent fall in operating profit as price cuts … ate into its margins"). Empty
     * when the question is about something else or the opening gives no reason.
     */
    private Optional<Answer> whyOfTheEvent(Asked ask, Passage article, List<Candidate> candidates) {
        List<Candidate> opening = opening(article, candidates);
        if (opening.isEmpty()) {
            return Optional.empty(); // an article of a headline alone, its story's coverage in the passages
        }
        List<String> q = ask.lookedFor;
        if (!ofTheEvent(q, ask.lower, article, candidates)) {
            return Optional.empty();
        }
        // the reason for the event, not for something else the opening tells: the first sentence,
        // or one that names something of the question, the headline or the first sentence
        Set<String> ofIt = new HashSet<>(q);
        ofIt.addAll(headlineTerms(article));
        ofIt.addAll(opening.getFirst().terms);
        return opening.stream()
                .filter(c -> c == opening.getFirst() || c.terms.stream().anyMatch(ofIt::contains))
                .filter(c -> QuestionKind.givesReason(c.sentence))
                .findFirst()
                .map(c -> quoting(ask.text, List.of(evidence(article, c.sentence, new HashSet<>(q)))));
    }

    /*
     * Whether a question asks about the report's own event or subject: its headline and opening
     * name all but one of the words looked for, or it asks of "they" or "it" with one word of its own.
     */
    private boolean ofTheEvent(List<String> q, String lower, Passage article, List<Candidate> candidates) {
        Set<String> told = new HashSet<>(headlineTerms(article));
        opening(article, candidates).forEach(c -> told.addAll(c.terms));
        long missing = q.stream().filter(t -> !told.contains(t)).count();
        return missing <= 1 && (missing < q.size() || QuestionKind.aboutItsSubject(lower));
    }

    private Set<String> headlineTerms(Passage article) {
        return new HashSet<>(terms.of(article.title() == null ? "" : article.title()));
    }

    /**
     * A broad question ({@link BroadQuestion}: "what happens next?", "how did people react?", "any
     * downsides?") answered by the sentences that do the job it asks about, at most two of them, in
     * the text's order: those with a word that does the job, the group asked about named in them (or,
     * for a reaction, in the sentence before: "The opposition … was more critical." / "Its justice
     * spokesman … said …"), and what else the question names; a next step later in the report before
     * one earlier. The article's own first; when none of its sentences does the job, its story's other
     * coverage, outlet by outlet, by a sentence with two words that do the job. Null when none names
     * what else the question does, or no sentence does the job: the question's own words are left to
     * the other rules.
     */
    private Answer broad(
            String question, BroadQuestion.Asked asked, List<Passage> passages, List<Candidate> candidates) {
        List<String> about =
                terms.of(BroadQuestion.OF_NO_ONE.matcher(asked.about()).replaceAll(" "));
        if (about.size() > BROAD_ABOUT
                || (asked.who() != null
                        && candidates.stream()
                                .noneMatch(c -> asked.who().matcher(c.sentence).find()))) {
            return null; // about something in particular, or someone the coverage never names
        }
        for (Passage p : passages) {
            List<Candidate> own =
                    candidates.stream().filter(c -> c.passage == p).toList();
            if (about.stream().allMatch(t -> own.stream().anyMatch(c -> c.terms.contains(t)))) {
                double[] score = broadScores(asked, about, own);
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
                    return quoting(
                            question,
                            chosen.stream()
                                    .map(i -> evidence(p, own.get(i).sentence, marked))
                                    .toList());
                }
            }
        }
        return null;
    }

    /* How well each of one text's sentences does the job a broad question asks about (0: not at all). */
    private static double[] broadScores(BroadQuestion.Asked asked, List<String> about, List<Candidate> own) {
        BroadQuestion kind = asked.kind();
        boolean speaks = kind == BroadQuestion.REACTION || kind == BroadQuestion.AGAINST;
        // "what do the unions say?": the unions named speaking are their reaction, whatever they say
        boolean someone = asked.who() != null;
        double[] score = new double[own.size()];
        for (int i = 0; i < own.size(); i++) {
            Candidate c = own.get(i);
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
                        && SPEAKING.matcher(c.sentence).find()
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
    private static List<Integer> best(double[] score) {
        double best = Arrays.stream(score).max().orElse(0);
        return IntStream.range(0, score.length)
                .filter(i -> score[i] > 0 && score[i] >= best - BROAD_MARGIN)
                .boxed()
                .sorted((x, y) -> Double.compare(score[y], score[x]))
                .limit(BROAD_EVIDENCE)
                .sorted()
                .toList();
    }

    /**
     * "What happened?": the article's own summary, the sentences its TL;DR is made of, quoted as
     * written; a question there ("Couldn't pay for your coffee this morning?") tells nothing, nor
     * does the reply to it ("Blame a bad settings update at Nimbus Cloud.").
     */
    private Answer whatHappened(String question, Passage article) {
        Summarizer.Choice choice = summarizer.choose(article.title(), article.text());
        List<Answer.Evidence> evidence = choice.tldr().stream()
                .filter(i -> !Summarizer.repliesToAQuestion(choice.sentences(), i))
                .map(i -> choice.sentences().get(i))
                .filter(s -> !s.strip().endsWith("?"))
                .map(s -> evidence(article, s, Set.of()))
                .toList();
        return evidence.isEmpty() ? Answer.unsupported(question, "builtin") : quoting(question, evidence);
    }

    /**
     * "How old is Oduya?" when no sentence gives her name and an age together: news gives the age
     * as the subject of a later sentence ("The 28-year-old took 37 seconds off …"). The first such
     * sentence of a text that names everyone the question does answers. "How old was he when he
     * became a grandmaster?", of the article's own subject: the first age its opening gives (the
     * moment told in other words). None, and the text does not say.
     */
    private Answer ageByItself(
            String question, String lower, List<String> q, List<Passage> passages, List<Candidate> candidates) {
        for (Passage p : passages) {
            List<Candidate> own =
                    candidates.stream().filter(c -> c.passage == p).toList();
            Set<String> named = new HashSet<>();
            own.forEach(c -> named.addAll(c.terms));
            if (!named.containsAll(q)) {
                continue;
            }
            for (Candidate c : own) {
                if (QuestionKind.ageAsSubject(c.sentence)) {
                    return quoting(question, List.of(evidence(p, c.sentence, Set.of())));
                }
            }
        }
        Passage article = passages.getFirst();
        boolean ofItsSubject =
                QuestionKind.aboutItsSubject(lower) && terms.ageMoment(lower).containsAll(q);
        if (!ofItsSubject && (q.isEmpty() || !ofTheEvent(q, lower, article, candidates))) {
            return Answer.unsupported(question, "builtin");
        }
        // "how old is the boat they dug up?" of a report on its find: the first age the report gives
        // of something its headline names ("… places the felling of the tree between 1050 and 900 BC,
        // making it the oldest boat ever found in Ardenia …"), not of anything else the question
        // names ("how old is the Alpine Trophy?" / "Her first trophy was a 40-year-old cup.")
        Set<String> ofIt = headlineTerms(article);
        Stream<Candidate> named = candidates.stream()
                .filter(c -> c.passage == article && c.terms.stream().anyMatch(ofIt::contains));
        Stream<Candidate> aged = ofItsSubject ? Stream.concat(opening(article, candidates).stream(), named) : named;
        return aged.filter(c -> QuestionKind.fits(lower, c.sentence))
                .findFirst()
                .map(c -> quoting(question, List.of(evidence(article, c.sentence, Set.of()))))
                .orElseGet(() -> Answer.unsupported(question, "builtin"));
    }

    /**
     * A question that one of the texts' subheadings asks or names ("What could go wrong?" over a
     * section headed "What could go wrong", "Why now?" over "Why now"): the opening sentences of
     * that section, which the sentences alone may not tie to the question's words. Null when no
     * subheading matches.
     */
    private Answer fromSection(Asked ask, List<Passage> passages, BroadQuestion broad) {
        String question = ask.text;
        String lower = ask.lower;
        List<String> q = ask.lookedFor;
        String asked = Sections.letters(question);
        Map<Passage, List<Sections.Section>> sections = new LinkedHashMap<>();
        passages.forEach(p -> sections.put(p, Sections.of(p.text())));
        String putAlike = headingPutAlike(ask, sections.values());
        for (Passage p : passages) {
            for (Sections.Section section : sections.get(p)) {
                if (!section.heading().equals(putAlike) && !names(section.heading(), asked, q)) {
                    continue;
                }
                List<String> opening = section.opening(SECTION_SENTENCES);
                if (broad == null
                        && !section.heading().equals(putAlike)
                        && TWO_THINGS.matcher(section.heading()).find()
                        && !q.containsAll(terms.of(section.heading()))) {
                    // "how is the battery?" under "Software and battery": from where the section turns to it
                    List<String> all = section.opening(Integer.MAX_VALUE);
                    for (int i = 0; i < all.size(); i++) {
                        if (new HashSet<>(terms.of(all.get(i))).containsAll(q)) {
                            opening = all.subList(i, Math.min(i + SECTION_SENTENCES, all.size()));
                            break;
                        }
                    }
                }
                if (broad != null) {
                    // "what happens next?" over a section "What happens next": its sentences that tell a next step
                    List<String> all = section.opening(Integer.MAX_VALUE);
                    double[] score = all.stream().mapToDouble(broad::cue).toArray();
                    broad.laterStepFirst(score);
                    List<Integer> told = best(score);
                    if (!told.isEmpty()) {
                        opening = told.stream().map(all::get).toList();
                    }
                }
                // a section on the thing asked about answers "how far is it?" only with a figure
                boolean answers = !QuestionKind.asksForAFigure(lower)
                        || opening.stream().anyMatch(s -> QuestionKind.fits(lower, s));
                if (!opening.isEmpty() && answers) {
                    Set<String> marked = new HashSet<>(q);
                    return quoting(
                            question,
                            opening.stream().map(s -> evidence(p, s, marked)).toList());
                }
            }
        }
        return null;
    }

    /**
     * The subheading that asks the reader's question in other words ("Can the government see where I
     * use it?" for "can the government track where I use my ID?"): of the passages' subheadings that
     * are questions, the one nearest the question in meaning, if at least {@link
     * #HEADING_PUT_ALIKE} close; null without a meaning function or such a subheading.
     */
    private String headingPutAlike(Asked ask, Collection<List<Sections.Section>> sections) {
        if (meaning == null) {
            return null;
        }
        List<String> asking = sections.stream()
                .flatMap(List::stream)
                .map(Sections.Section::heading)
                .filter(h -> h.strip().endsWith("?"))
                .distinct()
                .toList();
        List<float[]> v = asking.isEmpty() ? null : embedded(ask.text, asking);
        if (v == null) {
            return null;
        }
        String best = null;
        double closest = HEADING_PUT_ALIKE;
        for (int i = 0; i < asking.size(); i++) {
            double d = Vectors.dot(v.getFirst(), v.get(i + 1));
            if (d >= closest) {
                closest = d;
                best = asking.get(i);
            }
        }
        return best;
    }

    /** The built-in answer: these sentences, quoted. */
    private static Answer quoting(String question, List<Answer.Evidence> evidence) {
        return new Answer(question, true, List.of(), evidence, "builtin");
    }

    /** A sentence of a passage quoted, the words whose stems are in {@code marked} marked. */
    private Answer.Evidence evidence(Passage p, String sentence, Set<String> marked) {
        return new Answer.Evidence(p.outlet(), sentence, terms.spans(sentence, marked), p.opinion());
    }

    /** Whether a subheading is the question itself, or holds every word the question looks for and little else. */
    private boolean names(String heading, String asked, List<String> q) {
        if (Sections.letters(heading).equals(asked)) {
            return true;
        }
        if (q.isEmpty()) {
            return false;
        }
        List<String> h = terms.of(heading);
        return new HashSet<>(h).containsAll(q) && h.size() <= q.size() + 1;
    }

    /**
     * The sentences with a quotation that runs over several of them joined into one, so evidence
     * never starts or stops inside someone's words ("It is a chance," he said.). At most four
     * sentences are joined; a quotation longer than that is left as it was split.
     */
    static List<String> quotationsWhole(List<String> sentences) {
        return quotationRuns(sentences).stream().map(Quoted::text).toList();
    }

    /** A sentence, or a quotation's sentences joined, with the index of the last it holds. */
    private record Quoted(String text, int last) {}

    /** As {@link #quotationsWhole}, each with the index of its last sentence. */
    private static List<Quoted> quotationRuns(List<String> sentences) {
        List<Quoted> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            StringBuilder joined = new StringBuilder(sentences.get(i));
            int end = i;
            while (!ReadAlone.balanced(joined.toString()) && end + 1 < sentences.size() && end - i < 3) {
                joined.append(' ').append(sentences.get(++end));
            }
            if (ReadAlone.balanced(joined.toString())) {
                out.add(new Quoted(joined.toString(), end));
                i = end;
            } else {
                out.add(new Quoted(sentences.get(i), i));
            }
        }
        return out;
    }

    private static double weight(int df, int n) {
        return Math.log(1 + n / (double) Math.max(df, 1));
    }

    private static final class Candidate {
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

        Candidate(Passage passage, String sentence, Set<String> terms, Set<String> pairs, int paragraph) {
            this.passage = passage;
            this.sentence = sentence;
            this.terms = terms;
            this.pairs = pairs;
            this.paragraph = paragraph;
        }
    }
}
