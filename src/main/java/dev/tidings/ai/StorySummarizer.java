package dev.tidings.ai;

import dev.tidings.nlp.PorterStemmer;
import dev.tidings.nlp.Vectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarizes one story across its outlets: each article's likeliest summary sentences are grouped
 * with the sentences (and headlines) of other outlets that make the same claim (most of their
 * content words shared, or, when sentence vectors are at hand, close in meaning); a group every
 * outlet contributes to is common ground, the rest is reported by some. Each group is shown in the
 * words of its version closest to the others.
 */
public final class StorySummarizer {
    private static final Logger log = LoggerFactory.getLogger(StorySummarizer.class);
    private static final int CLAIMS_PER_ARTICLE = 6;
    private static final int MAX_COMMON = 3;
    private static final int MAX_PARTIAL = 5;
    private static final int MIN_CLAIM_WORDS = 4;
    /* Two short sentences that share only a name ("Port Caldera") do not make the same claim. */
    private static final int MIN_SHARED_WORDS = 3;
    /**
     * Cosine of sentence vectors above which two sentences make the same claim. Read off the demo
     * newsroom's stories: pairs above it retell one fact ("agreed to stop fighting for 30 days" /
     * "agreed to halt the fighting for 30 days", 0.84); below it sit sentences on one topic that
     * say different things ("shares jumped 29%" / "Vesper Air is buying SkyNorth", 0.69).
     */
    static final double SAME_MEANING = 0.72;
    /**
     * Cosine above which two sentences giving the same figure of the same thing ("about 4,000
     * people have been evacuated" / "forced around 4,000 people from their homes") make the same
     * claim though they say more besides.
     */
    static final double SAME_FIGURE_MEANING = 0.5;
    /**
     * The same for an exact figure few sentences would give by chance ("2,300 people"): a report
     * that tells it in a longer sentence about something else as well ("Soldiers were sent ...
     * after the flooding forced around 2,300 people from their homes" / "About 2,300 people have
     * been evacuated", 0.40).
     */
    static final double SAME_EXACT_FIGURE_MEANING = 0.35;
    /**
     * Cosine two sentences sharing most of their words need as well to make the same claim: pairs
     * on the demo's stories below it share a name and little else ("For most Ardenians, Holm's 'The
     * Lantern Keeper' is the second kind" / "... was stolen from the National Gallery", 0.55).
     */
    static final double SAME_WORDS_MEANING = 0.6;

    /* A number followed by a capitalised word: a score ("2–1 Castlegate") or part of a name. */
    private static final Pattern NAME_NEXT = Pattern.compile("[^\\p{L}]*\\p{Lu}");
    private static final Pattern PER_CENT = Pattern.compile("\\s*%|\\s+per\\s+cent\\b");
    /* How far from a figure, in words, the words that place it are looked for. */
    private static final int CONTEXT_WORDS = 3;
    /* The word right after a number: "-day" in "30-day", "people" in "2,300 people". */
    private static final Pattern NEXT_WORD = Pattern.compile("[\\s-]*(\\p{L}+)");
    /*
     * Words that hedge a figure ("roughly 3 million", "nearly 400 million"): they say nothing of what
     * it counts. ("about", "some", "more than" and the like are function words, already left out.)
     */
    private static final List<String> HEDGE_WORDS =
            List.of("roughly", "around", "nearly", "almost", "less", "least", "approximately", "estimated");

    private final Summarizer summarizer = new Summarizer();
    private final Words words = new Words();
    private final Set<String> hedges = new HashSet<>();
    private final Function<List<String>, List<float[]>> sentenceVectors;

    /** Compares claims by their words only. */
    public StorySummarizer() {
        this(null);
    }

    /**
     * Compares claims by their words and by meaning: {@code sentenceVectors} gives one unit-length
     * vector per sentence (null: words only).
     */
    public StorySummarizer(Function<List<String>, List<float[]>> sentenceVectors) {
        this.sentenceVectors = sentenceVectors;
        HEDGE_WORDS.forEach(w -> hedges.addAll(words.content(w)));
    }

