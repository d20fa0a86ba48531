package dev.tidings.web;

import dev.tidings.account.Accounts;
import dev.tidings.account.AuthResult;
import dev.tidings.account.Viewer;
import dev.tidings.comment.Comments;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/**
 * {@code /account}: a signed-in reader's account — their latest comments, each linked to where it
 * stands ({@code /comments/{id}}), the name shown with them (changed with {@code POST /account/name}), the way to a new password, and deleting the account ({@code
 * POST /account/delete}, with the password): its comments' words go, the threads keep their
 * shape.
 */
final class AccountPage {
    /** Own comments the page lists. */
    private static final int LISTED = 20;

    private final Accounts accounts;
    private final Comments comments;
    private final CommentTargets targets;
    private final Templates templates;
    private final AccountForms forms;
    private final PageContexts pages;
    private final Viewers viewers;

    AccountPage(
            Accounts accounts,
            Comments comments,
            CommentTargets targets,
            Templates templates,
            AccountForms forms,
            PageContexts pages,
            Viewers viewers) {
        this.accounts = accounts;
        this.comments = comments;
        this.targets = targets;
        this.templates = templates;
        this.forms = forms;
        this.pages = pages;
        this.viewers = viewers;
    }

    void show(Context ctx) {
        Viewer viewer = pages.now(ctx).viewer();
        if (!viewer.signedIn()) {
            ctx.redirect("/signin?next=/account", HttpStatus.SEE_OTHER);
            return;
        }
        String message = ctx.queryParam("renamed") != null ? "Your name was changed." : null;
        render(ctx, account(ctx).withMessage(message));
    }

    void rename(Context ctx) {
        Viewer viewer = signedIn(ctx);
        Optional<String> problem = accounts.rename(viewer.user(), ctx.formParam("name"));
        if (problem.isPresent()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, account(ctx).withError("name", problem.get()));
            return;
        }
        ctx.redirect("/account?renamed=1", HttpStatus.SEE_OTHER);
    }

    void delete(Context ctx) {
        Viewer viewer = signedIn(ctx);
        Optional<AuthResult> refused =
                accounts.delete(viewer.user(), ctx.formParam("password"), forms.ip(ctx), Comments::deleteAllBy);
        if (refused.isEmpty()) {
            viewers.signedOut(ctx);
            ctx.redirect("/account/deleted", HttpStatus.SEE_OTHER);
            return;
        }
        Views.Account view = account(ctx);
        switch (refused.get()) {
            case AuthResult.Refused r -> {
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                view = view.withError(r.field() == null ? "delete" : r.field(), r.message());
            }
            case AuthResult.Limited l -> {
                forms.limited(ctx, l.retryAfter());
                view = view.withError("delete", l.message());
            }
            case AuthResult.SignedIn in -> throw new IllegalStateException("deleting an account opens no session");
        }
        render(ctx, view);
    }

    void deleted(Context ctx) {
        templates.render(
                ctx,
                "error.jte",
                new Views.Error(
                        pages.now(ctx),
                        200,
                        "Your account is deleted",
                        "Your email, name and password are gone, and so are the words of your comments; replies"
                                + " to them stay, under a placeholder. You can sign up again with the same email."));
    }

    /** The page for the viewer as it stands, with their latest comments. */
    private Views.Account account(Context ctx) {
        PageContext page = pages.now(ctx);
        List<Views.OwnComment> mine = comments.latestBy(page.viewer(), LISTED).stream()
                .map(c -> new Views.OwnComment(
                        c,
                        targets.place(c.target())
                                .map(CommentTargets.Place::title)
                                .orElse(null)))
                .toList();
        return Views.Account.of(page, mine);
    }

    private void render(Context ctx, Views.Account view) {
        viewers.keepAnonymousToken(ctx);
        templates.render(ctx, "account.jte", view);
    }

    private Viewer signedIn(Context ctx) {
        Viewer viewer = pages.now(ctx).viewer();
        if (!viewer.signedIn()) {
            throw Refusal.signInFirst();
        }
        return viewer;
    }
}
