package dev.tidings.story;

import dev.tidings.article.ArticleCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage timeline drawn on a story page: one row per outlet (in the order they first
 * reported), one dot per article placed by its time. Coordinates are computed here so the template
 * only draws.
 */
public record StoryTimeline(int width, int height, List<Row> rows, List<Dot> dots, Instant from, Instant to) {
    static final int LABEL = 150;
    static final int ROW = 26;
    static final int PAD = 14;

    /** An outlet's row: its name and vertical position. */
    public record Row(String outlet, int y) {}

    /** One article on the timeline. */
    public record Dot(int x, int y, ArticleCard article) {}

    public static StoryTimeline of(List<ArticleCard> articles, int width) {
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (ArticleCard a : articles) {
            rowOf.computeIfAbsent(a.sourceTitle(), name -> {
                int y = PAD + rows.size() * ROW + ROW / 2;
                rows.add(new Row(name, y));
                return y;
            });
        }
        Instant from = articles.stream()
                .map(ArticleCard::publishedAt)
                .min(Instant::compareTo)
                .orElse(Instant.EPOCH);
        Instant to = articles.stream()
                .map(ArticleCard::publishedAt)
                .max(Instant::compareTo)
                .orElse(from);
        long span = Math.max(to.toEpochMilli() - from.toEpochMilli(), 1);
        int plot = width - LABEL - 2 * PAD;
        List<Dot> dots = new ArrayList<>();
        for (ArticleCard a : articles) {
            int x = LABEL
                    + PAD
                    + (int) Math.round((a.publishedAt().toEpochMilli() - from.toEpochMilli()) * (double) plot / span);
            dots.add(new Dot(x, rowOf.get(a.sourceTitle()), a));
        }
        return new StoryTimeline(width, PAD * 2 + Math.max(rows.size(), 1) * ROW + 14, rows, dots, from, to);
    }

    public int axisY() {
        return height - 6;
    }

    public int plotStart() {
        return LABEL + PAD;
    }

    public int plotEnd() {
        return width - PAD;
    }
}
