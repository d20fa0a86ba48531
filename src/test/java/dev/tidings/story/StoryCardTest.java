package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A story card names its first outlets and counts the rest, so a story covered everywhere stays one line. */
class StoryCardTest {
    @Test
    void namesTheFirstFiveOutletsAndCountsTheRest() {
        List<String> eight = List.of("A", "B", "C", "D", "E", "F", "G", "H");
        StoryCard wide = new StoryCard(null, null, eight, 0);
        assertThat(wide.namedOutlets()).containsExactly("A", "B", "C", "D", "E");
        assertThat(wide.unnamedOutlets()).isEqualTo(3);

        StoryCard narrow = new StoryCard(null, null, List.of("A", "B"), 0);
        assertThat(narrow.namedOutlets()).containsExactly("A", "B");
        assertThat(narrow.unnamedOutlets()).isZero();
    }
}
