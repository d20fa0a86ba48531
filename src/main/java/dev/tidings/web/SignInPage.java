package dev.tidings.web;

import dev.tidings.account.Accounts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code /signin}: email and password; a fresh session replaces whatever cookie came before. */
final class SignInPage {
    private final Accounts accounts;
    private final AccountForms forms;
    private final PageContexts pages;

    SignInPage(Accounts accounts, AccountForms forms, PageContexts pages) {
        this.accounts = accounts;
        this.forms = forms;
        this.pages = pages;
    }

    void show(Context ctx) {
        if (pages.now(ctx).viewer().signedIn()) {
            ctx.redirect(LocalPath.orHome(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        forms.show(ctx, "signin.jte", forms.form(ctx, "", null));
    }

    void submit(Context ctx) {
        String email = ctx.formParam("email");
        var form = forms.form(ctx, email, null).withNext(ctx.formParam("next"));
        var result = accounts.signIn(email, ctx.formParam("password"), forms.ip(ctx), forms.sessionToken(ctx));
        forms.finish(ctx, result, "signin.jte", form);
    }
}