    public StorySummary summarize(List<Passage> articles) {
        Set<String> outlets = new LinkedHashSet<>();
        List<Claim> claims = new ArrayList<>();
        List<Claim> arguments = new ArrayList<>(); // the likeliest sentences of opinion pieces
        // sentences that read as a claim on their own, beyond each article's likeliest: needed only
        // when an opinion piece may put other outlets' sentences forward
        Set<Claim> showable = identitySet();
        boolean anyOpinion = articles.stream().anyMatch(Passage::opinion);
        // every sentence of every outlet: where a claim finds its support
        Map<String, List<Claim>> told = new LinkedHashMap<>();
        int sentencesSeen = 0;
        for (Passage p : articles) {
            outlets.add(p.outlet());
            Summarizer.Scored scored = summarizer.score(p.text());
            List<Claim> own = told.computeIfAbsent(p.outlet(), o -> new ArrayList<>());
            Map<Integer, Claim> byIndex = new HashMap<>();
            for (int i = 0; i < scored.sentences().size(); i++) {
                String s = scored.sentences().get(i);
                Claim c = new Claim(
                        sentencesSeen++,
                        p.outlet(),
                        s,
                        new HashSet<>(words.content(s)),
                        figures(s),
                        scored.probability()[i],
                        false,
                        p.opinion());
                own.add(c);
                byIndex.put(i, c);
            }
            if (p.title() != null && !p.title().isBlank()) {
                // the headline says what the outlet reports in the fewest words: a version of a
                // claim, never a claim shown alone
                String title = p.title().strip();
                own.add(new Claim(
                        sentencesSeen++,
                        p.outlet(),
                        title,
                        new HashSet<>(words.content(title)),
                        figures(title),
                        0,
                        true,
                        p.opinion()));
            }
            int taken = 0;
            for (int i : scored.byProbability()) {
                Claim c = byIndex.get(i);
                // a question, its reply or a fragment ("Here's how it works.") is not a claim to show
                if (c.terms.size() >= MIN_CLAIM_WORDS
                        && !c.sentence.endsWith("?")
                        && !Summarizer.repliesToAQuestion(scored.sentences(), i)
                        && ReadAlone.standsAlone(c.sentence)) {
                    showable.add(c);
                    if (taken < CLAIMS_PER_ARTICLE) {
                        (p.opinion() ? arguments : claims).add(c);
                    }
                    if (++taken == CLAIMS_PER_ARTICLE && !anyOpinion) {
                        break;
                    }
                }
            }
        }
        Likeness likeness = new Likeness(concat(claims, arguments), told);
        // An opinion piece's sentences are not what the outlets report ("the truce is a credit to
        // Lusmark's patience"): each of its likeliest ones puts forward, in its place, the reporting
        // sentences that say the same, and supports points as any outlet's sentence does
        List<Claim> putForward = new ArrayList<>();
        Set<Claim> claimed = identitySet();
        claimed.addAll(claims);
        for (Claim argument : arguments) {
            for (Claim v : versions(argument, told, identitySet(), likeness)) {
                if (!v.opinion && !v.headline && showable.contains(v) && claimed.add(v)) {
                    putForward.add(v);
                }
            }
        }
        likeness.add(putForward);
        claims.addAll(putForward);
        claims.sort(Comparator.comparingDouble((Claim c) -> -c.probability));
        // Points are chosen one at a time: the claim most outlets make (then the likeliest), with
        // each outlet's sentence for it; a sentence serves one point only, so an outlet's one
        // sentence on two facts does not make both look reported everywhere, and a claim that says
        // what a point's sentences say is not told again
        Set<Claim> used = identitySet(); // each sentence is its own claim
        Set<Claim> toldAlready = identitySet();
        // each claim's versions stay as found until a point takes one of them: taking other
        // sentences only removes candidates that were not the best
        Map<Claim, List<Claim>> support = new IdentityHashMap<>();
        List<StorySummary.Point> all = new ArrayList<>();
        List<StorySummary.Point> some = new ArrayList<>();
        while (all.size() < MAX_COMMON || some.size() < MAX_PARTIAL) {
            List<Claim> best = null;
            for (Claim c : claims) {
                if (toldAlready.contains(c)) {
                    continue;
                }
                List<Claim> versions = support.computeIfAbsent(c, k -> versions(k, told, used, likeness));
                if (best == null || versions.size() > best.size()) {
                    best = versions; // claims are in order of probability: the first of a size wins
                }
            }
            if (best == null) {
                break;
            }
            Set<Claim> taken = identitySet();
            taken.addAll(best);
            used.addAll(taken);
            support.values().removeIf(versions -> versions.stream().anyMatch(taken::contains));
            for (Claim c : claims) {
                // told by this point: one of its sentences, or saying what one of them says
                if (taken.contains(c) || taken.stream().anyMatch(v -> likeness.of(c, v) > Double.NEGATIVE_INFINITY)) {
                    toldAlready.add(c);
                }
            }
            List<String> by = best.stream().map(v -> v.outlet).sorted().toList();
            List<StorySummary.Version> versions = best.stream()
                    .sorted(Comparator.comparing((Claim v) -> v.outlet))
                    .map(v -> new StorySummary.Version(v.outlet, v.sentence))
                    .toList();
            var point = new StorySummary.Point(likeness.centre(best).sentence, by, numbersDiffer(best), versions);
            if (outlets.size() > 1 && by.size() == outlets.size() && !point.differs()) {
                if (all.size() < MAX_COMMON) {
                    all.add(point);
                }
            } else if (some.size() < MAX_PARTIAL) {
                some.add(point);
            }
        }
        return new StorySummary(all, some);
    }

