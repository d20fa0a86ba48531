package dev.tidings.demo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** An outlet once its server is bound: where it lives, and the moment the newsroom treats as now. */
record Site(Outlet outlet, URI baseUrl, Instant now) {

    URI url(String path) {
        return baseUrl.resolve(path);
    }

    URI feedUrl() {
        return url(outlet.feedPath());
    }

    String name() {
        return outlet.name();
    }

    /** "3 hours ago" as of the newsroom's start, the way the pages print it. */
    String ago(Instant then) {
        long minutes = Math.max(0, Duration.between(then, now).toMinutes());
        if (minutes < 1) {
            return "just now";
        } else if (minutes < 60) {
            return minutes == 1 ? "1 minute ago" : minutes + " minutes ago";
        } else if (minutes < 60 * 24) {
            long hours = minutes / 60;
            return hours == 1 ? "1 hour ago" : hours + " hours ago";
        }
        long days = minutes / (60 * 24);
        return days == 1 ? "yesterday" : days + " days ago";
    }
}
