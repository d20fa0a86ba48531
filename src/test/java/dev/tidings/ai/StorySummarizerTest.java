package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorySummarizerTest {
    @Test
    void separatesWhatAllOutletsReportFromWhatOnlySomeReportOrReportDifferently() {
        var harbour = new Passage(
                "Harbour Times",
                "Ferry restored",
                "The Harbour Council voted on Tuesday to restore the night ferry between Grenby and Vell. "
                        + "The ferry will run four times a week from June. "
                        + "Island shopkeepers had complained that visitors left before evening trade began.");
        var metro = new Passage(
                "Metro Wire",
                "Night ferry returns",
                "Grenby's Harbour Council voted Tuesday to restore the night ferry to Vell. "
                        + "The ferry will run five times a week from June. "
                        + "Critics argued that the money should go to road repairs instead.");
        var northwind = new Passage(
                "Northwind Post",
                "Vell gets its night boat back",
                "The night ferry between Grenby and Vell will be restored after the Harbour Council voted on Tuesday. "
                        + "Children under twelve will travel free on the ferry.");

        StorySummary s = new StorySummarizer().summarize(List.of(harbour, metro, northwind));

        assertThat(s.allReport()).isNotEmpty();
        StorySummary.Point common = s.allReport().getFirst();
        assertThat(common.sentence()).contains("night ferry").contains("voted");
        assertThat(common.outlets()).containsExactly("Harbour Times", "Metro Wire", "Northwind Post");

        assertThat(s.someReport())
                .anySatisfy(p -> {
                    assertThat(p.sentence()).contains("times a week");
                    assertThat(p.outlets()).containsExactly("Harbour Times", "Metro Wire");
                    assertThat(p.differs()).isTrue();
                })
                .anySatisfy(p -> {
                    assertThat(p.sentence()).contains("road repairs");
                    assertThat(p.outlets()).containsExactly("Metro Wire");
                });
    }
}
