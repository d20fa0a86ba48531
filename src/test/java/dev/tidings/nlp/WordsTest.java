package dev.tidings.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading only the first words of a text gives exactly the start of the whole text's words. */
class WordsTest {

    @Test
    void theFirstWordsAreTheStartOfAllTheWords() {
        String text = "O'Neill said the 4.75% rise was \"fair\". Ferries to Vell run again: the Harbour Council"
                + " voted 7-2 on Tuesday. Will fares rise? The mayor, Ms Anneliese Voss, said no.\nNew timetable"
                + " from June; well-known routes stay.";
        assertPrefixes(text);
        Random random = new Random(3);
        String[] pieces = {
            "Harbour",
            "ferry",
            "4.75",
            "O'Neill",
            "well-known",
            ". ",
            "? ",
            ": ",
            "\n",
            "\"",
            "“",
            " ",
            " ",
            ", ",
            "the",
            "Vell",
            "7-2",
            "—",
            "é",
            "Æsir"
        };
        for (int t = 0; t < 200; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < random.nextInt(80); i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            assertPrefixes(b.toString());
        }
    }

    private static void assertPrefixes(String text) {
        List<Words.Word> all = Words.of(text);
        for (int limit = 0; limit <= all.size() + 2; limit++) {
            assertThat(Words.of(text, limit)).isEqualTo(all.subList(0, Math.min(limit, all.size())));
        }
    }
}
