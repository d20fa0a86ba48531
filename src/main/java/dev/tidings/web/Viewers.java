package dev.tidings.web;

import dev.tidings.account.Accounts;
import dev.tidings.account.Tokens;
import dev.tidings.account.Viewer;
import io.javalin.http.Context;

/**
 * Who sent a request: the user of a live session cookie, or an anonymous reader. Anonymous forms
 * (sign in, sign up) use a double-submit token from their own cookie, written only by the pages
 * that need it. Both cookies are HttpOnly and SameSite=Lax, and Secure when the site is on TLS.
 */
final class Viewers {
    static final String SESSION_COOKIE = "tidings_session";
    static final String CSRF_COOKIE = "tidings_csrf";
    private static final String ATTRIBUTE = "tidings.viewer";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Viewers.class);

    private final Accounts accounts;
    private final boolean trustForwarded;

    Viewers(Accounts accounts, boolean trustForwarded) {
        this.accounts = accounts;
        this.trustForwarded = trustForwarded;
    }

    Viewer of(Context ctx) {
        Viewer cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        Viewer viewer = session(ctx).orElseGet(() -> {
            String token = ctx.cookie(CSRF_COOKIE);
            return Viewer.anonymous(Tokens.wellFormed(token) ? token : Tokens.random());
        });
        ctx.attribute(ATTRIBUTE, viewer);
        return viewer;
    }

    private java.util.Optional<Viewer> session(Context ctx) {
        try {
            return accounts.viewer(ctx.cookie(SESSION_COOKIE));
        } catch (RuntimeException e) {
            // Error pages must render even when the database is away; the reader is then anonymous.
            log.warn("event=session_lookup_failed error=\"{}\"", e.toString());
            return java.util.Optional.empty();
        }
    }

    /** Called by pages that show an anonymous form, so its token comes back with the post. */
    void keepAnonymousToken(Context ctx) {
        Viewer viewer = of(ctx);
        if (!viewer.signedIn() && !viewer.csrfToken().equals(ctx.cookie(CSRF_COOKIE))) {
            setCookie(ctx, CSRF_COOKIE, viewer.csrfToken(), -1);
        }
    }

    /** Starts the session in the browser; the old viewer of this request is forgotten. */
    void signedIn(Context ctx, String token, long maxAgeSeconds) {
        setCookie(ctx, SESSION_COOKIE, token, maxAgeSeconds);
        ctx.attribute(ATTRIBUTE, null);
    }

    void signedOut(Context ctx) {
        setCookie(ctx, SESSION_COOKIE, "", 0);
        ctx.attribute(ATTRIBUTE, null);
    }

    String sessionToken(Context ctx) {
        return ctx.cookie(SESSION_COOKIE);
    }

    /** The client's address for rate limits: the socket's, or the proxy's X-Forwarded-For when trusted. */
    String ip(Context ctx) {
        if (trustForwarded) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return ctx.ip();
    }

    /** The host the browser asked for, as a trusted proxy reports it; null when not behind one. */
    String forwardedHost(Context ctx) {
        return trustForwarded ? ctx.header("X-Forwarded-Host") : null;
    }

    private void setCookie(Context ctx, String name, String value, long maxAgeSeconds) {
        StringBuilder cookie =
                new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly; SameSite=Lax");
        if (maxAgeSeconds >= 0) {
            cookie.append("; Max-Age=").append(maxAgeSeconds);
        }
        if (secure(ctx)) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }

    private boolean secure(Context ctx) {
        // Honoured even from untrusted clients: a Secure flag can only keep a cookie off plain HTTP.
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
