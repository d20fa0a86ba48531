package dev.tidings.web;

import dev.tidings.account.Accounts;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Moderation;

/**
 * The people side of the site: accounts, comments and moderation. {@code trustForwarded} says the
 * site runs behind a reverse proxy whose {@code X-Forwarded-For} names the client.
 */
public record Community(Accounts accounts, Comments comments, Moderation moderation, boolean trustForwarded) {}
