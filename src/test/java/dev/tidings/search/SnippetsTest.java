package dev.tidings.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    @Test
    void marksEveryMatchAndKeepsTheRestAsPlainText() {
        List<Snippets.Segment> s = Snippets.marked("Rail <b>strike</b> in the north", Set.of("strike"));
        assertThat(s)
                .containsExactly(
                        new Snippets.Segment("Rail <b>", false),
                        new Snippets.Segment("strike", true),
                        new Snippets.Segment("</b> in the north", false));
    }

    @Test
    void marksOtherFormsOfTheWordsAndTheirPossessives() {
        List<Snippets.Segment> s = Snippets.marked("Strikes at Ardenia’s ports", Set.of("strike", "ardenia"));
        assertThat(s)
                .filteredOn(Snippets.Segment::match)
                .extracting(Snippets.Segment::text)
                .containsExactly("Strikes", "Ardenia’s");
    }

    @Test
    void excerptCentresOnTheMatchesWithEllipses() {
        String text = "word ".repeat(200) + "the comet was bright " + "word ".repeat(200);
        List<Snippets.Segment> s = Snippets.excerpt(text, Set.of("comet"), 120);
        assertThat(s.getFirst().text()).startsWith("… ");
        assertThat(s.getLast().text()).endsWith(" …");
        assertThat(s).contains(new Snippets.Segment("comet", true));
        assertThat(s.stream().mapToInt(x -> x.text().length()).sum()).isLessThan(140);
    }
}
