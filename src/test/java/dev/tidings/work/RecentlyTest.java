package dev.tidings.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentlyTest {
    private long now = 1_000;
    private final AtomicInteger made = new AtomicInteger();

    /** Work that takes {@code costNanos} of the test's clock and counts how often it was done. */
    private Recently<Integer> costing(long costNanos, Duration longest) {
        return new Recently<>(
                () -> {
                    now += costNanos;
                    return made.incrementAndGet();
                },
                longest,
                () -> now);
    }

    @Test
    void aValueIsKeptTwentyTimesAsLongAsItTookToMake() {
        Recently<Integer> counts = costing(2_000_000, Duration.ofMinutes(1)); // 2 ms: kept 40 ms
        assertThat(counts.get()).isEqualTo(1);
        now += 39_000_000;
        assertThat(counts.get()).as("39 ms later").isEqualTo(1);
        now += 1_000_000;
        assertThat(counts.get()).as("40 ms later").isEqualTo(2);
        assertThat(made).hasValue(2);
    }

    @Test
    void anExpensiveValueIsKeptNoLongerThanTheLimit() {
        Recently<Integer> trends = costing(10_000_000_000L, Duration.ofMinutes(1)); // 10 s: would be 200 s
        assertThat(trends.get()).isEqualTo(1);
        now += Duration.ofSeconds(59).toNanos();
        assertThat(trends.get()).isEqualTo(1);
        now += Duration.ofSeconds(1).toNanos();
        assertThat(trends.get()).isEqualTo(2);
    }

    @Test
    void workThatTakesNoMeasurableTimeIsDoneForEveryReader() {
        Recently<Integer> cheap = costing(0, Duration.ofMinutes(1));
        assertThat(cheap.get()).isEqualTo(1);
        assertThat(cheap.get()).isEqualTo(2);
    }
}
