package dev.tidings.comment;

/** Where a comment stands: shown, waiting for a moderator, hidden by one, or deleted. */
public enum CommentStatus {
    VISIBLE,
    HELD,
    HIDDEN,
    DELETED
}
