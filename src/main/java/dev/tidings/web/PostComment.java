package dev.tidings.web;

import dev.tidings.comment.CommentTarget;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Outcome;
import io.javalin.http.Context;

/** {@code POST /comments}: a new comment or reply on a target ({@code target=article/<id>}). */
final class PostComment {
    private final Comments comments;
    private final CommentResponses responses;
    private final PageContexts pages;
    private final Viewers viewers;

    PostComment(Comments comments, CommentResponses responses, PageContexts pages, Viewers viewers) {
        this.comments = comments;
        this.responses = responses;
        this.pages = pages;
        this.viewers = viewers;
    }

    void handle(Context ctx) {
        CommentTarget target = CommentTarget.parse(ctx.formParam("target"));
        if (target == null) {
            throw new NotFound("There is nothing to comment on at this address.");
        }
        responses.path(target); // an unknown article is a 404 before anything is stored
        String body = ctx.formParam("body");
        Long parent = CommentResponses.longParam(ctx.formParam("parent"));
        Outcome outcome = comments.post(pages.now(ctx).viewer(), target, parent, body, viewers.ip(ctx));
        responses.respond(ctx, outcome, target, body, parent, null);
    }
}
