package dev.tidings.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Outgoing mail: the SMTP server from {@code TIDINGS_SMTP_URL} and the sender from {@code
 * TIDINGS_MAIL_FROM}. {@code smtp://} talks plain SMTP and switches to TLS with STARTTLS, which a
 * server other than one on this machine must offer (port 587 unless given); {@code smtps://} is TLS
 * from the first byte (port 465 unless given). User and password are optional and URL-encoded. Without a URL no mail is sent.
 */
public record MailSettings(String host, int port, boolean implicitTls, String user, String password, String from) {
    private static final String SHAPE =
            "TIDINGS_SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://mail.example.org:465";

    public static MailSettings none() {
        return new MailSettings(null, 0, false, null, null, null);
    }

    public static MailSettings fromEnv(Map<String, String> env) {
        String url = env.get("TIDINGS_SMTP_URL");
        if (url == null || url.isBlank()) {
            return none();
        }
        return parse(url.strip(), env.get("TIDINGS_MAIL_FROM"));
    }

    public boolean enabled() {
        return host != null;
    }

    /** Whether the server is a relay on this machine (a loopback name or address), where plain SMTP is safe. */
    boolean onThisMachine() {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }

    /** The protocol name Jakarta Mail knows this server by. */
    String protocol() {
        return implicitTls ? "smtps" : "smtp";
    }

    // The URL is never repeated in these messages: it may hold the password.
    static MailSettings parse(String url, String from) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(SHAPE + " (it is not a URL; URL-encode the user and password)", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
            throw new IllegalArgumentException(SHAPE + " (it starts with neither smtp:// nor smtps://)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(SHAPE + " (it names no host; URL-encode the user and password)");
        }
        boolean noPath = uri.getRawPath() == null
                || uri.getRawPath().isEmpty()
                || uri.getRawPath().equals("/");
        if (!noPath || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(SHAPE + " (it has a path or query, which SMTP has no use for)");
        }
        boolean tls = scheme.equals("smtps");
        int port = uri.getPort() == -1 ? (tls ? 465 : 587) : uri.getPort();
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        return new MailSettings(uri.getHost(), port, tls, user, password, sender(from));
    }

    private static String sender(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException(
                    "TIDINGS_MAIL_FROM is needed with TIDINGS_SMTP_URL: the address mail is sent from");
        }
        try {
            new InternetAddress(from.strip(), true).validate();
            return from.strip();
        } catch (AddressException e) {
            throw new IllegalArgumentException("TIDINGS_MAIL_FROM is not an email address: " + from, e);
        }
    }

    private static String decode(String part) {
        try {
            // URLDecoder would read '+' as a space, which a URL's user part does not mean.
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SHAPE + " (a % in the user or password starts no escape)", e);
        }
    }

    @Override
    public String toString() {
        return "MailSettings[" + protocol() + "://" + (user == null ? "" : user + ":***@") + host + ":" + port
                + ", from=" + from + "]";
    }
}
