package dev.tidings.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parsing of the dates found in feeds: RFC 822/1123 with its real-world variants, and ISO
 * 8601 / RFC 3339. Anything that cannot be read yields null; this class never throws on bad input.
 */
final class FeedDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?"
            + "\\s*([A-Za-z]{1,5}|[+-]\\d{1,2}(?::?\\d{2})?)?");

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?");

    private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:GMT|UTC|UT)?([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    /** Offsets in minutes of the zone names seen in feeds; RFC 822's own names plus common ones. */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("Z", 0),
            Map.entry("UT", 0),
            Map.entry("UTC", 0),
            Map.entry("GMT", 0),
            Map.entry("WET", 0),
            Map.entry("EST", -5 * 60),
            Map.entry("EDT", -4 * 60),
            Map.entry("CST", -6 * 60),
            Map.entry("CDT", -5 * 60),
            Map.entry("MST", -7 * 60),
            Map.entry("MDT", -6 * 60),
            Map.entry("PST", -8 * 60),
            Map.entry("PDT", -7 * 60),
            Map.entry("AKST", -9 * 60),
            Map.entry("AKDT", -8 * 60),
            Map.entry("HST", -10 * 60),
            Map.entry("BST", 60),
            Map.entry("WEST", 60),
            Map.entry("CET", 60),
            Map.entry("MET", 60),
            Map.entry("CEST", 2 * 60),
            Map.entry("MEST", 2 * 60),
            Map.entry("EET", 2 * 60),
            Map.entry("EEST", 3 * 60),
            Map.entry("MSK", 3 * 60),
            Map.entry("IST", 5 * 60 + 30),
            Map.entry("SGT", 8 * 60),
            Map.entry("HKT", 8 * 60),
            Map.entry("JST", 9 * 60),
            Map.entry("KST", 9 * 60),
            Map.entry("AEST", 10 * 60),
            Map.entry("AEDT", 11 * 60),
            Map.entry("NZST", 12 * 60),
            Map.entry("NZDT", 13 * 60));

    private static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private FeedDates() {}

    /** Parses either family of formats; null when the text is blank or not a readable date. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 100) {
            return null;
        }
        Instant iso = parseIso(s);
        return iso != null ? iso : parseRfc822(s);
    }

    /** ISO 8601 as used by Atom, JSON Feed and dc:date: offset, seconds and fraction optional. */
    static Instant parseIso(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            LocalTime time = LocalTime.MIDNIGHT;
            if (m.group(4) != null) {
                int nanos = m.group(7) == null ? 0 : fractionToNanos(m.group(7));
                int second = m.group(6) == null ? 0 : Math.min(num(m, 6), 59);
                time = LocalTime.of(num(m, 4), num(m, 5), second, nanos);
            }
            ZoneOffset offset = m.group(8) == null ? ZoneOffset.UTC : zone(m.group(8));
            return offset == null ? null : LocalDateTime.of(date, time).toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * RFC 822 and the way feeds really write it: weekday optional, one-digit day, two-digit year,
     * seconds optional, named or numeric zones, full month names, and asctime's order.
     */
    static Instant parseRfc822(String text) {
        String[] tokens = text.strip().split("[\\s,]+");
        int day = -1;
        int month = -1;
        int year = -1;
        int[] time = null;
        ZoneOffset offset = null;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher tm = TIME.matcher(token);
            if (time == null && tm.matches()) {
                int second = tm.group(3) == null ? 0 : Math.min(Integer.parseInt(tm.group(3)), 59);
                time = new int[] {Integer.parseInt(tm.group(1)), Integer.parseInt(tm.group(2)), second};
            } else if (isDigits(token) && token.length() <= 4) {
                int value = Integer.parseInt(token);
                if (token.length() == 4 && year < 0) {
                    year = value;
                } else if (day < 0 && token.length() <= 2) {
                    day = value;
                } else if (year < 0 && token.length() == 2) {
                    year = value < 50 ? 2000 + value : 1900 + value;
                } else {
                    return null;
                }
            } else if (month < 0 && monthOf(token) > 0) {
                month = monthOf(token);
            } else if (isWeekday(token)) {
                continue;
            } else if (zone(token) != null) {
                // "GMT +0200" names a zone twice; the numeric part is the precise one.
                if (offset == null || offset.equals(ZoneOffset.UTC)) {
                    offset = zone(token);
                }
            } else if (time != null && (token.equalsIgnoreCase("am") || token.equalsIgnoreCase("pm"))) {
                time[0] = time[0] % 12 + (token.equalsIgnoreCase("pm") ? 12 : 0);
            } else if (token.startsWith("(") || (time != null && isLetters(token))) {
                // A trailing comment such as "(PST)" or an unknown zone name: the clock time stays usable.
                continue;
            } else {
                return null;
            }
        }
        if (day < 0 || month < 0 || year < 0) {
            return null;
        }
        try {
            LocalTime clock = time == null ? LocalTime.MIDNIGHT : LocalTime.of(time[0], time[1], time[2]);
            LocalDateTime local = LocalDateTime.of(LocalDate.of(year, month, day), clock);
            return local.toInstant(offset == null ? ZoneOffset.UTC : offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset zone(String token) {
        Integer minutes = ZONES.get(token.toUpperCase(Locale.ROOT));
        if (minutes != null) {
            return ZoneOffset.ofTotalSeconds(minutes * 60);
        }
        Matcher m = NUMERIC_ZONE.matcher(token.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int hours = Integer.parseInt(m.group(2));
        int mins = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 18 || mins > 59) {
            return null;
        }
        int total = hours * 3600 + mins * 60;
        return ZoneOffset.ofTotalSeconds("-".equals(m.group(1)) ? -total : total);
    }

    private static int monthOf(String token) {
        if (token.length() < 3 || !isLetters(token)) {
            return -1;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(lower.substring(0, 3));
        // Accept "Jan", "January" and "Sept", but not words that merely start like a month.
        if (month == null || (lower.length() > 3 && !fullMonthName(month).startsWith(lower))) {
            return -1;
        }
        return month;
    }

    private static String fullMonthName(int month) {
        return Month.of(month).name().toLowerCase(Locale.ROOT);
    }

    private static boolean isWeekday(String token) {
        if (token.length() < 3 || !isLetters(token)) {
            return false;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        for (String day : WEEKDAYS) {
            if (lower.startsWith(day)) {
                return true;
            }
        }
        return false;
    }

    private static int fractionToNanos(String fraction) {
        String nine = (fraction.length() > 9 ? fraction.substring(0, 9) : fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
