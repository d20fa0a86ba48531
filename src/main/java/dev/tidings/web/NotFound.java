package dev.tidings.web;

/** Thrown by a page when what it was asked for does not exist; rendered as a friendly 404. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message, null, false, false);
    }
}
