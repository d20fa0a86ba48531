package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.tidings.account.AbuseLimits;
import dev.tidings.account.Accounts;
import dev.tidings.account.ResetMail;
import dev.tidings.account.Role;
import dev.tidings.account.Tokens;
import dev.tidings.db.TestClock;
import dev.tidings.mail.FakeSmtpServer;
import dev.tidings.mail.MailSettings;
import dev.tidings.mail.Mailer;
import dev.tidings.xss.XssProbe;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forgotten password over real HTTP, with the reset link mailed to a local SMTP server: the link
 * is built on the configured public address whatever Host the request names, works once, and
 * leaves the account with only the new password and the new session.
 */
class PasswordResetPagesTest {
    private static final String PASSWORD = "a long enough secret";
    private static final String NEW_PASSWORD = "a brand new secret";
    private static final String SITE = "https://news.example.org";
    private static final String SENT =
            "If an account uses that address, we have sent it a link to choose a new password. The link works"
                    + " for one hour.";
    private static final Pattern LINK = Pattern.compile("(\\S+)(/password/reset\\?token=[A-Za-z0-9_-]{43})");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    private FakeSmtpServer smtp;
    private Mailer mailer;
    private TestSite site;

    @BeforeEach
    void start() {
        smtp = new FakeSmtpServer();
        mailer = new Mailer(
                MailSettings.fromEnv(Map.of("TIDINGS_SMTP_URL", smtp.url(), "TIDINGS_MAIL_FROM", "news@example.org")));
        site = new TestSite(dir, clock, AbuseLimits.defaults(), ResetMail.via(mailer, URI.create(SITE)));
        site.accounts.create("ann@example.org", "Ann", PASSWORD, Role.READER);
    }

    @AfterEach
    void stop() {
        site.close();
        mailer.close();
        smtp.close();
    }

    private Browserless signedIn(String password) {
        Browserless b = new Browserless(site.base());
        b.get("/signin");
        var r = b.post("/signin", Map.of("email", "ann@example.org", "password", password));
        assertThat(r.statusCode()).as("sign-in with " + password).isIn(303, 422);
        return b;
    }

    /** The path of the one reset link mailed so far, after checking it is on the configured site. */
    private String mailedPath() {
        var mails = smtp.await(1, Duration.ofSeconds(20));
        assertThat(mails).hasSize(1);
        Matcher m = LINK.matcher(mails.getFirst().text());
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo(SITE);
        return m.group(2);
    }

    @Test
    void aReaderResetsAForgottenPasswordThroughTheMailedLink() throws Exception {
        Browserless phone = signedIn(PASSWORD);
        Browserless reader = new Browserless(site.base());
        assertThat(reader.get("/signin").body()).contains("<a href=\"/password/forgot\">Forgot your password?</a>");
        var form = reader.get("/password/forgot");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("action=\"/password/forgot\"", "name=\"csrf\"");

        // An unknown address and a known one get the same page; only the known one gets mail.
        var unknown = reader.post("/password/forgot", Map.of("email", "nobody@example.org"));
        // The known one is asked for with a forged Host (and X-Forwarded-Host): the link must not follow it.
        String known = rawPost(
                "/password/forgot",
                "evil.example",
                reader,
                Map.of("email", "Ann@Example.org", "csrf", reader.lastCsrf));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains(SENT).doesNotContain("nobody@example.org");
        assertThat(known).startsWith("HTTP/1.1 200");
        assertThat(known.substring(known.indexOf("\r\n\r\n") + 4)).isEqualTo(unknown.body());

        String path = mailedPath();
        var mail = smtp.received().getFirst();
        assertThat(mail.to()).containsExactly("ann@example.org");
        assertThat(mail.from()).isEqualTo("news@example.org");
        assertThat(mail.message().getSubject()).contains("news.example.org");
        assertThat(mail.text()).contains("one hour", "once", "nothing changes").doesNotContain("evil.example");

        var page = reader.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.body()).contains("ann@example.org", "name=\"token\"", "name=\"csrf\"");
        String token = path.substring(path.indexOf('=') + 1);

