package dev.tidings.comment;

import dev.tidings.account.Viewer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the thread one viewer sees: visible comments for everyone, held ones for their author
 * and moderators, and a placeholder for a deleted or hidden comment that still has replies.
 */
final class Threads {
    private final Viewer viewer;
    private final Instant now;

    Threads(Viewer viewer, Instant now) {
        this.viewer = viewer;
        this.now = now;
    }

    List<CommentItem> build(List<Comment> all, Ordering ordering) {
        Map<Long, List<Comment>> replies = new HashMap<>();
        List<Comment> roots = new ArrayList<>();
        for (Comment c : all) {
            if (c.parentId() == null) {
                roots.add(c);
            } else {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<CommentItem> items = new ArrayList<>();
        for (Comment root : roots) {
            List<CommentItem> shownReplies = new ArrayList<>();
            for (Comment reply : replies.getOrDefault(root.id(), List.of())) {
                CommentItem item = item(reply, List.of(), false);
                if (item != null) {
                    shownReplies.add(item);
                }
            }
            CommentItem item = item(root, List.copyOf(shownReplies), true);
            if (item != null) {
                items.add(item);
            }
        }
        items.sort(order(ordering));
        return List.copyOf(items);
    }

    private CommentItem item(Comment c, List<CommentItem> replies, boolean topLevel) {
        boolean mine = viewer.signedIn() && c.authorId() == viewer.userId();
        CommentItem.Display display = switch (c.status()) {
            case VISIBLE -> CommentItem.Display.SHOWN;
            case HELD -> mine || viewer.canModerate() ? CommentItem.Display.HELD : null;
            case DELETED -> replies.isEmpty() ? null : CommentItem.Display.DELETED;
            case HIDDEN -> replies.isEmpty() ? null : CommentItem.Display.REMOVED;
        };
        if (display == null) {
            return null;
        }
        boolean placeholder = display == CommentItem.Display.DELETED || display == CommentItem.Display.REMOVED;
        boolean live = display == CommentItem.Display.SHOWN;
        boolean other = viewer.signedIn() && !mine;
        return new CommentItem(
                c.id(),
                placeholder ? "" : c.authorName(),
                placeholder ? "" : c.bodyHtml(),
                c.createdAt(),
                c.edited() && !placeholder,
                display,
                mine,
                mine && !placeholder && now.isBefore(c.createdAt().plus(Comments.EDIT_WINDOW)),
                viewer.signedIn() && topLevel && live,
                other && live,
                other && live,
                c.votes(),
                replies);
    }

    private static Comparator<CommentItem> order(Ordering ordering) {
        Comparator<CommentItem> newest = Comparator.comparing(CommentItem::createdAt)
                .thenComparing(CommentItem::id)
                .reversed();
        return switch (ordering) {
            case NEWEST -> newest;
            case OLDEST -> newest.reversed();
            case TOP ->
                Comparator.comparingInt(CommentItem::votes)
                        .thenComparingInt(i -> i.replies().size())
                        .reversed()
                        .thenComparing(newest);
        };
    }
}
