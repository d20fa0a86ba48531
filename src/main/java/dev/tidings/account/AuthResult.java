package dev.tidings.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What became of a sign-up, sign-in or password change. */
public sealed interface AuthResult {

    /** A fresh session: its raw token goes into the cookie and nowhere else. */
    record SignedIn(User user, String token, String csrfToken, Instant expiresAt) implements AuthResult {}

    /**
     * The form was wrong; {@code field} names the input the message belongs next to, or is null;
     * {@code alsoWrong} the other inputs found wrong at the same time, each with its message, so a
     * reader mends them all at once.
     */
    record Refused(String field, String message, Map<String, String> alsoWrong) implements AuthResult {
        public Refused {
            alsoWrong = Map.copyOf(alsoWrong);
        }

        public Refused(String field, String message) {
            this(field, message, Map.of());
        }
    }

    /** Too many attempts: the message says so and when to try again. */
    record Limited(String message, Duration retryAfter) implements AuthResult {}
}
