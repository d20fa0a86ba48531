package dev.tidings.comment;

import dev.tidings.account.Viewer;
import java.util.List;

/**
 * Everything the comments section of a page needs: its target and page path, the ordering, the
 * visible count, the thread as this viewer sees it, and (after a refused post) the error and the
 * text to put back in the form.
 */
public record CommentSection(
        CommentTarget target,
        String path,
        Ordering ordering,
        long count,
        List<CommentItem> items,
        Viewer viewer,
        String error,
        String draft,
        Long draftParent) {

    public CommentSection withError(String message, String text, Long parent) {
        return new CommentSection(target, path, ordering, count, items, viewer, message, text, parent);
    }

    /** The link that shows this section in another order. */
    public String orderLink(Ordering o) {
        return path + "?order=" + o.param() + "#comments";
    }

    public String countText() {
        return count == 1 ? "1 comment" : count + " comments";
    }
}
