package dev.tidings.story;

import dev.tidings.article.ArticleCard;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The home page's top stories: recent stories ranked by how many outlets cover them, how recently
 * and how fast they are growing (articles in the last hours).
 */
public final class TopStories {
    private static final Duration WINDOW = Duration.ofDays(3);
    private static final Duration GROWTH = Duration.ofHours(6);
    private static final int CANDIDATES = 300;

    private final StoryRepository stories;

    public TopStories(StoryRepository stories) {
        this.stories = stories;
    }

    public List<StoryCard> top(Instant now, int limit) {
        List<Story> recent = stories.recent(now.minus(WINDOW), CANDIDATES);
        if (recent.isEmpty()) {
            recent = stories.recent(Instant.EPOCH, CANDIDATES);
        }
        List<Long> ids = recent.stream().map(Story::id).toList();
        Map<Long, Integer> growth = stories.articlesSince(ids, now.minus(GROWTH));
        List<Story> ranked = recent.stream()
                .sorted(Comparator.comparingDouble((Story s) -> score(s, growth.getOrDefault(s.id(), 0), now))
                        .reversed()
                        .thenComparing(Story::lastPublished, Comparator.reverseOrder()))
                .limit(limit)
                .toList();
        Map<Long, List<String>> outlets =
                stories.outlets(ranked.stream().map(Story::id).toList());
        Map<String, ArticleCard> leads = stories
                .cards(ranked.stream().map(Story::leadArticleId).toList())
                .stream()
                .collect(Collectors.toMap(ArticleCard::id, Function.identity()));
        return ranked.stream()
                .filter(s -> leads.containsKey(s.leadArticleId()))
                .map(s -> new StoryCard(
                        s,
                        leads.get(s.leadArticleId()),
                        outlets.getOrDefault(s.id(), List.of()),
                        growth.getOrDefault(s.id(), 0)))
                .toList();
    }

    /** Outlets count most; a story loses about one outlet's worth of standing every 12 hours of quiet. */
    static double score(Story s, int recentArticles, Instant now) {
        double hoursQuiet = Math.max(0, Duration.between(s.lastPublished(), now).toMinutes() / 60.0);
        return s.outletCount()
                + 0.3 * Math.log1p(s.articleCount())
                + 0.5 * Math.min(recentArticles, 6)
                - hoursQuiet / 12.0;
    }
}
