package dev.tidings.web;

import dev.tidings.account.Accounts;
import dev.tidings.account.AuthResult;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;

/**
 * What the sign-in, sign-up and password pages share: rendering with errors, answering a limited
 * request, and starting a session.
 */
final class AccountForms {
    private final Templates templates;
    private final PageContexts pages;
    private final Viewers viewers;

    AccountForms(Templates templates, PageContexts pages, Viewers viewers) {
        this.templates = templates;
        this.pages = pages;
        this.viewers = viewers;
    }

    void show(Context ctx, String template, Object view) {
        viewers.keepAnonymousToken(ctx);
        templates.render(ctx, template, view);
    }

    Views.AccountForm form(Context ctx, String email, String name) {
        return new Views.AccountForm(
                pages.now(ctx), LocalPath.orHome(ctx.queryParam("next")), email, name, Map.of(), null);
    }

    /** Starts the session and goes on, or shows the form again with the reason next to its field. */
    void finish(Context ctx, AuthResult result, String template, Views.AccountForm form) {
        switch (result) {
            case AuthResult.SignedIn in -> signedIn(ctx, in, form.next());
            case AuthResult.Refused r -> {
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                show(
                        ctx,
                        template,
                        r.field() == null
                                ? form.withMessage(r.message())
                                : form.withErrors(r.field(), r.message(), r.alsoWrong()));
            }
            case AuthResult.Limited l -> {
                limited(ctx, l.retryAfter());
                show(ctx, template, form.withMessage(l.message()));
            }
        }
    }

    /** Puts the new session's cookie in the browser and goes on to {@code next}. */
    void signedIn(Context ctx, AuthResult.SignedIn in, String next) {
        viewers.signedIn(ctx, in.token(), Accounts.SESSION_LIFETIME.toSeconds());
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    /** The status and header of a request over its limit; the page says so in words. */
    void limited(Context ctx, Duration retryAfter) {
        ctx.status(HttpStatus.TOO_MANY_REQUESTS);
        ctx.header("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }

    String ip(Context ctx) {
        return viewers.ip(ctx);
    }

    String sessionToken(Context ctx) {
        return viewers.sessionToken(ctx);
    }
}
