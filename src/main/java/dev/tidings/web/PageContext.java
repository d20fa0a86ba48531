package dev.tidings.web;

import java.time.Instant;

/** What every page template needs besides its own content: the moment of rendering and how to show times. */
public record PageContext(Instant now, RelativeTime times) {

    public String ago(Instant at) {
        return times.format(at, now);
    }
}
