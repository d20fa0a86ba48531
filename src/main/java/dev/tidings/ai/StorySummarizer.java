package dev.tidings.ai;

import dev.tidings.nlp.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarizes one story across its outlets: each article's likeliest summary sentences are grouped
 * with the sentences of other outlets that make the same claim (most of their content words
 * shared, or, when sentence vectors are at hand, close in meaning); a group every outlet
 * contributes to is common ground, the rest is reported by some.
 */
public final class StorySummarizer {
    private static final Logger log = LoggerFactory.getLogger(StorySummarizer.class);
    private static final int CLAIMS_PER_ARTICLE = 6;
    private static final int MAX_COMMON = 3;
    private static final int MAX_PARTIAL = 5;
    private static final int MIN_CLAIM_WORDS = 4;
    /**
     * Cosine of sentence vectors above which two sentences make the same claim. Read off the demo
     * newsroom's stories: pairs above it retell one fact ("agreed to stop fighting for 30 days" /
     * "agreed to halt the fighting for 30 days", 0.84); below it sit sentences on one topic that
     * say different things ("shares jumped 29%" / "Vesper Air is buying SkyNorth", 0.69).
     */
    static final double SAME_MEANING = 0.72;

    /* A number followed by a capitalised word: a score ("2–1 Castlegate") or part of a name. */
    private static final Pattern NAME_NEXT = Pattern.compile("[^\\p{L}]*\\p{Lu}");
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
        for (Passage p : articles) {
            outlets.add(p.outlet());
            Summarizer.Scored scored = summarizer.score(p.text());
            int taken = 0;
            for (int i : scored.byProbability()) {
                String s = scored.sentences().get(i);
                List<String> content = words.content(s);
                // a question or a fragment ("Here's how it works.") is not a claim to compare
                if (content.size() >= MIN_CLAIM_WORDS && !s.endsWith("?")) {
                    claims.add(new Claim(p.outlet(), s, new HashSet<>(content), scored.probability()[i]));
                    if (++taken == CLAIMS_PER_ARTICLE) {
                        break;
                    }
                }
            }
        }
        claims.sort(Comparator.comparingDouble((Claim c) -> -c.probability));
        float[][] meaning = vectors(claims);
        List<List<Integer>> groups = new ArrayList<>();
        for (int c = 0; c < claims.size(); c++) {
            // single link: a claim joins the group holding the sentence of another outlet most
            // like it among those making the same claim; its own outlet's other sentence on that
            // claim only adds support
            List<Integer> home = null;
            double best = Double.NEGATIVE_INFINITY;
            for (List<Integer> g : groups) {
                for (int m : g) {
                    double like = claims.get(m).outlet.equals(claims.get(c).outlet)
                            ? Double.NEGATIVE_INFINITY
                            : likeness(claims, meaning, m, c);
                    if (like > best) {
                        best = like;
                        home = g;
                    }
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(c)));
            } else {
                home.add(c);
            }
        }
        List<StorySummary.Point> all = new ArrayList<>();
        List<StorySummary.Point> some = new ArrayList<>();
        List<List<Claim>> byOutlet = new ArrayList<>();
        for (List<Integer> g : groups) {
            // one sentence per outlet: its likeliest (claims are in that order)
            Map<String, Claim> first = new LinkedHashMap<>();
            g.forEach(i -> first.putIfAbsent(claims.get(i).outlet, claims.get(i)));
            byOutlet.add(List.copyOf(first.values()));
        }
        byOutlet.sort(Comparator.comparingDouble(
                (List<Claim> g) -> -g.stream().mapToDouble(c -> c.probability).sum()));
        for (List<Claim> g : byOutlet) {
            List<String> by = g.stream().map(c -> c.outlet).sorted().toList();
            List<StorySummary.Version> versions = g.stream()
                    .sorted(Comparator.comparing((Claim c) -> c.outlet))
                    .map(c -> new StorySummary.Version(c.outlet, c.sentence))
                    .toList();
            var point = new StorySummary.Point(g.getFirst().sentence, by, numbersDiffer(g), versions);
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

    private float[][] vectors(List<Claim> claims) {
        if (sentenceVectors == null || claims.isEmpty()) {
            return null;
        }
        try {
            return sentenceVectors
                    .apply(claims.stream().map(Claim::sentence).toList())
                    .toArray(float[][]::new);
        } catch (RuntimeException e) {
            // the summary is still worth having from words alone
            log.warn("event=story_summary_vectors_failed claims={} error=\"{}\"", claims.size(), e.getMessage());
            return null;
        }
    }

    /**
     * How alike two claims are when they make the same claim (most content words shared, or close
     * in meaning), else negative infinity: their cosine when there are vectors, else the share of
     * words they have in common.
     */
    private static double likeness(List<Claim> claims, float[][] meaning, int ia, int ib) {
        Claim a = claims.get(ia);
        Claim b = claims.get(ib);
        double cosine = meaning == null ? Double.NaN : Vectors.dot(meaning[ia], meaning[ib]);
        double jaccard = 0;
        boolean sameWords = false;
        if (!a.terms.isEmpty() && !b.terms.isEmpty()) {
            long shared = a.terms.stream().filter(b.terms::contains).count();
            double overlap = shared / (double) Math.min(a.terms.size(), b.terms.size());
            jaccard = shared / (double) (a.terms.size() + b.terms.size() - shared);
            sameWords = overlap >= 0.45 && jaccard >= 0.2;
        }
        if (meaning == null) {
            return sameWords ? jaccard : Double.NEGATIVE_INFINITY;
        }
        return sameWords || cosine >= SAME_MEANING ? cosine : Double.NEGATIVE_INFINITY;
    }

    /**
     * Whether outlets give different figures for the same thing: the same word follows different
     * numbers, and the figures stand in the same place ("run four times a week" against "run five
     * times a week": the word before the number or the one after its unit is shared). Numbers about
     * different things ("three days of talks", "eight o'clock"; "37 seconds off the record" against
     * "in 2 hours 9 minutes and 41 seconds"), a score or a number in a name ("2–1 Castlegate"), and a
     * hedge ("roughly", "about") shared by two figures are not a disagreement.
     */
    private boolean numbersDiffer(List<Claim> group) {
        List<List<Figure>> figures =
                group.stream().map(c -> figures(c.sentence)).toList();
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
    private List<Figure> figures(String sentence) {
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
            List<String> before = new ArrayList<>(words.content(sentence.substring(0, m.start())));
            before.removeIf(hedges::contains);
            Set<String> context = new HashSet<>();
            if (!before.isEmpty()) {
                context.add(before.getLast());
            }
            if (after.size() > 1) {
                context.add(after.get(1));
            }
            out.add(new Figure(after.getFirst(), NumberWords.figure(m.group()), context));
        }
        return out;
    }

    /** A number as digits, the word after it, and the content words either side of the figure. */
    private record Figure(String unit, String value, Set<String> context) {}

    private record Claim(String outlet, String sentence, Set<String> terms, double probability) {}
}
