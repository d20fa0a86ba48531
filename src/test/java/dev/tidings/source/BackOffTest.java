package dev.tidings.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackOffTest {

    @Test
    void healthySourceWaitsItsInterval() {
        assertThat(BackOff.next(900, 0, null)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failuresDoubleTheWaitUpToADay() {
        assertThat(BackOff.next(900, 1, null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(BackOff.next(900, 3, null)).isEqualTo(Duration.ofMinutes(120));
        assertThat(BackOff.next(900, 40, null)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void retryAfterIsRespectedWhenLonger() {
        assertThat(BackOff.next(60, 1, Duration.ofHours(3))).isEqualTo(Duration.ofHours(3));
        assertThat(BackOff.next(900, 1, Duration.ofSeconds(5))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void tooShortIntervalsAreRaisedToAPoliteMinimum() {
        assertThat(BackOff.next(1, 0, null)).isEqualTo(Duration.ofSeconds(30));
    }
}
