package dev.tidings.web;

import dev.tidings.account.Viewer;
import io.javalin.http.Context;
import java.time.Clock;

/** Makes the per-request {@link PageContext}: the clock reading, the time formatter, the viewer and the path. */
final class PageContexts {
    private final Clock clock;
    private final RelativeTime times;
    private final Viewers viewers;

    PageContexts(Clock clock, RelativeTime times, Viewers viewers) {
        this.clock = clock;
        this.times = times;
        this.viewers = viewers;
    }

    PageContext now(Context ctx) {
        return new PageContext(clock.instant(), times, viewers.of(ctx), ctx.path());
    }

    /** For a page sent for a request Javalin never saw: no session to read, so an anonymous viewer. */
    PageContext outsideJavalin() {
        return new PageContext(clock.instant(), times, Viewer.anonymous(""), "");
    }
}