    private static List<Claim> concat(List<Claim> a, List<Claim> b) {
        List<Claim> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<Claim> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /**
     * A claim and, for each other outlet, its sentence most like the claim among those making the
     * same claim and not yet told by another point. An outlet that tells it in words far from the
     * claim's may tell it in words close to another outlet's version: one step further, from the
     * versions found first.
     */
    private static List<Claim> versions(Claim c, Map<String, List<Claim>> told, Set<Claim> used, Likeness likeness) {
        List<Claim> versions = new ArrayList<>(List.of(c));
        Set<String> silent = new LinkedHashSet<>(told.keySet());
        silent.remove(c.outlet);
        for (int hop = 0; hop < 2 && !silent.isEmpty(); hop++) {
            List<Claim> from = List.copyOf(versions);
            for (var it = silent.iterator(); it.hasNext(); ) {
                List<Claim> sentences = told.get(it.next());
                Claim best = null;
                double bestLike = Double.NEGATIVE_INFINITY;
                for (Claim version : from) {
                    for (Claim other : sentences) {
                        double like = used.contains(other) ? Double.NEGATIVE_INFINITY : likeness.of(version, other);
                        if (like > bestLike) {
                            bestLike = like;
                            best = other;
                        }
                    }
                }
                if (best != null) {
                    versions.add(best);
                    it.remove();
                }
            }
        }
        return versions;
    }

    /**
     * Whether two sentences make the same claim, and how alike they are: most content words
     * shared, or close in meaning, or the same figure of the same thing told in sentences not far
     * apart in meaning. Sentence vectors are made once, in one call, for the claims and for the
     * other outlets' sentences that could support them (sharing a figure or three content words).
     */
    private final class Likeness {
        private final Map<String, float[]> meaning = new HashMap<>();
        private final Map<Long, Double> known = new HashMap<>();
        private final Map<String, List<Claim>> told;
        /** Set when making vectors failed: every claim is then compared by its words. */
        private boolean wordsOnly;

        Likeness(List<Claim> claims, Map<String, List<Claim>> told) {
            this.told = told;
            add(claims);
        }

        /** Makes the vectors that comparing {@code claims} with their possible support needs, in one call. */
        void add(List<Claim> claims) {
            if (sentenceVectors == null || wordsOnly || claims.isEmpty()) {
                return;
            }
            Set<String> needed = new LinkedHashSet<>();
            for (Claim c : claims) {
                needed.add(c.sentence);
                told.forEach((outlet, sentences) -> {
                    if (!outlet.equals(c.outlet)) {
                        sentences.stream().filter(o -> mightSupport(c, o)).forEach(o -> needed.add(o.sentence));
                    }
                });
            }
            needed.removeAll(meaning.keySet());
            if (needed.isEmpty()) {
                return;
            }
            List<String> texts = List.copyOf(needed);
            log.debug("event=story_summary_vectors claims={} sentences={}", claims.size(), texts.size());
            // a pair compared before may have lacked a vector that is made now
            known.clear();
            try {
                List<float[]> vectors = sentenceVectors.apply(texts);
                for (int i = 0; i < texts.size(); i++) {
                    meaning.put(texts.get(i), vectors.get(i));
                }
            } catch (RuntimeException e) {
                // the summary is still worth having from words alone
                log.warn("event=story_summary_vectors_failed sentences={} error=\"{}\"", texts.size(), e.getMessage());
                meaning.clear();
                wordsOnly = true;
            }
        }

        /**
         * How alike two sentences are when they make the same claim, else negative infinity: their
         * cosine when there are vectors, else the share of words they have in common.
         */
        double of(Claim a, Claim b) {
            // points are chosen one at a time, each time over the same pairs: compared once
            return known.computeIfAbsent(((long) a.id << 32) | b.id, k -> compare(a, b));
        }

        private double compare(Claim a, Claim b) {
            WordOverlap common = WordOverlap.of(a.terms, b.terms);
            double jaccard = common.jaccard();
            boolean sameWords = common.shared() >= MIN_SHARED_WORDS && common.ofShorter() >= 0.45 && jaccard >= 0.2;
            float[] va = meaning.get(a.sentence);
            float[] vb = meaning.get(b.sentence);
            if (meaning.isEmpty()) {
                return sameWords ? jaccard : Double.NEGATIVE_INFINITY;
            }
            if (va == null || vb == null) {
                return Double.NEGATIVE_INFINITY; // too few words in common to have been compared
            }
            double cosine = Vectors.dot(va, vb);
            // every sentence of a story is on its topic: words shared are a claim shared only when
            // the meaning is close too ("Credit where it is due ... in Port Caldera" / "talks are
            // due to resume in Port Caldera", 0.41)
            // a headline is close in meaning to every sentence naming its subject: it tells the same
            // claim only by the same words or the same figure
            boolean same = cosine >= SAME_MEANING && !a.headline && !b.headline
                    || sameWords && cosine >= SAME_WORDS_MEANING
                    || cosine >= SAME_FIGURE_MEANING && sharesFigure(a, b, Match.OF_THE_SAME_THING)
                    || cosine >= SAME_EXACT_FIGURE_MEANING
                            && (sharesFigure(a, b, Match.EXACT) || sharesFigure(a, b, Match.IN_THE_SAME_PLACE));
            return same ? cosine : Double.NEGATIVE_INFINITY;
        }

        /**
         * The version of a point to show: the sentence closest to all the others, so what is shown
         * is what the outlets share rather than what one of them adds ("A six-hour failure ... cost
         * retailers 340 million crowns ..." against three reports of a six-hour outage); the
         * likeliest claim on a tie, and never a headline, nor a sentence that does not read alone
         * ("Three days later the two governments have signed …").
         */
        Claim centre(List<Claim> versions) {
            Claim centre = versions.getFirst();
            double closest = Double.NEGATIVE_INFINITY;
            for (Claim v : versions) {
                if (v.headline || v.opinion || (v != versions.getFirst() && !ReadAlone.standsAlone(v.sentence))) {
                    continue;
                }
                double sum = 0;
                for (Claim other : versions) {
                    if (other != v) {
                        sum += closeness(v, other);
                    }
                }
                if (sum > closest + 1e-9) {
                    closest = sum;
                    centre = v;
                }
            }
            return centre;
        }

        private double closeness(Claim a, Claim b) {
            float[] va = meaning.get(a.sentence);
            float[] vb = meaning.get(b.sentence);
            return va != null && vb != null
                    ? Vectors.dot(va, vb)
                    : WordOverlap.of(a.terms, b.terms).jaccard();
        }

        private boolean mightSupport(Claim c, Claim o) {
            return sharesFigure(c, o, Match.OF_THE_SAME_THING)
                    || c.terms.stream().filter(o.terms::contains).limit(3).count() == 3;
        }
    }

    /** How telling a figure two sentences share is. */
    private enum Match {
        /** The same figure of the same thing: "4,000 people" in both. */
        OF_THE_SAME_THING,
        /**
         * Of the same thing, and a figure few sentences would give by chance: three digits or more,
         * or a fraction ("2,300", "5.8"), not a small count ("two people").
         */
        EXACT,
        /**
         * Of the same thing, and placed by the same word: "an outage of around six hours" and "during
         * an outage of over six hours".
         */
        IN_THE_SAME_PLACE
    }

    private static boolean sharesFigure(Claim a, Claim b, Match match) {
        return a.figures.stream()
                .filter(f -> match != Match.EXACT || f.value.length() >= 3)
                .anyMatch(f -> b.figures.stream()
                        .anyMatch(g -> g.value.equals(f.value)
                                && (g.unit.equals(f.unit) || !f.next.isEmpty() && g.next.equals(f.next))
                                && (match != Match.IN_THE_SAME_PLACE
                                        || g.context.stream().anyMatch(f.context::contains))));
    }

    /**
     * Whether outlets give different figures for the same thing: the same word follows different
     * numbers, and the figures stand in the same place ("run four times a week" against "run five
     * times a week": the word before the number or the one after its unit is shared). Numbers about
     * different things ("three days of talks", "eight o'clock"; "37 seconds off the record" against
     * "in 2 hours 9 minutes and 41 seconds"), a score or a number in a name ("2–1 Castlegate"), and a
     * hedge ("roughly", "about") shared by two figures are not a disagreement.
     */
    private static boolean numbersDiffer(List<Claim> group) {
        List<List<Figure>> figures = group.stream().map(c -> c.figures).toList();
        for (int a = 0; a < figures.size(); a++) {
            for (int b = a + 1; b < figures.size(); b++) {
                if (disagree(figures.get(a), figures.get(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean disagree(List<Figure> one, List<Figure> other) {
        for (Figure f : one) {
            boolean sameValueThere = other.stream().anyMatch(g -> g.unit.equals(f.unit) && g.value.equals(f.value));
            boolean otherValueThere = other.stream()
                    .anyMatch(g -> g.unit.equals(f.unit)
                            && !g.value.equals(f.value)
                            && g.context.stream().anyMatch(f.context::contains));
            if (otherValueThere && !sameValueThere) {
                return true;
            }
        }
        return false;
    }

    /** Each number of a sentence with the word it counts and the words around it. */
    private List<Figure> figures(String text) {
        // "per cent" is one unit, not "per" with "cent" beside it
        String sentence = PER_CENT.matcher(text).replaceAll(" percent");
        List<Figure> out = new ArrayList<>();
        Matcher m = NumberWords.NUMBER.matcher(sentence);
        while (m.find()) {
            List<String> after = words.content(sentence.substring(m.end()));
            if (after.isEmpty()
                    || NAME_NEXT
                            .matcher(sentence)
                            .region(m.end(), sentence.length())
                            .lookingAt()) {
                continue; // "2–1 Castlegate United": a score or a name, not a measure
            }
            // the words that stand beside the figure, not further along the sentence ("3.8 per cent
            // this year and returning to target" says nothing of "returning")
            String[] preceding = sentence.substring(0, m.start()).split("\\s+");
            List<String> before = new ArrayList<>(words.content(String.join(
                    " ",
                    Arrays.copyOfRange(preceding, Math.max(0, preceding.length - CONTEXT_WORDS), preceding.length))));
            before.removeIf(hedges::contains);
            List<String> beside = words.content(String.join(
                    " ",
                    Arrays.stream(sentence.substring(m.end()).strip().split("\\s+"))
                            .limit(CONTEXT_WORDS + 1)
                            .toList()));
            Set<String> context = new HashSet<>();
            if (!before.isEmpty()) {
                context.add(before.getLast());
            }
            if (beside.size() > 1) {
                context.add(beside.get(1));
            }
            Matcher word = NEXT_WORD.matcher(sentence).region(m.end(), sentence.length());
            String next = word.lookingAt() ? PorterStemmer.cached(word.group(1).toLowerCase(Locale.ROOT)) : "";
            out.add(new Figure(after.getFirst(), next, NumberWords.figure(m.group()), context));
        }
        return out;
    }

    /**
     * A number as digits, the content word after it, the word right after it whatever it is
     * ("people" in "2,300 people", which says little alone but counts the same thing in two
     * sentences), and the content words either side of the figure.
     */
    private record Figure(String unit, String next, String value, Set<String> context) {}

    /**
     * A sentence of one outlet's article, or its headline; {@code id} numbers the sentences of one
     * summary; {@code opinion} when the article is opinion.
     */
    private record Claim(
            int id,
            String outlet,
            String sentence,
            Set<String> terms,
            List<Figure> figures,
            double probability,
            boolean headline,
            boolean opinion) {}
}
