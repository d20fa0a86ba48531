package dev.tidings.story;

import dev.tidings.nlp.Vectors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How well an article fits a story: meaning (embedding against the story's centroid) blended with
 * wording (IDF-weighted words against the story's words, where names and numbers tell two events
 * of one topic apart), partly taken from the story's closest member, less a penalty for distance in
 * time when both have dates, plus a bonus for closeness in time in a quiet stream (see {@link
 * #quietness}). Two stories fit as well as their members do on average.
 */
final class StoryMatcher {
    /** Tuning, fixed for every stream (no per-dataset settings). */
    record Params(
            double embeddingWeight,
            double threshold,
            double mergeThreshold,
            Duration window,
            double dayPenalty,
            double nearestMemberWeight,
            double sameDayBonus) {
        static final Params DEFAULT = new Params(0.4, 0.40, 0.40, Duration.ofDays(4), 0.03, 0.3, 0.15);
    }

    /**
     * Up to how many stories running at once (a last article within a day either side) closeness in
     * time counts in full; with more, it counts for that share of them.
     */
    static final int QUIET_STORIES = 10;

    /** How long a stream must have run before its pace is known; until then time gives no bonus. */
    static final Duration PACE_KNOWN_AFTER = Duration.ofDays(2);

    /** The span either side of an article within which another story counts as running at once. */
    static final Duration SAME_DAY = Duration.ofDays(1);

    /** The same span in days, over which the same-day bonus fades. */
    private static final double SAME_DAY_DAYS = SAME_DAY.toHours() / 24.0;

    /**
     * Members compared one by one, the most recent first: as many as the live assigner loads, so
     * the batch and the live system decide alike and a long-running story costs no more to match.
     */
    static final int COMPARED_MEMBERS = 30;

    /** Of those, how many (nearest in meaning) are compared word by word for the closest member. */
    private static final int WORD_COMPARED_MEMBERS = 3;

    private final Params params;
    private final DocumentFrequencies df;

    StoryMatcher(Params params, DocumentFrequencies df) {
        this.params = params;
        this.df = df;
    }

    Params params() {
        return params;
    }

    /**
     * How much closeness in time says about an article at this point of a stream, from 0 to 1. In a
     * quiet stream, where few stories run at once, a fairly similar article of the same day is
     * most likely more coverage of one of them, told another way; in a busy one, it may as well be
     * a new event of the same kind, so the same-day bonus fades as more stories run at once. A
     * stream younger than {@link #PACE_KNOWN_AFTER} (or one item within a day, all told) gets none:
     * its pace is not known yet. Measured on dated simulations of the development streams
     * (docs/benchmarks.md, session 7): a large gain when stories are spread out, about neutral when
     * they crowd one week.
     *
     * @param running stories whose last article is within {@link #SAME_DAY} of the article
     * @param history how long before the article the stream's first dated article appeared
     */
    static double quietness(int running, Duration history) {
        if (history.compareTo(PACE_KNOWN_AFTER) < 0) {
            return 0;
        }
        return Math.min(1, QUIET_STORIES / Math.max(1.0, running));
    }

    /**
     * The fit of an article with a story, or NaN when they are too far apart in time to be one. In a
     * stream of the given {@link #quietness} an article within a day of a dated story gains up to
     * {@code sameDayBonus} times it, fading over that day (0: no gain).
     */
    double score(StoryFeatures f, StoryProfile story, double quietness) {
        double gapDays = gapDays(f, story);
        if (gapDays > params.window().toHours() / 24.0) {
            return Double.NaN;
        }
        double emb = Vectors.dot(f.embedding(), story.embeddingSum) / story.norm();
        // the article's weighted word norm, once for the centroid and every member compared
        double fNorm = weightedNorm(f.terms().weights());
        double lex = cosine(f.terms().weights(), fNorm, story);
        double centroid = params.embeddingWeight() * emb + (1 - params.embeddingWeight()) * lex;
        // A story told from several angles has a centroid between them; an article that repeats
        // one of the angles closely belongs to it even when it is far from the average.
        double w = params.nearestMemberWeight();
        double penalty = params.dayPenalty() * Math.max(0, gapDays - 1);
        if (quietness > 0 && f.published() != null && story.first != null) {
            penalty -= quietness * params.sameDayBonus() * Math.max(0, 1 - gapDays / SAME_DAY_DAYS);
        }
        if (w == 0 || (1 - w) * centroid + w - penalty < params.threshold()) {
            // cannot reach the threshold even with an identical member: skip the member pass
            return (1 - w) * centroid - penalty;
        }
        return (1 - w) * centroid + w * nearestMember(f, fNorm, story) - penalty;
    }

    /**
     * The stories of one article each that {@code grown} takes in now that an article has joined it:
     * among {@code fitting} (the stories that article also fitted, though less well), each whose lone
     * article fits the grown story, scored as if it arrived now. An article that stood alone because
     * it came before the coverage it belongs with joins it once a newcomer close to it joins that
     * coverage; without this, the stories of a backlog read in any order depend on the order (a piece
     * on an outage's cost, read first, stayed alone when three reports of the outage came after it).
     */
    List<StoryProfile> takenInByGrowth(
            StoryProfile grown, List<StoryProfile> fitting, ToDoubleFunction<StoryFeatures> quietnessAt) {
        List<StoryProfile> taken = new ArrayList<>();
        for (StoryProfile lone : fitting) {
            if (lone == grown || lone.size() != 1) {
                continue;
            }
            StoryFeatures alone = lone.members.getFirst();
            // the stream's pace is read only when even the quietest stream would make it a match
            if (score(alone, grown, 1) >= params.threshold()
                    && score(alone, grown, quietnessAt.applyAsDouble(alone)) >= params.threshold()) {
                taken.add(lone);
            }
        }
        return taken;
    }

    /**
     * The similarity of the article to the story's closest member. Only the few members nearest
     * in meaning are compared word by word: the words rarely promote a member from further down.
     */
    private double nearestMember(StoryFeatures f, double fNorm, StoryProfile story) {
        List<StoryFeatures> members = recent(story);
        double[] emb = new double[members.size()];
        for (int i = 0; i < emb.length; i++) {
            emb[i] = Vectors.dot(f.embedding(), members.get(i).embedding());
        }
        double[] sorted = emb.clone();
        java.util.Arrays.sort(sorted);
        double cut = sorted[Math.max(0, sorted.length - WORD_COMPARED_MEMBERS)];
        double nearest = 0;
        for (int i = 0; i < emb.length; i++) {
            if (emb[i] >= cut) {
                double lex = cosine(
                        f.terms().weights(), fNorm, members.get(i).terms().weights());
                nearest = Math.max(nearest, blend(emb[i], lex));
            }
        }
        return nearest;
    }

    /**
     * How alike two articles are, with the same blend of meaning and wording: ranks related
     * coverage, where shared names and numbers tell the same event from its neighbours.
     */
    double similarity(StoryFeatures a, StoryFeatures b) {
        return similarity(Vectors.dot(a.embedding(), b.embedding()), a.terms(), b.terms());
    }

    /** The same, when the embeddings' cosine is already known (from the vector index). */
    double similarity(double embeddingCosine, TermBag a, TermBag b) {
        return blend(embeddingCosine, cosine(a.weights(), b.weights()));
    }

    /**
     * One article's words set up for comparing with many others (a related list compares one
     * article with a hundred candidates): its weighted norm is worked out once, and each word's
     * weight is looked up once however many candidates share it. Scores are the same, to the bit,
     * as {@link #similarity(double, TermBag, TermBag)}'s.
     */
    final class Comparison {
        private final Map<String, Float> words;
        private final Map<String, Float> idfs = new HashMap<>();
        private final double norm;

        private Comparison(TermBag a) {
            this.words = a.weights();
            this.norm = weightedNorm(words, this::idf);
        }

        private float idf(String term) {
            Float known = idfs.get(term);
            if (known == null) {
                known = df.idf(term);
                idfs.put(term, known);
            }
            return known;
        }

        /** The blend of the embeddings' cosine (already known) and the weighted word cosine with {@code b}. */
        double similarity(double embeddingCosine, TermBag b) {
            return blend(embeddingCosine, cosine(words, norm, b.weights(), this::idf));
        }
    }

    /** {@code a}'s words set up for comparing with many others; not thread-safe. */
    Comparison comparing(TermBag a) {
        return new Comparison(a);
    }

    private double blend(double embeddingCosine, double lex) {
        return params.embeddingWeight() * embeddingCosine + (1 - params.embeddingWeight()) * lex;
    }

    /**
     * The fit of two stories with each other, for merging: the average similarity of their
     * members (average link), which a single stray member cannot pull up the way it moves a centroid.
     */
    double score(StoryProfile a, StoryProfile b) {
        List<StoryFeatures> as = recent(a);
        List<StoryFeatures> bs = recent(b);
        if (as.isEmpty() || bs.isEmpty()) {
            return 0;
        }
        // The average of pairwise cosines is the dot product of the sums of unit vectors, so the
        // pairs never need to be visited one by one.
        double pairs = (double) as.size() * bs.size();
        double emb = Vectors.dot(embeddingSum(as), embeddingSum(bs)) / pairs;
        double dot = sharedTerms(unitWordSum(as), unitWordSum(bs), (term, x, y) -> x * y);
        return params.embeddingWeight() * emb + (1 - params.embeddingWeight()) * dot / pairs;
    }

    private static float[] embeddingSum(List<StoryFeatures> members) {
        float[] sum = new float[members.getFirst().embedding().length];
        for (StoryFeatures m : members) {
            float[] e = m.embedding();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += e[i];
            }
        }
        return sum;
    }

    /** The sum of the members' IDF-weighted word vectors, each scaled to unit length first. */
    private Map<String, Double> unitWordSum(List<StoryFeatures> members) {
        Map<String, Double> sum = new HashMap<>();
        for (StoryFeatures m : members) {
            Map<String, Float> w = m.terms().weights();
            double norm = weightedNorm(w);
            if (norm == 0) {
                continue;
            }
            for (var e : w.entrySet()) {
                sum.merge(e.getKey(), e.getValue() * df.idf(e.getKey()) / norm, Double::sum);
            }
        }
        return sum;
    }

    private static List<StoryFeatures> recent(StoryProfile story) {
        List<StoryFeatures> m = story.members;
        return m.size() <= COMPARED_MEMBERS ? m : m.subList(m.size() - COMPARED_MEMBERS, m.size());
    }

    private static double gapDays(StoryFeatures f, StoryProfile story) {
        if (f.published() == null || story.first == null) {
            return 0;
        }
        long t = f.published().toEpochMilli();
        long gap = t < story.first.toEpochMilli()
                ? story.first.toEpochMilli() - t
                : Math.max(0, t - story.last.toEpochMilli());
        return gap / 86_400_000.0;
    }

    private double cosine(Map<String, Float> a, Map<String, Float> b) {
        return cosine(a, Double.NaN, b);
    }

    /** The same, with {@code a}'s weighted norm when already known (NaN: computed if needed). */
    private double cosine(Map<String, Float> a, double aNorm, Map<String, Float> b) {
        return cosine(a, aNorm, b, df::idf);
    }

    /** The weighted word cosine of a bag with a story's word sum, whose weighted norm the story keeps. */
    private double cosine(Map<String, Float> a, double aNorm, StoryProfile story) {
        double dot = idfDot(a, story.termSum, df::idf);
        if (dot == 0) {
            return 0;
        }
        return dot / (aNorm * story.weightedTermNorm(df));
    }

    private static double cosine(Map<String, Float> a, double aNorm, Map<String, Float> b, Idf idfs) {
        double dot = idfDot(a, b, idfs);
        if (dot == 0) {
            return 0;
        }
        return dot / ((Double.isNaN(aNorm) ? weightedNorm(a, idfs) : aNorm) * weightedNorm(b, idfs));
    }

    private static double idfDot(Map<String, Float> a, Map<String, Float> b, Idf idfs) {
        return sharedTerms(a, b, (term, x, y) -> {
            float idf = idfs.of(term);
            return x * y * idf * idf;
        });
    }

    /** A word's inverse document frequency. */
    private interface Idf {
        float of(String term);
    }

    /** The product of two word weights (the smaller bag's weight first). */
    private interface TermProduct<V> {
        double of(String term, V x, V y);
    }

    /** The sum of {@code product} over the words both bags hold, walking the smaller bag. */
    private static <V> double sharedTerms(Map<String, V> a, Map<String, V> b, TermProduct<V> product) {
        if (a.size() > b.size()) {
            Map<String, V> swap = a;
            a = b;
            b = swap;
        }
        double dot = 0;
        for (var e : a.entrySet()) {
            V w = b.get(e.getKey());
            if (w != null) {
                dot += product.of(e.getKey(), e.getValue(), w);
            }
        }
        return dot;
    }

    private double weightedNorm(Map<String, Float> v) {
        return weightedNorm(v, df::idf);
    }

    private static double weightedNorm(Map<String, Float> v, Idf idfs) {
        double s = 0;
        for (var e : v.entrySet()) {
            double x = e.getValue() * idfs.of(e.getKey());
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
