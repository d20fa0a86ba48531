package dev.tidings.web;

import dev.tidings.comment.CommentItem;
import dev.tidings.comment.CommentSection;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Ordering;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code GET /comments/{id}}: a comment's lasting address. It leads to the page of its discussion
 * that shows it (a long discussion has many), for a viewer who may see it; anyone else, and a
 * comment that is gone, gets the missing page.
 */
final class CommentPermalink {
    private final Comments comments;
    private final CommentTargets targets;
    private final PageContexts pages;

    CommentPermalink(Comments comments, CommentTargets targets, PageContexts pages) {
        this.comments = comments;
        this.targets = targets;
        this.pages = pages;
    }

    void handle(Context ctx) {
        long id = NotFound.unlessNumber(ctx, "id", "There is no such comment.");
        var comment = comments.comment(id).orElseThrow(() -> new NotFound("There is no such comment."));
        String path = targets.path(comment.target())
                .orElseThrow(() -> new NotFound("What this comment was about is no longer here."));
        CommentSection section = comments.sectionShowing(
                comment.target(), path, Ordering.NEWEST, pages.now(ctx).viewer(), id, 1);
        if (!shows(section, id)) {
            throw new NotFound("That comment is not there any more.");
        }
        String page = section.page() > 1 ? "?cpage=" + section.page() : "";
        ctx.redirect(path + page + "#c-" + id, HttpStatus.SEE_OTHER);
    }

    private static boolean shows(CommentSection section, long id) {
        for (CommentItem thread : section.items()) {
            if (thread.id() == id || thread.replies().stream().anyMatch(r -> r.id() == id)) {
                return true;
            }
        }
        return false;
    }
}
