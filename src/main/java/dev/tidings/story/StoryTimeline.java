package dev.tidings.story;

import dev.tidings.article.ArticleCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage timeline drawn on a story page: one row per outlet (in the order they first
 * reported), one dot per article placed by its time. Its size is bounded whatever the story's:
 * past {@link #OWN_ROWS} outlets the later ones share a last row, and articles of one row that
 * would overlap are drawn as one dot that counts them. Coordinates are computed here so the
 * template only draws.
 */
public record StoryTimeline(int width, int height, List<Row> rows, List<Dot> dots, Instant from, Instant to) {
    static final int LABEL = 150;
    static final int ROW = 26;
    static final int PAD = 14;
    /** Outlets with a row of their own; with more, the rest share one more row. */
    static final int OWN_ROWS = 12;
    /**
     * Dots of one row closer than this become one, drawn where the first of them is: wider than a
     * numbered dot (18 pixels), so no two dots of a row touch.
     */
    static final int OVERLAP = 20;

    /** A row: an outlet's name (or how many others share it) and its vertical position. */
    public record Row(String label, int y) {}

    /**
     * What one dot stands for: an article, or {@code count} articles of its row published from
     * {@code article}'s time to {@code last}.
     */
    public record Dot(int x, int y, ArticleCard article, int count, Instant last, String row) {
        public boolean many() {
            return count > 1;
        }
    }

    /** The timeline of these articles, oldest first. */
    public static StoryTimeline of(List<ArticleCard> articles, int width) {
        Map<String, Integer> outletRow = new LinkedHashMap<>();
        for (ArticleCard a : articles) {
            outletRow.putIfAbsent(a.sourceTitle(), outletRow.size());
        }
        int shared = outletRow.size() > OWN_ROWS + 1 ? OWN_ROWS : -1;
        List<Row> rows = new ArrayList<>();
        for (var outlet : outletRow.entrySet()) {
            if (shared < 0 || outlet.getValue() < shared) {
                rows.add(new Row(outlet.getKey(), y(outlet.getValue())));
            }
        }
        if (shared >= 0) {
            rows.add(new Row((outletRow.size() - shared) + " other outlets", y(shared)));
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
        Map<Integer, List<ArticleCard>> byRow = new LinkedHashMap<>();
        for (ArticleCard a : articles) {
            int row = outletRow.get(a.sourceTitle());
            byRow.computeIfAbsent(shared >= 0 ? Math.min(row, shared) : row, r -> new ArrayList<>())
                    .add(a);
        }
        List<Dot> dots = new ArrayList<>();
        byRow.forEach((row, inRow) -> {
            String label = rows.get(row).label();
            int firstX = -1;
            List<ArticleCard> group = new ArrayList<>();
            for (ArticleCard a : inRow.stream()
                    .sorted(Comparator.comparing(ArticleCard::publishedAt))
                    .toList()) {
                int x = LABEL
                        + PAD
                        + (int) Math.round(
                                (a.publishedAt().toEpochMilli() - from.toEpochMilli()) * (double) plot / span);
                if (!group.isEmpty() && x - firstX >= OVERLAP) {
                    dots.add(dot(group, firstX, y(row), label));
                    group.clear();
                }
                if (group.isEmpty()) {
                    firstX = x;
                }
                group.add(a);
            }
            dots.add(dot(group, firstX, y(row), label));
        });
        return new StoryTimeline(width, PAD * 2 + Math.max(rows.size(), 1) * ROW + 14, rows, dots, from, to);
    }

    private static Dot dot(List<ArticleCard> group, int x, int y, String row) {
        return new Dot(x, y, group.getFirst(), group.size(), group.getLast().publishedAt(), row);
    }

    private static int y(int row) {
        return PAD + row * ROW + ROW / 2;
    }

    /** Whether some dot stands for several articles. */
    public boolean crowded() {
        return dots.stream().anyMatch(Dot::many);
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
