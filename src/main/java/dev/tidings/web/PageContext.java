package dev.tidings.web;

import dev.tidings.account.Viewer;
import java.time.Instant;

/**
 * What every page template needs besides its own content: the moment of rendering, how to show
 * times, and who is looking (for the header's account links and the CSRF token of its forms).
 */
public record PageContext(Instant now, RelativeTime times, Viewer viewer) {

    public String ago(Instant at) {
        return times.format(at, now);
    }

    /** One end of a time axis from {@code at} to {@code other}: see {@link RelativeTime#axisEnd}. */
    public String axisEnd(Instant at, Instant other) {
        return times.axisEnd(at, other, now);
    }
}
