package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.article.ArticleCard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The story page's timeline: one dot per article while they fit, and a bounded drawing when they do not. */
class StoryTimelineTest {
    private static final Instant T0 = Instant.parse("2026-11-28T06:00:00Z");
    private static final int WIDTH = 720;

    @Test
    void aSmallStoryHasARowPerOutletAndADotPerArticle() {
        List<ArticleCard> cards =
                List.of(card("a", "Harbour Times", 0), card("b", "Metro Wire", 120), card("c", "Harbour Times", 600));
        StoryTimeline t = timeline(cards);
        assertThat(t.rows()).extracting(StoryTimeline.Row::label).containsExactly("Harbour Times", "Metro Wire");
        assertThat(t.dots()).extracting(d -> d.article().id()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(t.dots()).noneMatch(StoryTimeline.Dot::many);
        assertThat(t.crowded()).isFalse();
        assertThat(t.firstReport().id()).isEqualTo("a");
        StoryTimeline.Dot first = t.dots().stream()
                .filter(d -> d.article().id().equals("a"))
                .findFirst()
                .orElseThrow();
        StoryTimeline.Dot last = t.dots().stream()
                .filter(d -> d.article().id().equals("c"))
                .findFirst()
                .orElseThrow();
        assertThat(first.x()).isEqualTo(t.plotStart());
        assertThat(last.x()).isEqualTo(t.plotEnd());
        assertThat(first.y()).isEqualTo(last.y());
    }

    @Test
    void aPhonesNarrowTimelineGivesTheNamesAThirdAndKeepsEveryArticle() {
        List<ArticleCard> cards = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            cards.add(card("a" + i, "Outlet " + (i % 3), i * 5));
        }
        StoryTimeline narrow = timeline(cards, 360);
        assertThat(narrow.plotStart()).isEqualTo(360 / 3 + StoryTimeline.PAD);
        assertThat(narrow.plotEnd()).isEqualTo(360 - StoryTimeline.PAD);
        assertThat(narrow.dots()).allMatch(d -> d.x() >= narrow.plotStart() && d.x() <= narrow.plotEnd());
        assertThat(narrow.dots().stream().mapToInt(StoryTimeline.Dot::count).sum())
                .isEqualTo(60);
        assertThat(narrow.dots().size()).isLessThan(timeline(cards).dots().size());
    }

    @Test
    void manyOutletsShareALastRowAndArticlesCloseInTimeShareADot() {
        List<ArticleCard> cards = new ArrayList<>();
        // 30 outlets, each with 40 articles over two days, some minutes apart
        for (int i = 0; i < 1200; i++) {
            cards.add(card("a" + i, "Outlet " + (i % 30), i * 2));
        }
        StoryTimeline t = timeline(cards);
        assertThat(t.rows()).hasSize(StoryTimeline.OWN_ROWS + 1);
        assertThat(t.rows().getFirst().label()).isEqualTo("Outlet 0");
        assertThat(t.rows().getLast().label()).isEqualTo("18 other outlets");
        assertThat(t.height()).isLessThan(400);

        assertThat(t.dots().stream().mapToInt(StoryTimeline.Dot::count).sum())
                .as("every article is on the drawing once")
                .isEqualTo(1200);
        int perRow = (t.plotEnd() - t.plotStart()) / StoryTimeline.OVERLAP + 1;
        assertThat(t.dots()).hasSizeLessThanOrEqualTo(t.rows().size() * perRow);
        assertThat(t.dots()).anyMatch(StoryTimeline.Dot::many);
        assertThat(asked)
                .as("the cards read are the dots' own, not every article's")
                .hasSize(t.dots().size());
        assertThat(t.firstReport().id()).isEqualTo("a0");
        for (var row : t.rows()) {
            List<Integer> xs = t.dots().stream()
                    .filter(d -> d.y() == row.y())
                    .map(StoryTimeline.Dot::x)
                    .sorted()
                    .toList();
            for (int i = 1; i < xs.size(); i++) {
                assertThat(xs.get(i) - xs.get(i - 1))
                        .as("dots of one row do not touch")
                        .isGreaterThanOrEqualTo(StoryTimeline.OVERLAP);
            }
        }
        StoryTimeline.Dot shared = t.dots().stream()
                .filter(d -> d.y() == t.rows().getLast().y())
                .findFirst()
                .orElseThrow();
        assertThat(shared.row()).isEqualTo("18 other outlets");
        assertThat(shared.last()).isAfterOrEqualTo(shared.article().publishedAt());
    }

    @Test
    void thirteenOutletsKeepARowEachRatherThanOneOfOneOther() {
        List<ArticleCard> cards = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            cards.add(card("a" + i, "Outlet " + i, i * 60));
        }
        assertThat(timeline(cards).rows()).hasSize(13).noneMatch(r -> r.label().endsWith("other outlets"));
    }

    /** The cards the timeline asked for, last time. */
    private final List<Long> asked = new ArrayList<>();

    /**
     * The timeline of these cards (oldest first), which it reads as a story's coverage: each
     * card's place in the list stands for its place in storage order.
     */
    private StoryTimeline timeline(List<ArticleCard> cards) {
        return timeline(cards, WIDTH);
    }

    private StoryTimeline timeline(List<ArticleCard> cards, int width) {
        Map<Long, String> names = new HashMap<>();
        List<StoryCoverage.Item> items = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            ArticleCard c = cards.get(i);
            names.put(c.sourceId(), c.sourceTitle());
            items.add(new StoryCoverage.Item(i, c.sourceId(), c.publishedAt()));
        }
        asked.clear();
        return StoryTimeline.of(new StoryCoverage(items, names), width, seqs -> {
            asked.addAll(seqs);
            Map<Long, ArticleCard> found = new HashMap<>();
            seqs.forEach(seq -> found.put(seq, cards.get(seq.intValue())));
            return found;
        });
    }

    @Test
    void theFirstReportIsNotAnOpinionPiece() {
        ArticleCard column = new ArticleCard(
                "c", "en", "A view", "Lead", T0, "Civic Voice".hashCode(), "Civic Voice", "civic-voice", true);
        StoryTimeline t = timeline(List.of(column, card("r", "Metro Wire", 40), card("s", "Harbour Times", 90)));
        assertThat(t.firstReport().id()).isEqualTo("r");
        assertThat(timeline(List.of(column)).firstReport().id())
                .as("a story of one column")
                .isEqualTo("c");
    }

    private static ArticleCard card(String id, String outlet, int minutes) {
        return new ArticleCard(
                id,
                "en",
                "Headline " + id,
                "Lead " + id,
                T0.plus(Duration.ofMinutes(minutes)),
                outlet.hashCode(),
                outlet,
                outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                false);
    }
}
