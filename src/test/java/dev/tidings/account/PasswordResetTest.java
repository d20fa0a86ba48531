package dev.tidings.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Reset links on a real SQLite file and a real PostgreSQL: single use, one hour, one live link per account. */
@ParameterizedClass
@EnumSource(Kind.class)
class PasswordResetTest {
    private static final String PASSWORD = "a long enough secret";
    private static final String NEW_PASSWORD = "a brand new secret";

    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    private Database db;
    private Accounts accounts;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        accounts = new Accounts(db, clock, new RateLimiter(db, clock), AbuseLimits.defaults());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AuthResult.SignedIn signUp(String email) {
        return (AuthResult.SignedIn) accounts.signUp(email, "Reader", PASSWORD, "10.0.0.1", null);
    }

    private String issue(String email) {
        return ((ResetRequest.Issued) accounts.requestReset(email, "10.0.0.2")).token();
    }

    private long resetRows() {
        return db.read(h -> h.queryLong("SELECT COUNT(*) FROM password_resets"));
    }

    @Test
    void aTokenResetsThePasswordOnceAndSignsTheReaderIn() {
        signUp("ann@example.org");
        var issued = (ResetRequest.Issued) accounts.requestReset(" Ann@Example.org ", "10.0.0.2");
        assertThat(issued.user().email()).isEqualTo("ann@example.org");
        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(Tokens.wellFormed(issued.token())).isTrue();
        assertThat(accounts.resetAccount(issued.token()).orElseThrow().email()).isEqualTo("ann@example.org");

        var reset = accounts.resetPassword(issued.token(), NEW_PASSWORD, "10.0.0.2", null);
        assertThat(reset).isInstanceOf(AuthResult.SignedIn.class);
        assertThat(accounts.viewer(((AuthResult.SignedIn) reset).token())).isPresent();
        assertThat(accounts.signIn("ann@example.org", NEW_PASSWORD, "ip", null))
                .isInstanceOf(AuthResult.SignedIn.class);
        assertThat(accounts.signIn("ann@example.org", PASSWORD, "ip", null)).isInstanceOf(AuthResult.Refused.class);

        assertThat(accounts.resetAccount(issued.token())).isEmpty();
        assertThat(accounts.resetPassword(issued.token(), "yet another secret", "10.0.0.2", null))
                .isEqualTo(new AuthResult.Refused("token", Accounts.RESET_LINK_DEAD));
        assertThat(accounts.signIn("ann@example.org", NEW_PASSWORD, "ip", null))
                .isInstanceOf(AuthResult.SignedIn.class);
    }

    @Test
    void onlyTheHashOfTheTokenIsStoredWithItsTimes() {
        var in = signUp("ann@example.org");
        String token = issue("ann@example.org");
        var row = db.read(h -> h.queryOne(
                        "SELECT token_hash, user_id, created_at, expires_at, used_at FROM password_resets",
                        rs -> new Object[] {
                            rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getObject(5)
                        }))
                .orElseThrow();
        assertThat(row[0]).isEqualTo(Tokens.sha256(token)).isNotEqualTo(token);
        assertThat(row[1]).isEqualTo(in.user().id());
        assertThat(row[2]).isEqualTo(clock.millis());
        assertThat(row[3]).isEqualTo(clock.millis() + Duration.ofHours(1).toMillis());
        assertThat(row[4]).isNull();
        accounts.resetPassword(token, NEW_PASSWORD, "ip", null);
        long usedAt = db.read(h -> h.queryLong("SELECT used_at FROM password_resets"));
        assertThat(usedAt).isEqualTo(clock.millis());
    }

    @Test
    void aTokenExpiresAfterAnHour() {
        signUp("ann@example.org");
        String token = issue("ann@example.org");
        clock.advance(Duration.ofMinutes(59));
        assertThat(accounts.resetAccount(token)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.resetAccount(token)).isEmpty();
        assertThat(accounts.resetPassword(token, NEW_PASSWORD, "ip", null))
                .isEqualTo(new AuthResult.Refused("token", Accounts.RESET_LINK_DEAD));
        assertThat(accounts.signIn("ann@example.org", PASSWORD, "ip", null)).isInstanceOf(AuthResult.SignedIn.class);
    }

    @Test
    void aNewTokenVoidsTheOlderOne() {
        signUp("ann@example.org");
        String first = issue("ann@example.org");
        String second = issue("ann@example.org");
        assertThat(accounts.resetPassword(first, NEW_PASSWORD, "ip", null))
                .isEqualTo(new AuthResult.Refused("token", Accounts.RESET_LINK_DEAD));
        assertThat(accounts.resetPassword(second, NEW_PASSWORD, "ip", null)).isInstanceOf(AuthResult.SignedIn.class);
        assertThat(resetRows()).isOne();
    }

    @Test
    void aResetEndsEverySessionOfTheAccountAndUnlocksIt() {
        var phone = signUp("ann@example.org");
        var laptop = (AuthResult.SignedIn) accounts.signIn("ann@example.org", PASSWORD, "ip", null);
        var other = signUp("bob@example.org");
        for (int i = 0; i < AbuseLimits.defaults().signInFailuresPerAccount().max(); i++) {
            accounts.signIn("ann@example.org", "a guess " + i, "10.6.6.6", null);
        }
        assertThat(accounts.signIn("ann@example.org", PASSWORD, "ip", null)).isInstanceOf(AuthResult.Limited.class);

        var reset = (AuthResult.SignedIn)
                accounts.resetPassword(issue("ann@example.org"), NEW_PASSWORD, "ip", laptop.token());
        assertThat(accounts.viewer(phone.token())).isEmpty();
        assertThat(accounts.viewer(laptop.token())).isEmpty();
        assertThat(accounts.sessionCount(phone.user().id())).isOne();
        assertThat(accounts.viewer(reset.token()).orElseThrow().user().email()).isEqualTo("ann@example.org");
        assertThat(accounts.viewer(other.token())).isPresent();
        assertThat(accounts.signIn("ann@example.org", NEW_PASSWORD, "ip", null))
                .isInstanceOf(AuthResult.SignedIn.class);
    }

