package dev.tidings.web;

import dev.tidings.account.Accounts;
import dev.tidings.account.ResetMail;
import dev.tidings.account.ResetRequest;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code /password/forgot}: asks for a reset link by email. Whether or not an account uses the
 * address, the answer is the same page, and the mail leaves in the background. A site without
 * mail says who can make a link instead.
 */
final class ForgotPasswordPage {
    private static final String TEMPLATE = "forgot.jte";

    private final Accounts accounts;
    private final ResetMail mail;
    private final AccountForms forms;
    private final PageContexts pages;

    ForgotPasswordPage(Accounts accounts, ResetMail mail, AccountForms forms, PageContexts pages) {
        this.accounts = accounts;
        this.mail = mail;
        this.forms = forms;
        this.pages = pages;
    }

    void show(Context ctx) {
        forms.show(ctx, TEMPLATE, view(ctx, false, "", null, null));
    }

    void submit(Context ctx) {
        if (!mail.enabled()) {
            show(ctx);
            return;
        }
        String email = ctx.formParam("email");
        switch (accounts.requestReset(email, forms.ip(ctx))) {
            case ResetRequest.Issued issued -> {
                mail.send(issued);
                forms.show(ctx, TEMPLATE, view(ctx, true, "", null, null));
            }
            case ResetRequest.NotIssued nothing -> forms.show(ctx, TEMPLATE, view(ctx, true, "", null, null));
            case ResetRequest.Refused refused -> {
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                forms.show(ctx, TEMPLATE, view(ctx, false, email, refused.message(), null));
            }
            case ResetRequest.Limited limited -> {
                forms.limited(ctx, limited.retryAfter());
                forms.show(ctx, TEMPLATE, view(ctx, false, email, null, limited.message()));
            }
        }
    }

    private Views.ForgotPassword view(Context ctx, boolean sent, String email, String error, String message) {
        return new Views.ForgotPassword(
                pages.now(ctx), mail.enabled(), sent, email == null ? "" : email, error, message);
    }
}
