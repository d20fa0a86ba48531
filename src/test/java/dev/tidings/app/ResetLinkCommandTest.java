package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.account.AbuseLimits;
import dev.tidings.account.Accounts;
import dev.tidings.account.AuthResult;
import dev.tidings.account.RateLimiter;
import dev.tidings.account.Role;
import dev.tidings.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings user reset-link}: the link an admin hands to a reader of a site without mail. */
class ResetLinkCommandTest {
    private static final String TOKEN = "/password/reset\\?token=[A-Za-z0-9_-]{43}";

    @TempDir
    Path dir;

    @BeforeEach
    void ann() {
        withAccounts(accounts -> accounts.create("ann@example.org", "Ann", "a long enough secret", Role.READER));
    }

    private void withAccounts(Consumer<Accounts> work) {
        try (Database db = Database.openSqlite(dir)) {
            Clock clock = Clock.systemUTC();
            work.accept(new Accounts(db, clock, new RateLimiter(db, clock), AbuseLimits.defaults()));
        }
    }

    /** {@code tidings user reset-link args…} on the test's data, the site's address unset whatever the machine says. */
    private CommandRun run(String... args) {
        var all = new java.util.ArrayList<>(
                java.util.List.of("user", "reset-link", "--data", dir.toString(), "--set", "TIDINGS_PUBLIC_URL="));
        all.addAll(java.util.List.of(args));
        return CommandRun.of("", all.toArray(String[]::new));
    }

    @Test
    void printsALinkThatResetsThePasswordOnce() {
        CommandRun run = run("Ann@Example.org", "--base-url", "https://news.example.org/");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("https://news\\.example\\.org" + TOKEN + "\\R");
        assertThat(run.err()).contains("works once", "ann@example.org");
        String token = run.out().strip().substring(run.out().indexOf('=') + 1);
        withAccounts(accounts -> {
            assertThat(accounts.resetAccount(token).orElseThrow().email()).isEqualTo("ann@example.org");
            assertThat(accounts.resetPassword(token, "a brand new secret", "ip", null))
                    .isInstanceOf(AuthResult.SignedIn.class);
            assertThat(accounts.resetAccount(token)).isEmpty();
        });
    }

    @Test
    void theSiteAddressComesFromTheSettingElseLocalhost() {
        assertThat(run("ann@example.org", "--set", "TIDINGS_PUBLIC_URL=https://a.example/news")
                        .out())
                .matches("https://a\\.example/news" + TOKEN + "\\R");
        assertThat(run("ann@example.org").out()).matches("http://localhost:8080" + TOKEN + "\\R");
    }

    @Test
    void anUnknownOrSuspendedAccountOrABadAddressIsAnErrorWithAReason() {
        CommandRun unknown = run("nobody@example.org");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("tidings: no account with email nobody@example.org");

        CommandRun bad = run("ann@example.org", "--base-url", "news.example.org");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("--base-url must be the site's address");

        withAccounts(accounts -> accounts.setSuspended(
                accounts.userByEmail("ann@example.org").orElseThrow().id(), true));
        CommandRun suspended = run("ann@example.org");
        assertThat(suspended.exit()).isNotZero();
        assertThat(suspended.err()).contains("suspended");
    }
}
