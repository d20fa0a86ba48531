package dev.tidings.account;

import dev.tidings.mail.Mail;
import dev.tidings.mail.Mailer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Mails reset links. A link is built on the site's configured address ({@code TIDINGS_PUBLIC_URL}),
 * never on the Host a request names: a forged Host would otherwise have us mail the owner a live
 * token pointing at the forger's server.
 */
public final class ResetMail {
    private final Mailer mailer;
    private final URI site;

    private ResetMail(Mailer mailer, URI site) {
        this.mailer = mailer;
        this.site = site;
    }

    /** A site that cannot send mail: readers are sent to an administrator instead. */
    public static ResetMail off() {
        return new ResetMail(null, null);
    }

    /** Links on {@code site} (as checked by {@link #siteAddress}), sent by {@code mailer}. */
    public static ResetMail via(Mailer mailer, URI site) {
        if (mailer == null || site == null) {
            throw new IllegalArgumentException("reset mail needs a mailer and the site's public address");
        }
        return new ResetMail(mailer, site);
    }

    public boolean enabled() {
        return mailer != null;
    }

    /** Queues the mail with the link; failures are logged by the mailer, never shown to the requester. */
    public void send(ResetRequest.Issued issued) {
        if (!enabled()) {
            throw new IllegalStateException("this site sends no mail");
        }
        mailer.send(mail(site, issued));
    }

    /** The page where the token's holder chooses a new password. */
    public static String link(URI site, String token) {
        return site + "/password/reset?token=" + token;
    }

    /**
     * Checks a site address from configuration ({@code name} says which): http or https with a host,
     * maybe a path, nothing more. Returned without a trailing slash, ready for {@link #link}.
     */
    public static URI siteAddress(String value, String name) {
        String problem = name + " must be the site's address, like https://news.example.org: " + value;
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(problem);
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    static Mail mail(URI site, ResetRequest.Issued issued) {
        String name = "Tidings at " + site.getAuthority();
        String text = """
                Someone, most likely you, asked %s for a way to choose a new password \
                for the account %s.

                To choose a new password, open this link:

                %s

                The link works once, within one hour of being sent.

                If you did not ask for it, ignore this mail: nothing changes, and your \
                password stays as it is.

                --\s
                %s
                """.formatted(name, issued.user().email(), link(site, issued.token()), name);
        return new Mail("password_reset", issued.user().email(), "Choose a new password for " + name, text);
    }
}
