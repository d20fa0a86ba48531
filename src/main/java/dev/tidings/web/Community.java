package dev.tidings.web;

import dev.tidings.account.Accounts;
import dev.tidings.account.ResetMail;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Moderation;

/**
 * The people side of the site: accounts, comments and moderation, and reset links by mail (or
 * {@link ResetMail#off()} on a site without mail). {@code trustForwarded} says the site runs behind
 * a reverse proxy whose {@code X-Forwarded-For} names the client.
 */
public record Community(
        Accounts accounts, Comments comments, Moderation moderation, boolean trustForwarded, ResetMail resetMail) {

    /** A site that sends no mail. */
    public Community(Accounts accounts, Comments comments, Moderation moderation, boolean trustForwarded) {
        this(accounts, comments, moderation, trustForwarded, ResetMail.off());
    }
}
