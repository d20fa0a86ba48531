package dev.tidings.account;

import java.time.Duration;

/**
 * Every rate limit Tidings applies to people, in one place. Sign-in counts every attempt per
 * address and failures per account; an account locked by failures opens again when its window
 * ends, so its owner can always get back in. Reset links are counted per address and per email
 * (whether or not an account uses it), so nobody can fill a stranger's mailbox with them.
 */
public record AbuseLimits(
        RateLimit signInPerIp,
        RateLimit signInFailuresPerAccount,
        RateLimit signUpPerIp,
        RateLimit commentsPerUser,
        RateLimit commentsPerIp,
        RateLimit reportsPerUser,
        RateLimit resetsPerIp,
        RateLimit resetsPerEmail) {

    public static AbuseLimits defaults() {
        return new AbuseLimits(
                new RateLimit("signin-ip", 20, Duration.ofMinutes(1)),
                new RateLimit("signin-fail", 5, Duration.ofMinutes(15)),
                new RateLimit("signup-ip", 5, Duration.ofHours(1)),
                new RateLimit("comment-user", 5, Duration.ofMinutes(1)),
                new RateLimit("comment-ip", 10, Duration.ofMinutes(1)),
                new RateLimit("report-user", 10, Duration.ofMinutes(10)),
                new RateLimit("reset-ip", 5, Duration.ofHours(1)),
                new RateLimit("reset-email", 3, Duration.ofHours(1)));
    }

    /** Limits so high that only a runaway loop meets them: for tests that post a whole corpus. */
    public static AbuseLimits generous() {
        RateLimit big = new RateLimit("generous", 100_000, Duration.ofMinutes(1));
        return new AbuseLimits(
                rename(big, "signin-ip"),
                rename(big, "signin-fail"),
                rename(big, "signup-ip"),
                rename(big, "comment-user"),
                rename(big, "comment-ip"),
                rename(big, "report-user"),
                rename(big, "reset-ip"),
                rename(big, "reset-email"));
    }

    private static RateLimit rename(RateLimit limit, String name) {
        return new RateLimit(name, limit.max(), limit.window());
    }
}
