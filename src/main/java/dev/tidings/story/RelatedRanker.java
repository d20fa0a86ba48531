package dev.tidings.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders related coverage for one article: its own story's other articles first (other outlets
 * before its own outlet's, each group closest first), then the closest articles of other stories, a
 * few per story so one big story does not crowd out the rest. Never the article itself. Other
 * stories' articles are ranked with their hubness taken off ({@link Neighbourhoods}), so an article
 * close to everything does not crowd every list.
 *
 * <p>An article of another story that is nearly as close as a story match is not held back by
 * that limit: it is most likely coverage of this very event that the clusterer kept apart (a story
 * split in two), and hiding it would hide the coverage the reader came for. On the development
 * streams the limit alone cost ECB+ 0.008 P@5 and 0.013 nDCG@10 (docs/benchmarks.md).
 */
final class RelatedRanker {
    static final int PER_OTHER_STORY = 3;

    /*
     * Where other stories' candidates come from, on the page and in batch related alike: the articles
     * nearest in meaning within a week either side, at least this close. The page had 40 and 0.35
     * while the batch had 50 and 0.3; on the development streams 50 and 0.3 rank better (allsides
     * P@5 0.3486 against 0.3462, nDCG@10 0.8677 against 0.8613).
     */
    static final int CANDIDATES = 50;
    static final double MIN_CANDIDATE_COSINE = 0.3;
    static final java.time.Duration WINDOW = java.time.Duration.ofDays(7);

    /** The blended similarity from which another story's article counts as this event's coverage. */
    static final double NEAR_SAME_EVENT = 0.35;

    private RelatedRanker() {}

    /**
     * A possible related article: its story, its outlet, how close it is to the article, and how
     * close it is to everything ({@link Neighbourhoods}; 0 where that is not known or not needed).
     */
    record Candidate(String articleId, String story, String source, double similarity, double hubness) {
        Candidate(String articleId, String story, String source, double similarity) {
            this(articleId, story, source, similarity, 0);
        }

        /** Closeness to the article less half the candidate's closeness to everything. */
        double corrected() {
            return similarity - hubness / 2;
        }
    }

    static List<String> rank(String articleId, String story, String source, List<Candidate> candidates, int limit) {
        List<Candidate> same = new ArrayList<>();
        List<Candidate> other = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(articleId);
        for (Candidate c : candidates) {
            if (!seen.add(c.articleId())) {
                continue;
            }
            if (story != null && story.equals(c.story())) {
                same.add(c);
            } else {
                other.add(c);
            }
        }
        Comparator<Candidate> closest =
                Comparator.comparingDouble(Candidate::similarity).reversed();
        same.sort(Comparator.comparing((Candidate c) -> source != null && source.equals(c.source()))
                .thenComparing(closest));
        other.sort(Comparator.comparingDouble(Candidate::corrected).reversed());
        List<String> out = new ArrayList<>(limit);
        for (Candidate c : same) {
            if (out.size() == limit) {
                return out;
            }
            out.add(c.articleId());
        }
        Map<String, Integer> perStory = new HashMap<>();
        for (Candidate c : other) {
            if (out.size() == limit) {
                break;
            }
            if (c.story() == null
                    || c.similarity() >= NEAR_SAME_EVENT
                    || perStory.merge(c.story(), 1, Integer::sum) <= PER_OTHER_STORY) {
                out.add(c.articleId());
            }
        }
        return out;
    }
}
