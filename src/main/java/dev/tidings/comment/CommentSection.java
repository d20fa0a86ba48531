package dev.tidings.comment;

import dev.tidings.account.Viewer;
import java.util.List;

/**
 * Everything the comments section of a page needs: its target and page path, the ordering, the
 * visible count, one page of the threads as this viewer sees them (which page, of how many), and
 * after an action a notice, or an error with the typed text to put back in the form.
 */
public record CommentSection(
        CommentTarget target,
        String path,
        Ordering ordering,
        long count,
        List<CommentItem> items,
        int page,
        int pages,
        Viewer viewer,
        String notice,
        String error,
        String draft,
        Long draftParent) {

    public CommentSection withError(String message, String text, Long parent) {
        return new CommentSection(
                target, path, ordering, count, items, page, pages, viewer, null, message, text, parent);
    }

    public CommentSection withNotice(String message) {
        return new CommentSection(target, path, ordering, count, items, page, pages, viewer, message, null, null, null);
    }

    /** The link that shows this section in another order. */
    public String orderLink(Ordering o) {
        return path + "?order=" + o.param() + "#comments";
    }

    /** The link to another page of the section, in this order. */
    public String pageLink(int n) {
        return path + "?order=" + ordering.param() + (n > 1 ? "&cpage=" + n : "") + "#comments";
    }

    public String countText() {
        return count == 1 ? "1 comment" : count + " comments";
    }

    /** The text for the main form: what was typed before a refused top-level post, else nothing. */
    public String draftFor(Long parent) {
        if (draft == null) {
            return "";
        }
        return (parent == null ? draftParent == null : parent.equals(draftParent)) ? draft : "";
    }

    public boolean errorFor(Long parent) {
        return error != null && (parent == null ? draftParent == null : parent.equals(draftParent));
    }

    public List<Ordering> orderings() {
        return List.of(Ordering.values());
    }
}
