package dev.tidings.web;

import dev.tidings.account.Accounts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code POST /signout}: ends the session on the server and clears the cookie. */
final class SignOut {
    private final Accounts accounts;
    private final Viewers viewers;

    SignOut(Accounts accounts, Viewers viewers) {
        this.accounts = accounts;
        this.viewers = viewers;
    }

    void handle(Context ctx) {
        accounts.signOut(viewers.sessionToken(ctx));
        viewers.signedOut(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }
}
