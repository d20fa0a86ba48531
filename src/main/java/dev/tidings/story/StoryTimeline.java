package dev.tidings.story;

import dev.tidings.article.ArticleCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The coverage timeline drawn on a story page: one row per outlet (in the order they first
 * reported), one dot per article placed by its time. Its size is bounded whatever the story's:
 * past {@link #OWN_ROWS} outlets the later ones share a last row, and articles of one row that
 * would overlap are drawn as one dot that counts them. Coordinates are computed here so the
 * template only draws.
 */
public record StoryTimeline(int width, int height, List<Row> rows, List<Dot> dots, Instant from, Instant to) {
    /* The outlets' names take this much of the width, or a third of a narrow timeline's. */
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

        /** What a numbered dot shows: its count, or "99+" past 99. */
        public String label() {
            return count > 99 ? "99+" : Integer.toString(count);
        }

        /** Whether the label is three characters, which the dot fits only in smaller type. */
        public boolean wideLabel() {
            return count > 99;
        }
    }

    /**
     * The timeline of a story's coverage; {@code cards} gives the cards of the articles its dots
     * link to (one per dot, however many articles the dot counts) by their place in storage order.
     */
    public static StoryTimeline of(
            StoryCoverage coverage, int width, Function<List<Long>, Map<Long, ArticleCard>> cards) {
        List<StoryCoverage.Item> items = coverage.items();
        Map<Long, Integer> outletRow = new LinkedHashMap<>();
        for (StoryCoverage.Item i : items) {
            outletRow.putIfAbsent(i.sourceId(), outletRow.size());
        }
        int shared = outletRow.size() > OWN_ROWS + 1 ? OWN_ROWS : -1;
        List<Row> rows = new ArrayList<>();
        for (var outlet : outletRow.entrySet()) {
            if (shared < 0 || outlet.getValue() < shared) {
                rows.add(new Row(coverage.outletNames().getOrDefault(outlet.getKey(), ""), y(outlet.getValue())));
            }
        }
        if (shared >= 0) {
            rows.add(new Row((outletRow.size() - shared) + " other outlets", y(shared)));
        }
        Instant from = items.isEmpty() ? Instant.EPOCH : items.getFirst().publishedAt();
        Instant to = items.isEmpty() ? from : items.getLast().publishedAt();
        long span = Math.max(to.toEpochMilli() - from.toEpochMilli(), 1);
        int label = labelWidth(width);
        int plot = width - label - 2 * PAD;
        // the items come oldest first, so each row's do too
        Map<Integer, List<StoryCoverage.Item>> byRow = new LinkedHashMap<>();
        for (StoryCoverage.Item i : items) {
            int row = outletRow.get(i.sourceId());
            byRow.computeIfAbsent(shared >= 0 ? Math.min(row, shared) : row, r -> new ArrayList<>())
                    .add(i);
        }
        List<Group> groups = new ArrayList<>();
        byRow.forEach((row, inRow) -> {
            Group group = null;
            for (StoryCoverage.Item i : inRow) {
                int x = label
                        + PAD
                        + (int) Math.round(
                                (i.publishedAt().toEpochMilli() - from.toEpochMilli()) * (double) plot / span);
                if (group == null || x - group.x >= OVERLAP) {
                    group = new Group(i, x, row);
                    groups.add(group);
                }
                group.count++;
                group.last = i.publishedAt();
            }
        });
        Map<Long, ArticleCard> linked =
                cards.apply(groups.stream().map(g -> g.first.articleSeq()).toList());
        List<Dot> dots = groups.stream()
                .filter(g -> linked.containsKey(g.first.articleSeq()))
                .map(g -> new Dot(
                        g.x,
                        y(g.row),
                        linked.get(g.first.articleSeq()),
                        g.count,
                        g.last,
                        rows.get(g.row).label()))
                .toList();
        return new StoryTimeline(width, PAD * 2 + Math.max(rows.size(), 1) * ROW + 14, rows, dots, from, to);
    }

    /** The articles of one row that one dot will stand for, from the first of them. */
    private static final class Group {
        final StoryCoverage.Item first;
        final int x;
        final int row;
        int count;
        Instant last;

        Group(StoryCoverage.Item first, int x, int row) {
            this.first = first;
            this.x = x;
            this.row = row;
        }
    }

    private static int y(int row) {
        return PAD + row * ROW + ROW / 2;
    }

    /**
     * The story's first report: the earliest article a dot stands for that is not opinion (a column
     * is not a report), else the first dot's (the first outlet's row comes first, and its earliest
     * dot); null for a story with none.
     */
    public ArticleCard firstReport() {
        ArticleCard first = dots.isEmpty() ? null : dots.getFirst().article();
        return dots.stream()
                .map(Dot::article)
                .filter(a -> !a.opinion())
                .min(java.util.Comparator.comparing(ArticleCard::publishedAt))
                .orElse(first);
    }

    /** Whether some dot stands for several articles. */
    public boolean crowded() {
        return dots.stream().anyMatch(Dot::many);
    }

    public int axisY() {
        return height - 6;
    }

    public int plotStart() {
        return labelWidth(width) + PAD;
    }

    private static int labelWidth(int width) {
        return Math.min(LABEL, width / 3);
    }

    public int plotEnd() {
        return width - PAD;
    }
}
