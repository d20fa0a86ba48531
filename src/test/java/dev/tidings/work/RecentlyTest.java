package dev.tidings.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentlyTest {
    private long now = 1_000;
    private final AtomicInteger made = new AtomicInteger();
    /** Work handed to the background, run when the test says. */
    private final java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();

    /** Work that takes {@code costNanos} of the test's clock and counts how often it was done. */
    private Recently<Integer> costing(long costNanos, Duration longest) {
        return new Recently<>(
                () -> {
                    now += costNanos;
                    return made.incrementAndGet();
                },
                longest,
                () -> now,
                queued::add);
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
    void anExpensiveValueIsKeptNoLongerThanTheLimitAndWorkedOutAgainInTheBackground() {
        Recently<Integer> trends = costing(10_000_000_000L, Duration.ofMinutes(1)); // 10 s: would be 200 s
        assertThat(trends.get())
                .as("the first value is worked out by its reader")
                .isEqualTo(1);
        assertThat(queued).isEmpty();
        now += Duration.ofSeconds(59).toNanos();
        assertThat(trends.get()).isEqualTo(1);
        assertThat(queued).isEmpty();
        now += Duration.ofSeconds(1).toNanos();
        assertThat(trends.get())
                .as("stale, and readers keep it while it is worked out")
                .isEqualTo(1);
        assertThat(trends.get()).isEqualTo(1);
        assertThat(queued).as("one working-out at a time").hasSize(1);
        queued.poll().run();
        assertThat(trends.get()).isEqualTo(2);
        assertThat(made).hasValue(2);
    }

    @Test
    void aBackgroundWorkingOutThatFailsLeavesTheLastValueToBeTriedAgainLater() {
        boolean[] fail = {false};
        Recently<Integer> trends = new Recently<>(
                () -> {
                    now += 100_000_000; // 100 ms: kept 2 s
                    if (fail[0]) {
                        throw new IllegalStateException("database gone");
                    }
                    return made.incrementAndGet();
                },
                Duration.ofMinutes(1),
                () -> now,
                queued::add);
        assertThat(trends.get()).isEqualTo(1);
        now += Duration.ofSeconds(2).toNanos();
        fail[0] = true;
        assertThat(trends.get()).isEqualTo(1);
        queued.poll().run();
        assertThat(trends.get()).as("the last value stands").isEqualTo(1);
        assertThat(queued).as("not tried again at once").isEmpty();
        fail[0] = false;
        now += Duration.ofSeconds(2).toNanos();
        trends.get();
        queued.poll().run();
        assertThat(trends.get()).isEqualTo(2);
    }

    @Test
    void workThatTakesNoMeasurableTimeIsDoneForEveryReader() {
        Recently<Integer> cheap = costing(0, Duration.ofMinutes(1));
        assertThat(cheap.get()).isEqualTo(1);
        assertThat(cheap.get()).isEqualTo(2);
    }
}
