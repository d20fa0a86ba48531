package dev.tidings.story;

import java.time.Duration;
import java.time.Instant;
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
 *
 * <p>Other stories' articles published close in time to the article rank a little higher: among
 * articles alike in text, one from the same day or the next is more often more coverage of this
 * event (split off by the clusterer, or told another way) than one from a week before. The same
 * closeness counts towards exempting an article from its story's limit.
 */
final class RelatedRanker {
    static final int PER_OTHER_STORY = 3;

    /*
     * Where other stories' candidates come from, on the page and in batch related alike: the articles
     * nearest in meaning within a week either side, at least this close. Coverage of one event told
     * in other words can be far down that list and is brought up by the shared names in the blend, so
     * the list is long: 100 from 0.2 rank better than 50 from 0.3 on every development stream and
     * pace (allsides P@5 +0.002 to +0.007; docs/benchmarks.md, session 8) for about 2 ms more per
     * page at 100,000 articles (p50 2.9 → 5.0 ms, p99 4.5–5.0 → 6.7–8.3 ms).
     */
    static final int CANDIDATES = 100;
    static final double MIN_CANDIDATE_COSINE = 0.2;
    static final Duration WINDOW = Duration.ofDays(7);

    /** The blended similarity from which another story's article counts as this event's coverage. */
    static final double NEAR_SAME_EVENT = 0.35;

    /*
     * Another story's article is shown only from this blended similarity up, however short the list.
     * The hubness correction lifts an article close to nothing (a theatre review under a ceasefire
     * report, in a small newsroom) above a related one that is close to much; an empty place is
     * better than that. On the development streams, undated and dated, this costs at most 0.0003 in
     * P@5 or nDCG@10 and gains up to 0.0007 (docs/benchmarks.md, session 10); 0.15 cost up to 0.0034.
     */
    static final double MIN_RELATED = 0.12;

    /*
     * Above that floor, another story's article must also be alike in meaning (its embedding's
     * cosine at least RELATED_MEANING) or share enough words to make up for it (blend at least
     * RELATED_BLEND). In a small newsroom a lone article's nearest are barely alike in either, and one
     * shared word passes for kinship: under a rail strike, "Constitutional Court strikes down…"
     * (cosine 0.22, blend 0.12). On the demo this leaves out 65 of the 337 other stories' articles
     * shown, nearly all such filler. On the development streams it turns away about a thousand
     * candidates, six in a thousand of them of the article's own story: P@5 and nDCG@10 within
     * 0.0002 undated and at a week's pace, at most 0.0008 and 0.0016 lower in quiet streams of a
     * month or a year (docs/benchmarks.md, session 28).
     */
    static final double RELATED_MEANING = 0.25;
    static final double RELATED_BLEND = 0.16;

    /*
     * What closeness in time adds to another story's article: this much at the same moment, fading
     * linearly to nothing over SAME_TIME_SPAN. Measured on dated simulations of the development
     * streams (docs/benchmarks.md, session 8): allsides P@5 +0.001 to +0.013, nDCG@10 +0.003 to
     * +0.027 at every pace tried, ECB+ +0.000 to +0.002; undated streams are unchanged.
     */
    static final double SAME_TIME_BONUS = 0.1;
    static final Duration SAME_TIME_SPAN = Duration.ofDays(3);

    private RelatedRanker() {}

    /**
     * A possible related article: its story, its outlet, how close it is to the article (the
     * matcher's blend, and of that the embeddings' cosine alone), how close it is to everything
     * ({@link Neighbourhoods}; 0 where that is not known or not needed), and how far apart the two
     * were published, in days (NaN where either has no date).
     */
    record Candidate(
            String articleId,
            String story,
            String source,
            double similarity,
            double meaning,
            double hubness,
            double gapDays) {
        Candidate(String articleId, String story, String source, double similarity, double meaning) {
            this(articleId, story, source, similarity, meaning, 0, Double.NaN);
        }

        /** Close enough to be shown as another story's related article. */
        boolean related() {
            return similarity >= MIN_RELATED && (meaning >= RELATED_MEANING || similarity >= RELATED_BLEND);
        }

        /** Closeness to the article, in text and in time. */
        double nearness() {
            return similarity + sameTimeBonus(gapDays);
        }

        /** That closeness less half the candidate's closeness to everything. */
        double corrected() {
            return nearness() - hubness / 2;
        }
    }

    /** The days between two publication times, NaN when either is unknown. */
    static double gapDays(Instant a, Instant b) {
        if (a == null || b == null) {
            return Double.NaN;
        }
        return Math.abs(a.toEpochMilli() - b.toEpochMilli()) / 86_400_000.0;
    }

    /** What {@code gapDays} apart in time adds to another story's article (nothing when unknown). */
    static double sameTimeBonus(double gapDays) {
        if (Double.isNaN(gapDays)) {
            return 0;
        }
        double span = SAME_TIME_SPAN.toHours() / 24.0;
        return SAME_TIME_BONUS * Math.max(0, 1 - gapDays / span);
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
            if (!c.related()) {
                continue;
            }
            if (c.story() == null
                    || c.nearness() >= NEAR_SAME_EVENT
                    || perStory.merge(c.story(), 1, Integer::sum) <= PER_OTHER_STORY) {
                out.add(c.articleId());
            }
        }
        return out;
    }
}
