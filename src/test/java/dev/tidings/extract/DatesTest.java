package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void keepsThePagesOffset() {
        assertThat(Dates.parse("2015-07-24T05:36:09+01:00"))
                .isEqualTo(OffsetDateTime.of(2015, 7, 24, 5, 36, 9, 0, ZoneOffset.ofHours(1)));
        assertThat(Dates.parse("2015-07-24T05:36:09-0500").getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(Dates.parse("2019-01-03T07:00:02.000Z"))
                .isEqualTo(OffsetDateTime.of(2019, 1, 3, 7, 0, 2, 0, ZoneOffset.UTC));
    }

    @Test
    void assumesUtcWithoutOffset() {
        assertThat(Dates.parse("2020-02-29 13:45"))
                .isEqualTo(OffsetDateTime.of(2020, 2, 29, 13, 45, 0, 0, ZoneOffset.UTC));
        assertThat(Dates.parse("2020-02-29")).isEqualTo(OffsetDateTime.of(2020, 2, 29, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void readsOtherCommonFormats() {
        assertThat(Dates.parse("Tue, 3 Jun 2008 11:05:30 GMT"))
                .isEqualTo(OffsetDateTime.of(2008, 6, 3, 11, 5, 30, 0, ZoneOffset.UTC));
        assertThat(Dates.parse("2019/03/04")).isEqualTo(OffsetDateTime.of(2019, 3, 4, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(Dates.parse("March 4, 2019")).isEqualTo(OffsetDateTime.of(2019, 3, 4, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(Dates.parse("1700000000")).isEqualTo(OffsetDateTime.of(2023, 11, 14, 22, 13, 20, 0, ZoneOffset.UTC));
    }

    @Test
    void givesNullForNonsense() {
        assertThat(Dates.parse(null)).isNull();
        assertThat(Dates.parse("yesterday")).isNull();
        assertThat(Dates.parse("2020-13-45T99:99")).isNull();
    }
}