        var weak = reader.post("/password/reset", Map.of("token", token, "password", "short"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("Use at least 10 characters.");
        assertThat(weak.headers().firstValue("Cache-Control")).contains("no-store");

        var done = reader.post("/password/reset", Map.of("token", token, "password", NEW_PASSWORD));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).contains("/");
        assertThat(reader.get("/").body()).contains("Ann", "Sign out");
        assertThat(phone.get("/").body()).contains("href=\"/signin\"");

        assertThat(signedIn(NEW_PASSWORD).cookies).containsKey("tidings_session");
        var old = new Browserless(site.base());
        old.get("/signin");
        var refused = old.post("/signin", Map.of("email", "ann@example.org", "password", PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(old.cookies).doesNotContainKey("tidings_session");

        var again = new Browserless(site.base()).get(path);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains(Accounts.RESET_LINK_DEAD, "href=\"/password/forgot\"");
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void withMailTheFormsAndTheirAnswersPassAxeInChromium() {
        assumeTrue(
                XssProbe.available(),
                "Chromium is not installed at " + XssProbe.CHROMIUM
                        + " (apt-get install chromium); set TIDINGS_REQUIRE_BROWSER=1 to make this a failure");
        List<String> found = new ArrayList<>();
        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = XssProbe.chromium(playwright)) {
            Page page = browser.newPage();
            page.navigate(site.base() + "/password/forgot");
            axe(page, "the form", found);
            page.locator("#email").fill("ann@example.org");
            page.locator("form[action='/password/forgot'] button[type=submit]").click();
            page.locator(".form-message[role=status]").waitFor();
            axe(page, "the answer", found);
            page.navigate(site.base() + mailedPath());
            axe(page, "the reset form", found);
            page.locator("#password").fill(NEW_PASSWORD);
            // posted by a real browser under the page's referrer policy, the form is taken
            page.locator("form[action='/password/reset'] button[type=submit]").click();
            page.waitForURL(site.base() + "/");
        }
        assertThat(found).isEmpty();
        assertThat(signedIn(NEW_PASSWORD).get("/account/password").statusCode()).isEqualTo(200);
    }

    /** Adds a line to {@code found} for each WCAG 2.1 A/AA rule the open page breaks. */
    private static void axe(Page page, String what, List<String> found) {
        for (Rule rule : new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze()
                .getViolations()) {
            found.add(what + ": " + rule.getId() + " (" + rule.getNodes().size() + " elements)");
        }
    }

    @Test
    void deadLinksGetTheRefusalPageNeverAnError() {
        Browserless reader = new Browserless(site.base());
        reader.get("/password/forgot");
        reader.post("/password/forgot", Map.of("email", "ann@example.org"));
        String path = mailedPath();
        for (String dead : new String[] {
            "/password/reset",
            "/password/reset?token=",
            "/password/reset?token=%27%20OR%201=1%20--",
            "/password/reset?token=" + "x".repeat(3000),
            "/password/reset?token=" + Tokens.random()
        }) {
            var r = reader.get(dead);
            assertThat(r.statusCode()).as(dead).isEqualTo(410);
            assertThat(r.body()).as(dead).contains(Accounts.RESET_LINK_DEAD).doesNotContain("name=\"token\"");
        }
        assertThat(reader.post("/password/reset", Map.of("password", NEW_PASSWORD))
                        .statusCode())
                .isEqualTo(410);
        clock.advance(Accounts.RESET_LIFETIME);
        assertThat(reader.get(path).statusCode()).isEqualTo(410);
        var late = reader.post(
                "/password/reset", Map.of("token", path.substring(path.indexOf('=') + 1), "password", NEW_PASSWORD));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains(Accounts.RESET_LINK_DEAD);
        assertThat(signedIn(PASSWORD).cookies).containsKey("tidings_session");
    }

    @Test
    void forgedPostsWithoutTheFormsTokenAreRefused() {
        Browserless reader = new Browserless(site.base());
        reader.get("/password/forgot");
        var blind = reader.postRaw("/password/forgot", Map.of("email", "ann@example.org"), Map.of());
        assertThat(blind.statusCode()).isEqualTo(403);
        assertThat(blind.body()).contains("This form has expired");
        var crossSite = reader.postRaw(
                "/password/forgot",
                Map.of("email", "ann@example.org", "csrf", reader.lastCsrf),
                Map.of("Origin", "http://evil.example"));
        assertThat(crossSite.statusCode()).isEqualTo(403);

        String token = site.accounts.resetLinkFor("ann@example.org").token();
        reader.get("/password/reset?token=" + token);
        var forged = reader.postRaw("/password/reset", Map.of("token", token, "password", NEW_PASSWORD), Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(site.accounts.resetAccount(token)).isPresent();
        assertThat(signedIn(PASSWORD).cookies).containsKey("tidings_session");
        assertThat(smtp.await(1, Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void askingTooOftenForOneAddressGetsTheUsualLimitedAnswer() {
        int allowed = AbuseLimits.defaults().resetsPerEmail().max();
        for (int i = 0; i < allowed; i++) {
            Browserless b = new Browserless(site.base());
            b.get("/password/forgot");
            assertThat(b.post("/password/forgot", Map.of("email", "ann@example.org"))
                            .body())
                    .contains(SENT);
        }
        Browserless b = new Browserless(site.base());
        b.get("/password/forgot");
        var limited = b.post("/password/forgot", Map.of("email", "ann@example.org"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("Too many reset links were asked for this address. Try again in");
        assertThat(smtp.await(allowed, Duration.ofSeconds(20))).hasSize(allowed);
        var bad = b.post("/password/forgot", Map.of("email", "not an address"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("That does not look like an email address.");
    }

    @Test
    void withoutMailTheForgotPageSendsReadersToAnAdministrator() {
        site.close();
        site = new TestSite(dir.resolve("no-mail"), clock, AbuseLimits.defaults());
        site.accounts.create("ann@example.org", "Ann", PASSWORD, Role.READER);
        Browserless reader = new Browserless(site.base());
        var page = reader.get("/password/forgot");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("This site cannot send mail", "<code>tidings user reset-link EMAIL</code>")
                .doesNotContain("action=\"/password/forgot\"");
        // A stale form from before mail was turned off, with a good token (the page itself has no form).
        String csrf = reader.cookies.get("tidings_csrf");
        var posted = reader.postRaw("/password/forgot", Map.of("email", "ann@example.org", "csrf", csrf), Map.of());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("This site cannot send mail").doesNotContain(SENT);
        long tokens = site.db.read(h -> h.queryLong("SELECT COUNT(*) FROM password_resets"));
        assertThat(tokens).isZero();
    }

    /**
     * A form post over a plain socket, which (unlike {@link java.net.http.HttpClient}) may name any
     * Host; returns the whole response as text.
     */
    private String rawPost(String path, String host, Browserless from, Map<String, String> form) throws IOException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String cookies = from.cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        String request = "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "X-Forwarded-Host: " + host + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "Cookie: " + cookies + "\r\n"
                + "Connection: close\r\n\r\n"
                + body;
        try (Socket socket = new Socket("127.0.0.1", site.web.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
