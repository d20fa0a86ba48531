package dev.tidings.account;

import dev.tidings.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fixed-window counters in the database, so every node sharing it enforces one budget. A lost
 * counter only forgives recent attempts, which is safe.
 */
public final class RateLimiter {
    private static final Duration KEEP = Duration.ofDays(1);

    private final Database db;
    private final Clock clock;

    public RateLimiter(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The answer for one attempt: allowed, or refused until the window ends. */
    public record Decision(boolean allowed, Duration retryAfter) {
        static final Decision OK = new Decision(true, Duration.ZERO);

        /** "3 minutes", "1 minute", "40 seconds": for messages to people. */
        public String retryAfterText() {
            long seconds = Math.max(1, retryAfter.toSeconds());
            if (seconds < 60) {
                return seconds + (seconds == 1 ? " second" : " seconds");
            }
            long minutes = (seconds + 59) / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
    }

    /** Counts one attempt and says whether it is within the limit. */
    public Decision hit(RateLimit limit, String key) {
        long now = clock.millis();
        long window = windowStart(limit, now);
        String bucket = bucket(limit, key);
        long hits = db.transaction(h -> {
            h.update(
                    "INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1)"
                            + " ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1",
                    bucket,
                    window);
            return h.queryLong("SELECT hits FROM rate_limits WHERE bucket = ? AND window_start = ?", bucket, window);
        });
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            db.read(h -> h.update("DELETE FROM rate_limits WHERE window_start < ?", now - KEEP.toMillis()));
        }
        return decide(limit, hits, window, now);
    }

    /** Whether one more attempt would be allowed, without counting it. */
    public Decision peek(RateLimit limit, String key) {
        long now = clock.millis();
        long window = windowStart(limit, now);
        long hits = db.read(h -> h.queryLong(
                "SELECT hits FROM rate_limits WHERE bucket = ? AND window_start = ?", bucket(limit, key), window));
        return decide(limit, hits + 1, window, now);
    }

    /** Forgets the current window's count (after a successful sign-in, say). */
    public void reset(RateLimit limit, String key) {
        db.read(h -> h.update("DELETE FROM rate_limits WHERE bucket = ?", bucket(limit, key)));
    }

    private static Decision decide(RateLimit limit, long hits, long windowStart, long now) {
        if (hits <= limit.max()) {
            return Decision.OK;
        }
        return new Decision(
                false, Duration.ofMillis(windowStart + limit.window().toMillis() - now));
    }

    private static long windowStart(RateLimit limit, long now) {
        long size = limit.window().toMillis();
        return now - Math.floorMod(now, size);
    }

    private static String bucket(RateLimit limit, String key) {
        // Keys may hold email addresses; hashing keeps them out of this table.
        return limit.name() + ":" + Tokens.sha256(key).substring(0, 32);
    }
}
