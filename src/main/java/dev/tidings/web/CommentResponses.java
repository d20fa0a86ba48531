package dev.tidings.web;

import dev.tidings.comment.CommentSection;
import dev.tidings.comment.CommentTarget;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Ordering;
import dev.tidings.comment.Outcome;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How every comment action answers. A plain form post is redirected back to the comment (or
 * refused with an error page); a post from the page's script gets the re-rendered comments
 * section, with the error and the typed text when it was refused.
 */
final class CommentResponses {
    static final String INLINE_HEADER = "X-Requested-With";

    private final Comments comments;
    private final CommentTargets targets;
    private final Templates templates;
    private final PageContexts pages;

    CommentResponses(Comments comments, CommentTargets targets, Templates templates, PageContexts pages) {
        this.comments = comments;
        this.targets = targets;
        this.templates = templates;
        this.pages = pages;
    }

    String path(CommentTarget target) {
        return targets.path(target).orElseThrow(() -> new NotFound("There is nothing to comment on at this address."));
    }

    void respond(Context ctx, Outcome outcome, CommentTarget target, String draft, Long parent, String notice) {
        String path = path(target);
        Ordering order = Ordering.parse(ctx.formParam("order"));
        // the section is shown at the page holding the comment acted on (or replied to), else at
        // the page the form was on
        Long shown = outcome instanceof Outcome.Done done ? Long.valueOf(done.commentId()) : parent;
        int from = Paging.number(ctx.formParam("cpage"));
        if ("fetch".equals(ctx.header(INLINE_HEADER))) {
            PageContext page = pages.now(ctx);
            CommentSection section = shown == null
                    ? comments.section(target, path, order, page.viewer(), from)
                    : comments.sectionShowing(target, path, order, page.viewer(), shown, from);
            section = switch (outcome) {
                case Outcome.Done d
                when d.held() ->
                    section.withNotice("Thanks. Your comment waits for a moderator before others can see it.");
                case Outcome.Done d -> notice == null ? section : section.withNotice(notice);
                default -> section.withError(message(outcome), draft, parent);
            };
            ctx.status(status(outcome));
            templates.render(ctx, "comment/section.jte", Map.of("page", page, "section", section));
            return;
        }
        if (outcome instanceof Outcome.Done done) {
            int page = comments.sectionShowing(
                            target, path, order, pages.now(ctx).viewer(), done.commentId(), from)
                    .page();
            List<String> query = new ArrayList<>();
            if (order != Ordering.NEWEST) {
                query.add("order=" + order.param());
            }
            if (page > 1) {
                query.add("cpage=" + page);
            }
            String q = query.isEmpty() ? "" : "?" + String.join("&", query);
            ctx.redirect(path + q + "#c-" + done.commentId(), HttpStatus.SEE_OTHER);
            return;
        }
        if (outcome instanceof Outcome.Limited limited) {
            ctx.header(
                    "Retry-After",
                    Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
        }
        throw new Refusal(status(outcome), title(outcome), message(outcome));
    }

    /** The one place a comment outcome becomes an HTTP status. */
    static int status(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Done d -> 200;
            case Outcome.Refused r -> 422;
            case Outcome.Forbidden f -> 403;
            case Outcome.Missing m -> 404;
            case Outcome.Limited l -> 429;
        };
    }

    static String message(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Done d -> "";
            case Outcome.Refused r -> r.message();
            case Outcome.Forbidden f -> f.message();
            case Outcome.Missing m -> m.message();
            case Outcome.Limited l -> l.message();
        };
    }

    private static String title(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Limited l -> "Slow down";
            case Outcome.Forbidden f -> "Not allowed";
            case Outcome.Missing m -> "Not found";
            default -> "Comment not saved";
        };
    }

    static Long longParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
