package dev.tidings.web;

import dev.tidings.account.Accounts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code /signup}: display name, email and password; signs the new reader in. */
final class SignUpPage {
    private final Accounts accounts;
    private final AccountForms forms;
    private final PageContexts pages;

    SignUpPage(Accounts accounts, AccountForms forms, PageContexts pages) {
        this.accounts = accounts;
        this.forms = forms;
        this.pages = pages;
    }

    void show(Context ctx) {
        if (pages.now(ctx).viewer().signedIn()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        forms.show(ctx, "signup.jte", forms.form(ctx, "", ""));
    }

    void submit(Context ctx) {
        String email = ctx.formParam("email");
        String name = ctx.formParam("name");
        var form = forms.form(ctx, email, name).withNext(ctx.formParam("next"));
        var result = accounts.signUp(email, name, ctx.formParam("password"), forms.ip(ctx), forms.sessionToken(ctx));
        forms.finish(ctx, result, "signup.jte", form);
    }
}
