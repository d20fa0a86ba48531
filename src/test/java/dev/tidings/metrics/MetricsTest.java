package dev.tidings.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry's figures, written as Prometheus reads them. */
class MetricsTest {
    @Test
    void countersCountPerLabelValuesAndAreWrittenWithHelpAndType() {
        Metrics m = new Metrics();
        Metrics.Counter pages = m.counter("pages_total", "Pages by outcome.", "outcome");
        pages.inc("stored");
        pages.inc("stored");
        pages.inc("failed");
        assertThat(pages.get("stored")).isEqualTo(2);
        assertThat(pages.get("retry")).isZero();
        assertThat(m.scrape())
                .isEqualTo("# HELP pages_total Pages by outcome.\n"
                        + "# TYPE pages_total counter\n"
                        + "pages_total{outcome=\"failed\"} 1\n"
                        + "pages_total{outcome=\"stored\"} 2\n");
    }

    @Test
    void aHistogramsBucketsAreCumulativeAndEndInInfinity() {
        Metrics m = new Metrics();
        Metrics.Histogram h = m.histogram("took_seconds", "Time taken.", new double[] {0.1, 1}, "route");
        h.observe(0.05, "/a");
        h.observe(0.1, "/a"); // on a bound: counted in that bucket
        h.observe(0.5, "/a");
        h.observe(7, "/a");
        assertThat(m.scrape())
                .contains("# TYPE took_seconds histogram\n")
                .contains("took_seconds_bucket{route=\"/a\",le=\"0.1\"} 2\n")
                .contains("took_seconds_bucket{route=\"/a\",le=\"1\"} 3\n")
                .contains("took_seconds_bucket{route=\"/a\",le=\"+Inf\"} 4\n")
                .contains("took_seconds_sum{route=\"/a\"} 7.65\n")
                .contains("took_seconds_count{route=\"/a\"} 4\n");
    }

    @Test
    void gaugesAreReadWhenScrapedAndOneThatFailsIsLeftOut() {
        Metrics m = new Metrics();
        int[] calls = {0};
        m.gauge("threads", "Live threads.", () -> (double) ++calls[0]);
        m.gauge("broken", "A database that is away.", () -> {
            throw new IllegalStateException("connection refused");
        });
        m.gauge("feeds", "Feeds by status.", "status", () -> Map.of("ok", 3.0, "error", 1.0));
        String first = m.scrape();
        assertThat(first).contains("threads 1\n").doesNotContain("broken");
        assertThat(first).contains("feeds{status=\"error\"} 1\nfeeds{status=\"ok\"} 3\n");
        assertThat(m.scrape()).contains("threads 2\n");
        m.total("cpu_seconds_total", "CPU used.", () -> 1.5);
        assertThat(m.scrape()).contains("# TYPE cpu_seconds_total counter\ncpu_seconds_total 1.5\n");
    }

    @Test
    void labelValuesAreEscapedAndNamesChecked() {
        Metrics m = new Metrics();
        m.counter("odd_total", "Odd values.", "v").inc("a \"quoted\" \\ back\nslash");
        assertThat(m.scrape()).contains("odd_total{v=\"a \\\"quoted\\\" \\\\ back\\nslash\"} 1\n");
        assertThatThrownBy(() -> m.counter("bad-name", "x")).hasMessageContaining("not a metric name");
        assertThatThrownBy(() -> m.counter("odd_total", "again")).hasMessageContaining("registered twice");
        assertThatThrownBy(() -> m.counter("two_total", "x", "a", "b").inc("only-one"))
                .hasMessageContaining("takes 2 label values, not 1");
    }
}
