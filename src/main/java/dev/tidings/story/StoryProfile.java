package dev.tidings.story;

import dev.tidings.nlp.Vectors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story as the clusterer sees it: the sum of its members' embeddings and words, its outlets and
 * the span of time it covers. Built from members, so any node can rebuild it from the database.
 */
final class StoryProfile {
    final String id;
    final float[] embeddingSum;
    final Map<String, Float> termSum = new HashMap<>();
    final Set<String> sources = new HashSet<>();
    final List<StoryFeatures> members = new ArrayList<>();
    Instant first;
    Instant last;
    /** The length of {@link #embeddingSum}, kept up to date as members are added. */
    private double embeddingNorm = Math.sqrt(1e-12);
    /** {@link #termSum} set up for weighing, made when first needed after a member joins. */
    private DocumentFrequencies.Bag weighedTerms;

    StoryProfile(String id, int dimensions) {
        this.id = id;
        this.embeddingSum = new float[dimensions];
    }

    void add(StoryFeatures f) {
        members.add(f);
        float[] e = f.embedding();
        for (int i = 0; i < e.length; i++) {
            embeddingSum[i] += e[i];
        }
        embeddingNorm = Math.sqrt(Math.max(Vectors.dot(embeddingSum, embeddingSum), 1e-12));
        double termSquares = 0;
        for (float w : f.terms().weights().values()) {
            termSquares += w * w;
        }
        float inv = termSquares == 0 ? 0 : (float) (1 / Math.sqrt(termSquares));
        f.terms().weights().forEach((t, w) -> termSum.merge(t, w * inv, Float::sum));
        weighedTerms = null;
        if (f.source() != null) {
            sources.add(f.source());
        }
        if (f.published() != null) {
            if (first == null || f.published().isBefore(first)) {
                first = f.published();
            }
            if (last == null || f.published().isAfter(last)) {
                last = f.published();
            }
        }
    }

    void absorb(StoryProfile other) {
        for (StoryFeatures f : other.members) {
            add(f);
        }
    }

    /**
     * The length of the story's IDF-weighted word sum. A story is weighed against every article near
     * it, and its words change only when one joins; looking its thousand-odd words up for each of
     * them was most of the clustering's time on long articles.
     */
    double weightedTermNorm(DocumentFrequencies df) {
        if (weighedTerms == null || !weighedTerms.of(df)) {
            weighedTerms = df.bag(termSum);
        }
        return weighedTerms.weightedNorm();
    }

    double norm() {
        return embeddingNorm;
    }

    int size() {
        return members.size();
    }
}
