package dev.tidings.feed;

/** A body that could not be read as a feed; the message says what was wrong with it. */
public final class FeedParseException extends Exception {

    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
