package dev.tidings.comment;

import java.time.Instant;

/** One stored comment with its author's display name. */
public record Comment(
        long id,
        CommentTarget target,
        Long parentId,
        long authorId,
        String authorName,
        String bodySource,
        String bodyHtml,
        CommentStatus status,
        String holdReason,
        int votes,
        int reports,
        Instant createdAt,
        Instant editedAt) {

    public boolean edited() {
        return editedAt != null;
    }
}
