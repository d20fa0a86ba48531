package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NeighbourhoodsTest {
    @Test
    void hubnessIsTheMeanOfTheTenClosestSeenFromEitherSide() {
        Neighbourhoods n = new Neighbourhoods();
        assertThat(n.hubness("hub")).as("no neighbour yet").isZero();
        n.link("hub", "a", 0.5);
        n.link("b", "hub", 0.3);
        assertThat(n.hubness("hub")).isCloseTo(0.4, within(1e-9));
        assertThat(n.hubness("a")).isCloseTo(0.5, within(1e-9));
        for (int i = 0; i < 20; i++) {
            n.link("hub", "x" + i, i / 20.0);
        }
        // the ten closest are 0.95 … 0.50 (0.5 twice: x10 and a)
        double expected = (0.95 + 0.90 + 0.85 + 0.80 + 0.75 + 0.70 + 0.65 + 0.60 + 0.55 + 0.50) / 10;
        assertThat(n.hubness("hub")).isCloseTo(expected, within(1e-9));
    }
}
