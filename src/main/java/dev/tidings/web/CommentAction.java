package dev.tidings.web;

import dev.tidings.account.Viewer;
import dev.tidings.comment.Comment;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Outcome;
import io.javalin.http.Context;

/**
 * {@code POST /comments/{id}/delete|report|vote}: one small action on one comment. Each checks
 * in {@link Comments} that the viewer may do it to this comment.
 */
final class CommentAction {
    private final Comments comments;
    private final CommentResponses responses;
    private final PageContexts pages;

    CommentAction(Comments comments, CommentResponses responses, PageContexts pages) {
        this.comments = comments;
        this.responses = responses;
        this.pages = pages;
    }

    void delete(Context ctx) {
        Comment c = comment(ctx);
        Viewer viewer = pages.now(ctx).viewer();
        responses.respond(ctx, comments.delete(viewer, c.id()), c.target(), null, null, "Your comment was deleted.");
    }

    void report(Context ctx) {
        Comment c = comment(ctx);
        Viewer viewer = pages.now(ctx).viewer();
        Outcome outcome = comments.report(viewer, c.id(), ctx.formParam("reason"));
        responses.respond(ctx, outcome, c.target(), null, null, "Thanks. A moderator will look at that comment.");
    }

    void vote(Context ctx) {
        Comment c = comment(ctx);
        Viewer viewer = pages.now(ctx).viewer();
        responses.respond(ctx, comments.vote(viewer, c.id()), c.target(), null, null, null);
    }

    private Comment comment(Context ctx) {
        Long id = CommentResponses.longParam(ctx.pathParam("id"));
        return (id == null ? java.util.Optional.<Comment>empty() : comments.comment(id))
                .orElseThrow(() -> new NotFound("There is no such comment."));
    }
}
