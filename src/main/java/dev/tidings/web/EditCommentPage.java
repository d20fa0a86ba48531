package dev.tidings.web;

import dev.tidings.account.Viewer;
import dev.tidings.comment.Comment;
import dev.tidings.comment.CommentStatus;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Outcome;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/** {@code /comments/{id}/edit}: the author changes a comment within its edit window. */
final class EditCommentPage {
    private final Comments comments;
    private final CommentResponses responses;
    private final Templates templates;
    private final PageContexts pages;

    EditCommentPage(Comments comments, CommentResponses responses, Templates templates, PageContexts pages) {
        this.comments = comments;
        this.responses = responses;
        this.templates = templates;
        this.pages = pages;
    }

    void show(Context ctx) {
        Comment c = comment(ctx);
        PageContext page = pages.now(ctx);
        if (!page.viewer().signedIn()) {
            throw Refusal.signInFirst();
        }
        if (c.authorId() != page.viewer().userId()) {
            throw Refusal.forbidden("You can only edit your own comments.");
        }
        if (!comments.editable(page.viewer(), c)) {
            throw new Refusal(
                    422,
                    "Too late to edit",
                    "Comments can be edited for " + Comments.EDIT_WINDOW.toMinutes() + " minutes after posting.");
        }
        templates.render(ctx, "comment/edit.jte", new Views.CommentEdit(page, c, responses.path(c.target()), null));
    }

    void submit(Context ctx) {
        Comment c = comment(ctx);
        PageContext page = pages.now(ctx);
        Viewer viewer = page.viewer();
        String body = ctx.formParam("body");
        Outcome outcome = comments.edit(viewer, c.id(), body);
        String path = responses.path(c.target());
        switch (outcome) {
            case Outcome.Done d -> ctx.redirect(path + "#c-" + c.id(), HttpStatus.SEE_OTHER);
            case Outcome.Refused r -> {
                ctx.status(422);
                Comment typed = new Comment(
                        c.id(),
                        c.target(),
                        c.parentId(),
                        c.authorId(),
                        c.authorName(),
                        body,
                        c.bodyHtml(),
                        c.status(),
                        c.holdReason(),
                        c.votes(),
                        c.reports(),
                        c.createdAt(),
                        c.editedAt());
                templates.render(ctx, "comment/edit.jte", new Views.CommentEdit(page, typed, path, r.message()));
            }
            default -> responses.respond(ctx, outcome, c.target(), null, null, null);
        }
    }

    private Comment comment(Context ctx) {
        Long id = CommentResponses.longParam(ctx.pathParam("id"));
        Optional<Comment> c = id == null ? Optional.empty() : comments.comment(id);
        return c.filter(x -> x.status() != CommentStatus.DELETED && x.status() != CommentStatus.HIDDEN)
                .orElseThrow(() -> new NotFound("There is no such comment."));
    }
}
