package dev.tidings.story;

import dev.tidings.nlp.Vectors;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How well an article fits a story: meaning (embedding against the story's centroid) blended with
 * wording (IDF-weighted words against the story's words, where names and numbers tell two events
 * of one topic apart), partly taken from the story's closest member, less a penalty for distance in
 * time when both have dates. Two stories fit as well as their members do on average.
 */
final class StoryMatcher {
    /** Tuning, fixed for every stream (no per-dataset settings). */
    record Params(
            double embeddingWeight,
            double threshold,
            double mergeThreshold,
            Duration window,
            double dayPenalty,
            double nearestMemberWeight) {
        static final Params DEFAULT = new Params(0.4, 0.40, 0.40, Duration.ofDays(4), 0.03, 0.3);
    }

    /**
     * Members compared one by one, the most recent first: as many as the live assigner loads, so
     * the batch and the live system decide alike and a long-running story costs no more to match.
     */
    static final int COMPARED_MEMBERS = 30;

    private final Params params;
    private final DocumentFrequencies df;

    StoryMatcher(Params params, DocumentFrequencies df) {
        this.params = params;
        this.df = df;
    }

    Params params() {
        return params;
    }

    /** The fit of an article with a story, or NaN when they are too far apart in time to be one. */
    double score(StoryFeatures f, StoryProfile story) {
        double gapDays = gapDays(f, story);
        if (gapDays > params.window().toHours() / 24.0) {
            return Double.NaN;
        }
        double emb = Vectors.dot(f.embedding(), story.embeddingSum) / norm(story.embeddingSum);
        double lex = cosine(f.terms().weights(), story.termSum);
        double centroid = params.embeddingWeight() * emb + (1 - params.embeddingWeight()) * lex;
        // A story told from several angles has a centroid between them; an article that repeats
        // one of the angles closely belongs to it even when it is far from the average.
        double nearest = 0;
        for (StoryFeatures m : recent(story)) {
            nearest = Math.max(nearest, similarity(f, m));
        }
        double w = params.nearestMemberWeight();
        return (1 - w) * centroid + w * nearest - params.dayPenalty() * Math.max(0, gapDays - 1);
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
        double lex = cosine(a.weights(), b.weights());
        return params.embeddingWeight() * embeddingCosine + (1 - params.embeddingWeight()) * lex;
    }

    /**
     * The fit of two stories with each other, for merging: the average similarity of their
     * members (average link), which a single stray member cannot pull up the way it moves a centroid.
     */
    double score(StoryProfile a, StoryProfile b) {
        List<StoryFeatures> as = recent(a);
        List<StoryFeatures> bs = recent(b);
        double sum = 0;
        for (StoryFeatures x : as) {
            for (StoryFeatures y : bs) {
                sum += similarity(x, y);
            }
        }
        return as.isEmpty() || bs.isEmpty() ? 0 : sum / (as.size() * bs.size());
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
        if (a.size() > b.size()) {
            Map<String, Float> swap = a;
            a = b;
            b = swap;
        }
        double dot = 0;
        for (var e : a.entrySet()) {
            Float w = b.get(e.getKey());
            if (w != null) {
                float idf = df.idf(e.getKey());
                dot += e.getValue() * w * idf * idf;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / (weightedNorm(a) * weightedNorm(b));
    }

    private double weightedNorm(Map<String, Float> v) {
        double s = 0;
        for (var e : v.entrySet()) {
            double x = e.getValue() * df.idf(e.getKey());
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double norm(float[] v) {
        return Math.sqrt(Math.max(Vectors.dot(v, v), 1e-12));
    }
}
