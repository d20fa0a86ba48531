package dev.tidings.story;

import dev.tidings.nlp.Embedder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Story clustering in memory, one article at a time with no look-ahead: each article joins the
 * best-fitting story or starts one, and a story that comes to fit another closely absorbs it (the
 * older id lives on; the other redirects to it). The batch command and the evaluation use it; the
 * live system makes the same decisions through {@link StoryMatcher} inside a database transaction.
 */
final class OnlineClusterer {
    private final StoryMatcher matcher;
    private final DocumentFrequencies df;

    private final Map<String, StoryProfile> stories = new LinkedHashMap<>();
    private final Map<String, String> redirects = new HashMap<>();
    private final Map<String, String> storyOfArticle = new HashMap<>();
    private int next = 1;
    private Instant firstDated;
    private static final int CANDIDATES = 40;

    OnlineClusterer(StoryMatcher.Params params) {
        this.df = new DocumentFrequencies();
        this.matcher = new StoryMatcher(params, df);
    }

    StoryMatcher matcher() {
        return matcher;
    }

    /** Assigns the article to a story and returns that story's id at this moment. */
    String add(StoryFeatures f) {
        df.add(f.terms());
        double quietness = quietness(f.published());
        StoryProfile best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<StoryProfile> near = new ArrayList<>();
        for (StoryProfile s : nearest(f)) {
            double score = matcher.score(f, s, quietness);
            if (Double.isNaN(score)) {
                continue;
            }
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
            if (score >= matcher.params().threshold()) {
                near.add(s);
            }
        }
        boolean grew = best != null && bestScore >= matcher.params().threshold();
        if (!grew) {
            best = new StoryProfile("s" + next++, Embedder.DIMENSIONS);
            stories.put(best.id, best);
        }
        best.add(f);
        storyOfArticle.put(f.articleId(), best.id);
        for (StoryProfile other : near) {
            if (other != best
                    && stories.containsKey(other.id)
                    && matcher.score(best, other) >= matcher.params().mergeThreshold()) {
                // the merged story goes on as the one to compare with (it may be the older, other id)
                best = merge(best, other);
            }
        }
        if (grew) {
            for (StoryProfile lone : matcher.takenInByGrowth(best, near, a -> quietness(a.published()))) {
                if (stories.containsKey(lone.id)) {
                    best = merge(best, lone);
                }
            }
        }
        return resolve(best.id);
    }

    /**
     * The stream's {@link StoryMatcher#quietness} at an article's time: the stories whose last article
     * is within a day of it, and how long before it the first dated article came.
     */
    private double quietness(Instant published) {
        if (published == null) {
            return 0;
        }
        if (firstDated == null || published.isBefore(firstDated)) {
            firstDated = published;
        }
        long t = published.toEpochMilli();
        long day = StoryMatcher.SAME_DAY.toMillis();
        int running = 0;
        for (StoryProfile s : stories.values()) {
            if (s.last != null && Math.abs(t - s.last.toEpochMilli()) <= day) {
                running++;
            }
        }
        return StoryMatcher.quietness(running, Duration.between(firstDated, published));
    }

    /**
     * The stories whose centroids are nearest in meaning: only they are scored in full, as the live
     * system scores only the stories of an article's nearest neighbours.
     */
    private List<StoryProfile> nearest(StoryFeatures f) {
        if (stories.size() <= CANDIDATES) {
            return new ArrayList<>(stories.values());
        }
        java.util.PriorityQueue<Map.Entry<Double, StoryProfile>> top =
                new java.util.PriorityQueue<>(Map.Entry.comparingByKey());
        for (StoryProfile s : stories.values()) {
            double sim = dev.tidings.nlp.Vectors.dot(f.embedding(), s.embeddingSum) / s.norm();
            top.add(Map.entry(sim, s));
            if (top.size() > CANDIDATES) {
                top.poll();
            }
        }
        return top.stream().map(Map.Entry::getValue).toList();
    }

    private StoryProfile merge(StoryProfile a, StoryProfile b) {
        StoryProfile keep = ordinal(a.id) < ordinal(b.id) ? a : b;
        StoryProfile gone = keep == a ? b : a;
        keep.absorb(gone);
        stories.remove(gone.id);
        redirects.put(gone.id, keep.id);
        return keep;
    }

    private static int ordinal(String id) {
        return Integer.parseInt(id.substring(1));
    }

    /** The story an article belongs to now, following merges. */
    String storyOf(String articleId) {
        String id = storyOfArticle.get(articleId);
        return id == null ? null : resolve(id);
    }

    String resolve(String storyId) {
        String id = storyId;
        while (redirects.containsKey(id)) {
            id = redirects.get(id);
        }
        return id;
    }

    StoryProfile story(String id) {
        return stories.get(resolve(id));
    }
}
