package dev.tidings.comment;

import java.time.Duration;

/** What became of a comment action; the web layer turns each kind into one HTTP status. */
public sealed interface Outcome {

    /** Done; {@code held} when the comment waits for a moderator before others see it. */
    record Done(long commentId, boolean held) implements Outcome {}

    /** The input cannot be accepted as it is (empty, too long, edit window over). */
    record Refused(String message) implements Outcome {}

    /** The viewer may not do this to this comment or account. */
    record Forbidden(String message) implements Outcome {}

    record Missing(String message) implements Outcome {}

    record Limited(String message, Duration retryAfter) implements Outcome {}
}
