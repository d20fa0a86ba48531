package dev.tidings.web;

/** A request the site will not serve as asked, shown as an error page with this status and message. */
final class Refusal extends RuntimeException {
    final int status;
    final String title;

    Refusal(int status, String title, String message) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
    }

    static Refusal forbidden(String message) {
        return new Refusal(403, "Not allowed", message);
    }

    static Refusal signInFirst() {
        return new Refusal(403, "Sign in first", "You need to sign in to do that.");
    }
}
