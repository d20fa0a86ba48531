package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingTest {
    private final Grounding g = new Grounding(List.of("The ferry returns in June.", "Tickets cost ten crowns."));

    @Test
    void numbersTheArticleSentences() {
        assertThat(g.numbered()).isEqualTo("[1] The ferry returns in June.\n[2] Tickets cost ten crowns.\n");
    }

    @Test
    void keepsCitedSentencesAndDropsUncitedOrWronglyCitedOnes() {
        var claims = g.claims("The ferry is back in June [1]. It is the best ferry in the world. "
                + "A ticket costs ten crowns [2][1]. Dogs travel free [7].");
        assertThat(claims)
                .extracting(Grounding.Claim::text)
                .containsExactly("The ferry is back in June.", "A ticket costs ten crowns.");
        assertThat(claims.get(1).cites()).containsExactly(1, 0);
    }

    @Test
    void theStreamFilterHandsOnEachClaimOnceItsCitationIsComplete() {
        List<String> seen = new ArrayList<>();
        Grounding.StreamFilter f = g.new StreamFilter(c -> seen.add(c.text()));
        for (String piece : List.of("The fer", "ry is back [", "1", "] Made up. Tick", "ets cost ten [2]")) {
            f.accept(piece);
        }
        assertThat(seen).containsExactly("The ferry is back.");
        assertThat(f.finish())
                .extracting(Grounding.Claim::text)
                .containsExactly("The ferry is back.", "Tickets cost ten.");
        assertThat(seen).hasSize(2);
    }
}
