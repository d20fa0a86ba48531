package dev.tidings.web;

import dev.tidings.account.Viewer;
import dev.tidings.comment.Moderation;
import dev.tidings.comment.Outcome;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code POST /moderation/comments/{id}/{hide|restore|delete}} and
 * {@code POST /moderation/users/{id}/{suspend|reinstate}}: back to the queue when done.
 */
final class ModerationAction {
    private final Moderation moderation;
    private final PageContexts pages;

    ModerationAction(Moderation moderation, PageContexts pages) {
        this.moderation = moderation;
        this.pages = pages;
    }

    void comment(Context ctx) {
        Viewer viewer = pages.now(ctx).viewer();
        var action = Moderation.Action.parse(ctx.pathParam("action"))
                .orElseThrow(() -> new NotFound("There is no such moderation action."));
        finish(ctx, moderation.act(viewer, id(ctx), action));
    }

    void user(Context ctx) {
        Viewer viewer = pages.now(ctx).viewer();
        boolean suspend = switch (ctx.pathParam("action")) {
            case "suspend" -> true;
            case "reinstate" -> false;
            default -> throw new NotFound("There is no such moderation action.");
        };
        finish(ctx, moderation.suspend(viewer, id(ctx), suspend));
    }

    private static long id(Context ctx) {
        Long id = CommentResponses.longParam(ctx.pathParam("id"));
        if (id == null) {
            throw new NotFound("There is no such comment or account.");
        }
        return id;
    }

    private static void finish(Context ctx, Outcome outcome) {
        if (outcome instanceof Outcome.Done) {
            ctx.redirect("/moderation", HttpStatus.SEE_OTHER);
            return;
        }
        throw new Refusal(CommentResponses.status(outcome), "Not done", CommentResponses.message(outcome));
    }
}
