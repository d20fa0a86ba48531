package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {
    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");
    private final RelativeTime times = new RelativeTime(ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} s ago is \"{1}\"")
    @CsvSource({
        "-30, just now",
        "0, just now",
        "59, just now",
        "60, a minute ago",
        "119, a minute ago",
        "120, 2 minutes ago",
        "1260, 21 minutes ago",
        "3599, 59 minutes ago",
        "3600, an hour ago",
        "7199, an hour ago",
        "7200, 2 hours ago",
        "18000, 5 hours ago",
        "86399, 23 hours ago",
        "86400, yesterday",
        "129599, yesterday",
        "129600, 2 days ago",
        "172800, 2 days ago",
        "215999, 2 days ago",
        "216000, 3 days ago",
        "259200, 3 days ago",
        "561599, 6 days ago",
        "561600, 7 days ago",
        "604799, 7 days ago",
        "604800, 21 Nov",
    })
    void formatsAroundEveryBoundary(long secondsAgo, String expected) {
        assertThat(times.format(NOW.minusSeconds(secondsAgo), NOW)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2025-12-31T23:00:00Z, 31 Dec 2025", "2026-01-02T08:00:00Z, 2 Jan", "2026-11-20T08:00:00Z, 20 Nov"})
    void olderTimesBecomeDatesWithTheYearWhenItDiffers(String at, String expected) {
        assertThat(times.format(Instant.parse(at), NOW)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Europe/Berlin, 2026-11-28T16:00:00+01:00", "UTC, 2026-11-28T15:00:00Z"})
    void isoTimeCarriesTheOffsetOfTheConfiguredZone(String zone, String expected) {
        var local = new RelativeTime(java.time.ZoneId.of(zone));
        assertThat(local.iso(NOW.plus(Duration.ofMillis(400)))).isEqualTo(expected);
        assertThat(local.exact(NOW)).contains("28 November 2026");
    }

    @org.junit.jupiter.api.Test
    void aTimeAxisWhoseEndsWouldReadTheSameShowsTheirTimes() {
        Instant late = NOW.minus(Duration.ofMinutes(190));
        Instant early = NOW.minus(Duration.ofMinutes(230));
        assertThat(times.format(late, NOW)).isEqualTo(times.format(early, NOW)).isEqualTo("3 hours ago");
        assertThat(times.axisEnd(early, late, NOW))
                .as("both today: the time of day")
                .isEqualTo("11:10");
        assertThat(times.axisEnd(late, early, NOW)).isEqualTo("11:50");

        Instant morning = Instant.parse("2026-11-27T08:05:00Z");
        Instant evening = Instant.parse("2026-11-27T14:40:00Z");
        assertThat(times.format(morning, NOW))
                .isEqualTo(times.format(evening, NOW))
                .isEqualTo("yesterday");
        assertThat(times.axisEnd(morning, evening, NOW))
                .as("another day: with its date, or it would read as today")
                .isEqualTo("27 Nov, 08:05");
        assertThat(times.axisEnd(evening, morning, NOW)).isEqualTo("27 Nov, 14:40");

        Instant lateTheDayBefore = Instant.parse("2026-11-26T22:40:00Z");
        Instant earlyYesterday = Instant.parse("2026-11-27T02:00:00Z");
        assertThat(times.axisEnd(lateTheDayBefore, earlyYesterday, NOW)).isEqualTo("26 Nov, 22:40");
        assertThat(times.axisEnd(earlyYesterday, lateTheDayBefore, NOW)).isEqualTo("27 Nov, 02:00");

        Instant anHourAgo = NOW.minus(Duration.ofMinutes(70));
        assertThat(times.axisEnd(evening, anHourAgo, NOW))
                .as("ends that read apart")
                .isEqualTo("yesterday");
        assertThat(times.axisEnd(anHourAgo, evening, NOW)).isEqualTo("an hour ago");
    }
}
