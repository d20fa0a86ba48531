package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.nlp.Embedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The batch clusterer with its embedding workers, through the real model. */
class StoryBatchTest {
    private static final String[] EVENTS = {
        "Rail workers strike over pay|Train drivers walked out across the country after wage talks collapsed.",
        "Floods close the valley road|Heavy rain flooded the valley road and the council closed it overnight.",
        "Central bank holds rates|The central bank kept its main interest rate unchanged for a third month.",
        "Team wins the cup final|The home side won the cup final with a late goal in extra time.",
        "Volcano erupts near the coast|Lava and ash poured from the volcano as villages near the coast were evacuated."
    };

    static Embedder embedder;

    @BeforeAll
    static void load() {
        embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    /** More articles than two chunks, so several chunks are embedded ahead while others are clustered. */
    private static List<BatchArticle> stream() {
        List<BatchArticle> items = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            String[] e = EVENTS[i % EVENTS.length].split("\\|");
            items.add(new BatchArticle(
                    "a" + i, e[0] + " (report " + i + ")", e[1], null, "outlet-" + (i % 4), "e" + (i % EVENTS.length)));
        }
        return items;
    }

    @Test
    void workersDeliverEveryArticleOnceInInputOrderWithTheSameStories() {
        List<BatchArticle> items = stream();
        StoryBatch.Clustered one = new StoryBatch(new Features(embedder), 1).run(items, null);
        StoryBatch.Clustered three = new StoryBatch(new Features(embedder), 3).run(items, null);
        List<String> ids = items.stream().map(BatchArticle::id).toList();
        assertThat(one.features()).extracting(StoryFeatures::articleId).isEqualTo(ids);
        assertThat(three.features()).extracting(StoryFeatures::articleId).isEqualTo(ids);
        assertThat(three.stories()).isEqualTo(one.stories());
        for (int i = 0; i < items.size(); i++) {
            assertThat(three.features().get(i).embedding())
                    .containsExactly(one.features().get(i).embedding());
        }
        // the synthetic events are far apart: each becomes one story
        assertThat(one.stories().values().stream().distinct()).hasSize(EVENTS.length);
    }
}
