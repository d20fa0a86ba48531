package dev.tidings.web;

import dev.tidings.account.Accounts;
import dev.tidings.account.Viewer;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code /account/password}: change the password; every other session of the account ends. */
final class PasswordPage {
    private final Accounts accounts;
    private final AccountForms forms;
    private final PageContexts pages;

    PasswordPage(Accounts accounts, AccountForms forms, PageContexts pages) {
        this.accounts = accounts;
        this.forms = forms;
        this.pages = pages;
    }

    void show(Context ctx) {
        Viewer viewer = pages.now(ctx).viewer();
        if (!viewer.signedIn()) {
            ctx.redirect("/signin?next=/account/password", HttpStatus.SEE_OTHER);
            return;
        }
        var form = forms.form(ctx, viewer.user().email(), null);
        if (ctx.queryParam("changed") != null) {
            form = form.withMessage("Your password was changed. Other devices are signed out.");
        }
        forms.show(ctx, "password.jte", form);
    }

    void submit(Context ctx) {
        Viewer viewer = pages.now(ctx).viewer();
        if (!viewer.signedIn()) {
            throw Refusal.signInFirst();
        }
        var form = forms.form(ctx, viewer.user().email(), null).withNext("/account/password?changed=1");
        var result = accounts.changePassword(
                viewer.user(), ctx.formParam("current"), ctx.formParam("password"), forms.ip(ctx));
        forms.finish(ctx, result, "password.jte", form);
    }
}
