package dev.tidings.search;

/** A search query that cannot be read; the message tells the reader what to change. */
public final class QuerySyntaxException extends RuntimeException {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
