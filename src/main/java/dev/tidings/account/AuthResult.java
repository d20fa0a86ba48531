package dev.tidings.account;

import java.time.Duration;
import java.time.Instant;

/** What became of a sign-up, sign-in or password change. */
public sealed interface AuthResult {

    /** A fresh session: its raw token goes into the cookie and nowhere else. */
    record SignedIn(User user, String token, String csrfToken, Instant expiresAt) implements AuthResult {}

    /** The form was wrong; {@code field} names the input the message belongs next to, or is null. */
    record Refused(String field, String message) implements AuthResult {}

    /** Too many attempts: the message says so and when to try again. */
    record Limited(String message, Duration retryAfter) implements AuthResult {}
}
