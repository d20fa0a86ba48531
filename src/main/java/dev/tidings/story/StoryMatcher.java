package dev.tidings.story;

import dev.tidings.nlp.Vectors;
import java.time.Duration;
import java.util.Map;

/**
 * How well an article fits a story: meaning (embedding against the story's centroid) blended with
 * wording (IDF-weighted words against the story's words, where names and numbers tell two events
 * of one topic apart), less a penalty for distance in time when both have dates.
 */
final class StoryMatcher {
    /** Tuning, fixed for every stream (no per-dataset settings). */
    record Params(double embeddingWeight, double threshold, double mergeThreshold, Duration window, double dayPenalty) {
        static final Params DEFAULT = new Params(0.4, 0.42, 0.7, Duration.ofDays(4), 0.03);
    }

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
        return params.embeddingWeight() * emb
                + (1 - params.embeddingWeight()) * lex
                - params.dayPenalty() * Math.max(0, gapDays - 1);
    }

    /** The fit of two stories with each other, for merging. */
    double score(StoryProfile a, StoryProfile b) {
        double emb = Vectors.dot(a.embeddingSum, b.embeddingSum) / (norm(a.embeddingSum) * norm(b.embeddingSum));
        double lex = cosine(a.termSum, b.termSum);
        return params.embeddingWeight() * emb + (1 - params.embeddingWeight()) * lex;
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