    @Test
    void anUnknownAddressGetsNoLinkAndTheSameOutwardResult() {
        signUp("ann@example.org");
        assertThat(accounts.requestReset("nobody@example.org", "10.0.0.2")).isEqualTo(new ResetRequest.NotIssued());
        assertThat(resetRows()).isZero();
        assertThat(accounts.requestReset("ann@example.org", "10.0.0.2")).isInstanceOf(ResetRequest.Issued.class);
        // It counts against the same limit as a real address, so the limit gives nothing away either.
        for (int i = 1; i < AbuseLimits.defaults().resetsPerEmail().max(); i++) {
            accounts.requestReset("nobody@example.org", "10.0.1." + i);
            accounts.requestReset("ann@example.org", "10.0.1." + i);
        }
        var nobody = accounts.requestReset("nobody@example.org", "10.0.2.1");
        var ann = accounts.requestReset("ann@example.org", "10.0.2.1");
        assertThat(nobody).isInstanceOf(ResetRequest.Limited.class);
        assertThat(ann).isEqualTo(nobody);
        assertThat(resetRows()).isOne();
    }

    @Test
    void oneAddressIsLimitedAcrossEmails() {
        int allowed = AbuseLimits.defaults().resetsPerIp().max();
        for (int i = 0; i < allowed; i++) {
            assertThat(accounts.requestReset("user" + i + "@example.org", "10.0.0.7"))
                    .isEqualTo(new ResetRequest.NotIssued());
        }
        var limited = accounts.requestReset("other@example.org", "10.0.0.7");
        assertThat(limited).isInstanceOf(ResetRequest.Limited.class);
        assertThat(((ResetRequest.Limited) limited).message()).startsWith("Too many reset requests from your network");
        assertThat(accounts.requestReset("other@example.org", "10.0.0.8")).isEqualTo(new ResetRequest.NotIssued());
        clock.advance(AbuseLimits.defaults().resetsPerIp().window());
        assertThat(accounts.requestReset("other@example.org", "10.0.0.7")).isEqualTo(new ResetRequest.NotIssued());
    }

    @Test
    void aSuspendedAccountCannotReset() {
        var in = signUp("ann@example.org");
        String before = issue("ann@example.org");
        accounts.setSuspended(in.user().id(), true);
        assertThat(accounts.resetPassword(before, NEW_PASSWORD, "ip", null))
                .isEqualTo(new AuthResult.Refused("token", Accounts.RESET_LINK_DEAD));
        assertThat(accounts.requestReset("ann@example.org", "10.0.0.2")).isEqualTo(new ResetRequest.NotIssued());
        assertThat(resetRows()).isZero();
        assertThatThrownBy(() -> accounts.resetLinkFor("ann@example.org")).hasMessageContaining("suspended");
    }

    @Test
    void thePasswordRulesApplyAndARefusedPasswordLeavesTheTokenLive() {
        signUp("ann@example.org");
        String token = issue("ann@example.org");
        assertThat(accounts.resetPassword(token, "short", "ip", null))
                .isEqualTo(new AuthResult.Refused("password", "Use at least 10 characters."));
        assertThat(accounts.resetPassword(token, "ANN@example.org", "ip", null))
                .isEqualTo(new AuthResult.Refused("password", "Do not use your email address as your password."));
        assertThat(accounts.resetPassword(token, "x".repeat(Passwords.MAX_LENGTH + 1), "ip", null))
                .extracting(r -> ((AuthResult.Refused) r).field())
                .isEqualTo("password");
        assertThat(accounts.resetPassword(token, null, "ip", null))
                .extracting(r -> ((AuthResult.Refused) r).field())
                .isEqualTo("password");
        assertThat(accounts.resetPassword(token, NEW_PASSWORD, "ip", null)).isInstanceOf(AuthResult.SignedIn.class);
    }

    @Test
    void malformedAndUnknownTokensAreRefusedAlike() {
        signUp("ann@example.org");
        issue("ann@example.org");
        for (String junk : new String[] {null, "", "' OR 1=1 --", "x".repeat(5000), Tokens.random()}) {
            assertThat(accounts.resetAccount(junk)).isEmpty();
            assertThat(accounts.resetPassword(junk, NEW_PASSWORD, "ip", null))
                    .isEqualTo(new AuthResult.Refused("token", Accounts.RESET_LINK_DEAD));
        }
        assertThat(accounts.requestReset("not an address", "ip"))
                .isEqualTo(new ResetRequest.Refused("That does not look like an email address."));
    }

    @Test
    void changingThePasswordVoidsOpenLinks() {
        var in = signUp("ann@example.org");
        String token = issue("ann@example.org");
        accounts.changePassword(in.user(), PASSWORD, NEW_PASSWORD, "ip");
        assertThat(accounts.resetAccount(token)).isEmpty();
    }

    @Test
    void anAdminMakesALinkForAKnownAccountOnly() {
        signUp("ann@example.org");
        var issued = accounts.resetLinkFor("ANN@example.org");
        assertThat(accounts.resetAccount(issued.token()).orElseThrow().email()).isEqualTo("ann@example.org");
        assertThatThrownBy(() -> accounts.resetLinkFor("nobody@example.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no account with email nobody@example.org");
    }
}
