package dev.tidings.web;

import dev.tidings.account.Viewer;
import java.time.Instant;

/**
 * What every page template needs besides its own content: the moment of rendering, how to show
 * times, who is looking (for the header's account links and the CSRF token of its forms), and the
 * path asked for (for the header's mark on the section it is in).
 */
public record PageContext(Instant now, RelativeTime times, Viewer viewer, String path) {

    /** "page" when the header's link to {@code section} leads to this page, for {@code aria-current}; else null. */
    public String current(String section) {
        return section.equals(path) ? "page" : null;
    }

    public String ago(Instant at) {
        return times.format(at, now);
    }

    /** One end of a time axis from {@code at} to {@code other}: see {@link RelativeTime#axisEnd}. */
    public String axisEnd(Instant at, Instant other) {
        return times.axisEnd(at, other, now);
    }
}
