package dev.tidings.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Parses the date formats pages put in metadata. The page's own offset is kept; a time without
 * an offset is taken as UTC, a date without a time as midnight UTC.
 */
final class Dates {

    /** ISO-8601 with optional seconds, fraction and offset ("Z", "+01:00", "+0100", "+01"). */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final List<DateTimeFormatter> OTHERS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss zzz yyyy", Locale.ENGLISH));

    private static final List<DateTimeFormatter> DATE_ONLY = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private Dates() {}

    /** The date in {@code value}, or null when it is blank or in no known format. */
    static OffsetDateTime parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.length() < 6 || s.length() > 64) {
            return null;
        }
        if ((s.length() == 10 || s.length() == 13) && s.chars().allMatch(Character::isDigit)) {
            return epoch(s);
        }
        OffsetDateTime iso = iso(s);
        if (iso != null) {
            return iso;
        }
        for (DateTimeFormatter f : OTHERS) {
            try {
                return ZonedDateTime.parse(s, f).toOffsetDateTime();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        for (DateTimeFormatter f : DATE_ONLY) {
            try {
                return LocalDate.parse(s, f).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private static OffsetDateTime iso(String s) {
        if (s.length() < 10 || !Character.isDigit(s.charAt(0)) || s.charAt(4) != '-') {
            return null;
        }
        if (s.length() == 10) {
            try {
                return LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        try {
            TemporalAccessor t = ISO.parse(s);
            LocalDateTime local = LocalDateTime.of(
                    LocalDate.from(t),
                    LocalTime.of(
                            t.get(ChronoField.HOUR_OF_DAY),
                            t.get(ChronoField.MINUTE_OF_HOUR),
                            t.isSupported(ChronoField.SECOND_OF_MINUTE) ? t.get(ChronoField.SECOND_OF_MINUTE) : 0,
                            t.isSupported(ChronoField.NANO_OF_SECOND) ? t.get(ChronoField.NANO_OF_SECOND) : 0));
            ZoneOffset offset = t.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return local.atOffset(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static OffsetDateTime epoch(String digits) {
        try {
            long n = Long.parseLong(digits);
            Instant instant = digits.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return instant.atOffset(ZoneOffset.UTC);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
