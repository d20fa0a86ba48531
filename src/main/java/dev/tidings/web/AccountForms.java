package dev.tidings.web;

import dev.tidings.account.Accounts;
import dev.tidings.account.AuthResult;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** What the sign-in, sign-up and password pages share: rendering with errors and starting a session. */
final class AccountForms {
    private final Templates templates;
    private final PageContexts pages;
    private final Viewers viewers;

    AccountForms(Templates templates, PageContexts pages, Viewers viewers) {
        this.templates = templates;
        this.pages = pages;
        this.viewers = viewers;
    }

    void show(Context ctx, String template, Views.AccountForm form) {
        viewers.keepAnonymousToken(ctx);
        templates.render(ctx, template, form);
    }

    Views.AccountForm form(Context ctx, String email, String name) {
        return new Views.AccountForm(
                pages.now(ctx), LocalPath.orHome(ctx.queryParam("next")), email, name, Map.of(), null);
    }

    /** Starts the session and goes on, or shows the form again with the reason next to its field. */
    void finish(Context ctx, AuthResult result, String template, Views.AccountForm form) {
        switch (result) {
            case AuthResult.SignedIn in -> {
                viewers.signedIn(ctx, in.token(), Accounts.SESSION_LIFETIME.toSeconds());
                ctx.redirect(form.next(), HttpStatus.SEE_OTHER);
            }
            case AuthResult.Refused r -> {
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                show(
                        ctx,
                        template,
                        r.field() == null ? form.withMessage(r.message()) : form.withError(r.field(), r.message()));
            }
            case AuthResult.Limited l -> {
                ctx.status(HttpStatus.TOO_MANY_REQUESTS);
                ctx.header(
                        "Retry-After", Long.toString(Math.max(1, l.retryAfter().toSeconds())));
                show(ctx, template, form.withMessage(l.message()));
            }
        }
    }

    String ip(Context ctx) {
        return viewers.ip(ctx);
    }

    String sessionToken(Context ctx) {
        return viewers.sessionToken(ctx);
    }
}
