package dev.tidings.web;

import dev.tidings.account.Accounts;
import dev.tidings.account.AuthResult;
import dev.tidings.account.User;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code /password/reset?token=…}: the page a reset link opens. Setting the new password ends
 * every session of the account and signs the reader in here. The token is in the address, so the
 * page is never cached and sends no referrer to any other site it links to or loads from.
 */
final class ResetPasswordPage {
    private static final String TEMPLATE = "reset.jte";

    private final Accounts accounts;
    private final AccountForms forms;
    private final PageContexts pages;

    ResetPasswordPage(Accounts accounts, AccountForms forms, PageContexts pages) {
        this.accounts = accounts;
        this.forms = forms;
        this.pages = pages;
    }

    void show(Context ctx) {
        keepTokenPrivate(ctx);
        String token = ctx.queryParam("token");
        accounts.resetAccount(token)
                .ifPresentOrElse(user -> forms.show(ctx, TEMPLATE, form(ctx, token, user, null)), () -> dead(ctx));
    }

    void submit(Context ctx) {
        keepTokenPrivate(ctx);
        String token = ctx.formParam("token");
        var result = accounts.resetPassword(token, ctx.formParam("password"), forms.ip(ctx), forms.sessionToken(ctx));
        switch (result) {
            case AuthResult.SignedIn in -> forms.signedIn(ctx, in, "/");
            case AuthResult.Refused r when "token".equals(r.field()) -> dead(ctx);
            case AuthResult.Refused r -> {
                var user = accounts.resetAccount(token);
                if (user.isEmpty()) {
                    dead(ctx);
                    return;
                }
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                forms.show(ctx, TEMPLATE, form(ctx, token, user.get(), r.message()));
            }
            case AuthResult.Limited l -> {
                forms.limited(ctx, l.retryAfter());
                forms.show(ctx, TEMPLATE, new Views.ResetPassword(pages.now(ctx), "", "", null, l.message()));
            }
        }
    }

    private Views.ResetPassword form(Context ctx, String token, User user, String error) {
        return new Views.ResetPassword(pages.now(ctx), token, user.email(), error, null);
    }

    private void dead(Context ctx) {
        ctx.status(HttpStatus.GONE);
        forms.show(ctx, TEMPLATE, new Views.ResetPassword(pages.now(ctx), "", "", null, Accounts.RESET_LINK_DEAD));
    }

    private static void keepTokenPrivate(Context ctx) {
        // Not "no-referrer": with it a browser posts the form with "Origin: null", which the
        // same-origin check refuses; "same-origin" still keeps the token from every other site.
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}
