package dev.tidings.comment;

import java.time.Instant;
import java.util.List;

/**
 * A comment as one viewer sees it: its sanitized HTML (empty for a placeholder), what the viewer
 * may do with it, and its replies.
 */
public record CommentItem(
        long id,
        String authorName,
        String html,
        Instant createdAt,
        boolean edited,
        Display display,
        boolean mine,
        boolean editable,
        boolean canReply,
        boolean canReport,
        boolean canVote,
        int votes,
        List<CommentItem> replies) {

    /** How the comment shows: in full, in full but marked as waiting, or as a placeholder. */
    public enum Display {
        SHOWN,
        HELD,
        DELETED,
        REMOVED
    }

    public boolean placeholder() {
        return display == Display.DELETED || display == Display.REMOVED;
    }
}
