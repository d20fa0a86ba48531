package dev.tidings.account;

import java.time.Duration;
import java.time.Instant;

/**
 * What became of a request for a password reset link. {@link Issued} and {@link NotIssued} must
 * look the same to the requester, so nobody learns from the answer whether an address has an account.
 */
public sealed interface ResetRequest {

    /** A new link for this account: its raw token goes into the mail and nowhere else. */
    record Issued(User user, String token, Instant expiresAt) implements ResetRequest {}

    /** No account uses the address, or it is suspended: nothing is sent. */
    record NotIssued() implements ResetRequest {}

    /** The address is not an email address; {@code message} goes next to the field. */
    record Refused(String message) implements ResetRequest {}

    /** Too many requests: the message says so and when to try again. */
    record Limited(String message, Duration retryAfter) implements ResetRequest {}
}
