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
 * few per story so one big story does not crowd out the rest. Never the article itself.
 */
final class RelatedRanker {
    static final int PER_OTHER_STORY = 3;

    private RelatedRanker() {}

    /** A possible related article: its story, its outlet and how close it is to the article. */
    record Candidate(String articleId, String story, String source, double similarity) {}

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
        other.sort(closest);
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
            if (c.story() == null || perStory.merge(c.story(), 1, Integer::sum) <= PER_OTHER_STORY) {
                out.add(c.articleId());
            }
        }
        return out;
    }
}
