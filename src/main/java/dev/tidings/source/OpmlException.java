package dev.tidings.source;

/** An OPML file that could not be read; the message says why. */
public final class OpmlException extends Exception {

    public OpmlException(String message) {
        super(message);
    }

    public OpmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
