package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Tue, 12 Mar 2024 09:30:00 +0000  | 2024-03-12T09:30:00Z",
                "Tue, 12 Mar 2024 09:30:00 GMT    | 2024-03-12T09:30:00Z",
                "Tue, 12 Mar 2024 09:30:00 UT     | 2024-03-12T09:30:00Z",
                "Tue, 12 Mar 2024 09:30:00 Z      | 2024-03-12T09:30:00Z",
                "12 Mar 2024 09:30:00 GMT         | 2024-03-12T09:30:00Z",
                "Sat, 6 Apr 2024 07:00:00 GMT     | 2024-04-06T07:00:00Z",
                "Sat,6 Apr 2024 07:00:00 GMT      | 2024-04-06T07:00:00Z",
                "Wed, 13 Mar 2024 18:05:00 EST    | 2024-03-13T23:05:00Z",
                "Wed, 13 Mar 2024 18:05:00 EDT    | 2024-03-13T22:05:00Z",
                "Wed, 13 Mar 2024 18:05:00 PST    | 2024-03-14T02:05:00Z",
                "Wed, 13 Mar 2024 18:05:00 CEST   | 2024-03-13T16:05:00Z",
                "Wed, 13 Mar 2024 18:05:00 -0700  | 2024-03-14T01:05:00Z",
                "Wed, 13 Mar 2024 18:05:00 +05:30 | 2024-03-13T12:35:00Z",
                "Wed, 13 Mar 2024 18:05:00 GMT+2  | 2024-03-13T16:05:00Z",
                "Wed, 13 Mar 2024 18:05:00 GMT +0200 | 2024-03-13T16:05:00Z",
                "Wed, 13 Mar 2024 18:05 +0000     | 2024-03-13T18:05:00Z",
                "Wed, 13 Mar 24 18:05:00 +0000    | 2024-03-13T18:05:00Z",
                "Thu, 01 Jan 98 00:00:00 GMT      | 1998-01-01T00:00:00Z",
                "Wednesday, 13 March 2024 18:05:00 GMT | 2024-03-13T18:05:00Z",
                "wed, 13 mar 2024 18:05:00 gmt    | 2024-03-13T18:05:00Z",
                "13 Sept 2024 10:00:00 +0000      | 2024-09-13T10:00:00Z",
                "Wed, 13 Mar 2024 18:05:00        | 2024-03-13T18:05:00Z",
                "Wed, 13 Mar 2024 18:05:00 +0000 (UTC) | 2024-03-13T18:05:00Z",
                "Wed Mar 13 18:05:00 2024         | 2024-03-13T18:05:00Z",
                "Mar 13, 2024 6:05 PM             | 2024-03-13T18:05:00Z",
                "Wed, 13 Mar 2024 18:05:00.123 +0000 | 2024-03-13T18:05:00Z",
                "13 Mar 2024                      | 2024-03-13T00:00:00Z",
            })
    void readsRfc822AndItsRealWorldVariants(String text, String expected) {
        assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-05-01T08:00:00+02:00     | 2024-05-01T06:00:00Z",
                "2024-05-01T08:00:00Z          | 2024-05-01T08:00:00Z",
                "2024-05-01t08:00:00z          | 2024-05-01T08:00:00Z",
                "2024-05-01T08:00:00.250Z      | 2024-05-01T08:00:00.250Z",
                "2024-05-01T08:00:00.123456789123-05:00 | 2024-05-01T13:00:00.123456789Z",
                "2024-05-01T08:00Z             | 2024-05-01T08:00:00Z",
                "2024-05-01T08:00:00+0200      | 2024-05-01T06:00:00Z",
                "2024-05-01T08:00:00-03        | 2024-05-01T11:00:00Z",
                "2024-05-01T08:00:00           | 2024-05-01T08:00:00Z",
                "2024-05-01 08:00:00           | 2024-05-01T08:00:00Z",
                "2024-05-01 08:00:00 +01:00    | 2024-05-01T07:00:00Z",
                "2024-05-01                    | 2024-05-01T00:00:00Z",
                "2024-05-01T08:00:00 PST       | 2024-05-01T16:00:00Z",
                "  2024-05-01T08:00:00Z\t      | 2024-05-01T08:00:00Z",
            })
    void readsIso8601WithOrWithoutOffsetSecondsAndFraction(String text, String expected) {
        assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullSource
    @ValueSource(
            strings = {
                "",
                "   ",
                "the day after tomorrow",
                "Mon, 32 Apr 2024 10:00:00 GMT",
                "Mon, 30 Feb 2024 10:00:00 GMT",
                "Mon, 01 Jan 2024 25:00:00 GMT",
                "Mon, 01 Foo 2024 10:00:00 GMT",
                "2024-13-01T00:00:00Z",
                "2024-02-30",
                "2024-05-01T08:00:00+25:00",
                "2024-05-01T08:00:00 QQQ",
                "12345",
                "Jan 2024",
                "1 2 3 4 5",
            })
    void unreadableDatesAreNull(String text) {
        assertThat(FeedDates.parse(text)).isNull();
    }
}
