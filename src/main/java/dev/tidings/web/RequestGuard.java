package dev.tidings.web;

import dev.tidings.account.Tokens;
import dev.tidings.account.Viewer;
import dev.tidings.extract.Embeds;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before every route: security headers on every answer (a content security policy among them),
 * and for every state-changing request a same-origin check (Origin, Sec-Fetch-Site) plus the CSRF
 * token of the viewer's session or anonymous cookie, from the form field {@code csrf} or the
 * {@code X-CSRF-Token} header.
 */
final class RequestGuard {
    private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);
    static final String FIELD = "csrf";

    /**
     * What a Tidings page may load: its own scripts, styles, pictures (article pictures come through
     * {@code /media}) and requests; players only from the hosts extraction keeps iframes for; video
     * from publishers over https. No inline script or style, no plug-ins, no framing, no forms sent
     * elsewhere. A script that slipped through sanitising would not run.
     */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; media-src 'self' https:; frame-src " + Embeds.policySources()
            + "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Viewers viewers;

    RequestGuard(Viewers viewers) {
        this.viewers = viewers;
    }

    void handle(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        if (crossSite(ctx, viewers.forwardedHost(ctx))) {
            log.warn("event=csrf_refused reason=cross_site path={} origin={}", ctx.path(), ctx.header("Origin"));
            throw Refusal.forbidden("This form was sent from another site, so it was not accepted.");
        }
        Viewer viewer = viewers.of(ctx);
        String token = ctx.header("X-CSRF-Token");
        if (token == null) {
            token = ctx.formParam(FIELD);
        }
        if (!Tokens.same(token, viewer.csrfToken())) {
            log.warn("event=csrf_refused reason=token path={} signed_in={}", ctx.path(), viewer.signedIn());
            throw new Refusal(
                    403,
                    "Form expired",
                    "This form has expired or did not come from this site. Go back, reload the page and try again.");
        }
    }

    private static boolean crossSite(Context ctx, String forwardedHost) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && (site.equals("cross-site") || site.equals("same-site"))) {
            return true;
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return false; // older browsers and non-browser clients; the token still has to match
        }
        try {
            String authority = URI.create(origin).getAuthority();
            return authority == null
                    || !(authority.equalsIgnoreCase(ctx.host()) || authority.equalsIgnoreCase(forwardedHost));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
