package dev.tidings.web;

/** Thrown by a page when what it was asked for does not exist; rendered as a friendly 404. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message, null, false, false);
    }

    /** The number in the path parameter {@code name}; the missing page, saying {@code message}, if it is none. */
    static long unlessNumber(io.javalin.http.Context ctx, String name, String message) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new NotFound(message);
        }
    }
}
