package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Stored word bags read back exactly as written. */
class TermBagTest {
    /** What a stored bag means: pairs split at ';', the weight after the last space, read by Float.parseFloat. */
    private static Map<String, Float> reference(String stored) {
        Map<String, Float> w = new HashMap<>();
        for (String pair : stored.split(";")) {
            int space = pair.lastIndexOf(' ');
            if (space > 0) {
                w.put(pair.substring(0, space), Float.parseFloat(pair.substring(space + 1)));
            }
        }
        return w;
    }

    @Test
    void aBagReadsBackAsWrittenToTheLastBitOfEveryWeight() {
        Random random = new Random(7);
        for (int bag = 0; bag < 2000; bag++) {
            Map<String, Float> weights = new HashMap<>();
            int terms = 1 + random.nextInt(60);
            for (int t = 0; t < terms; t++) {
                float w = random.nextInt(4) == 0 ? random.nextFloat() * 100_000 : random.nextFloat() * 12;
                weights.put("term" + random.nextInt(500), w);
            }
            String stored = new TermBag(weights).format();
            assertThat(TermBag.parse(stored).weights()).as(stored).isEqualTo(reference(stored));
        }
    }

    @Test
    void oddWeightsAndEmptyPairsAreReadAsTheGeneralParserReadsThem() {
        String stored = "a 1;b 0.5;c .25;d 12.;e 12345678.5;f 1e3;g -2.75;;h;new york 3.10; 4.00";
        assertThat(TermBag.parse(stored).weights()).isEqualTo(reference(stored));
        assertThat(TermBag.parse(stored).weights())
                .containsEntry("new york", 3.1f)
                .containsEntry("f", 1000f);
        assertThat(TermBag.parse("").weights()).isEmpty();
        assertThat(TermBag.parse(null).weights()).isEmpty();
    }
}
