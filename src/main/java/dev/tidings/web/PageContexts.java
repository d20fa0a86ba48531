package dev.tidings.web;

import java.time.Clock;

/** Makes the per-request {@link PageContext}: the clock reading and the time formatter. */
final class PageContexts {
    private final Clock clock;
    private final RelativeTime times;

    PageContexts(Clock clock, RelativeTime times) {
        this.clock = clock;
        this.times = times;
    }

    PageContext now() {
        return new PageContext(clock.instant(), times);
    }
}
