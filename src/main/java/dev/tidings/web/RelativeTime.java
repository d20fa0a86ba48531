package dev.tidings.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as readers say them: "just now", "a minute ago", "21 minutes ago", "an hour ago",
 * "5 hours ago", "yesterday", "3 days ago", then, from a week back, a date. The exact time goes in {@code datetime} and the tooltip.
 * "Yesterday" ends a day and a half back: beyond that, the time was most likely the day before
 * yesterday wherever the reader is, and is rounded to "2 days ago".
 */
public final class RelativeTime {
    private static final DateTimeFormatter SAME_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter EXACT =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);

    private final ZoneId zone;

    public RelativeTime(ZoneId zone) {
        this.zone = zone;
    }

    public String format(Instant at, Instant now) {
        long seconds = Duration.between(at, now).getSeconds();
        if (seconds < 60) {
            return "just now"; // also for times slightly in the future (clock skew)
        }
        long minutes = seconds / 60;
        if (minutes < 2) {
            return "a minute ago";
        }
        if (minutes < 60) {
            return minutes + " minutes ago";
        }
        long hours = minutes / 60;
        if (hours < 2) {
            return "an hour ago";
        }
        if (hours < 24) {
            return hours + " hours ago";
        }
        if (hours < 36) {
            return "yesterday";
        }
        if (hours < 7 * 24) {
            return (hours + 12) / 24 + " days ago";
        }
        ZonedDateTime then = at.atZone(zone);
        return then.getYear() == now.atZone(zone).getYear() ? SAME_YEAR.format(then) : OTHER_YEAR.format(then);
    }

    /**
     * One end of a time axis running from {@code at} to {@code other} (either way round): as
     * {@link #format}, unless both ends would read the same ("yesterday", "yesterday"), then the time
     * of day ("14:05") when both fall today, else with the date ("30 Nov, 22:40").
     */
    public String axisEnd(Instant at, Instant other, Instant now) {
        String said = format(at, now);
        if (!said.equals(format(other, now))) {
            return said;
        }
        ZonedDateTime end = at.atZone(zone);
        var today = now.atZone(zone).toLocalDate();
        boolean bothToday = end.toLocalDate().equals(today)
                && other.atZone(zone).toLocalDate().equals(today);
        return (bothToday ? CLOCK : DAY_AND_CLOCK).format(end);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).withNano(0));
    }

    /** The exact time for the tooltip. */
    public String exact(Instant at) {
        return EXACT.format(at.atZone(zone));
    }
}
