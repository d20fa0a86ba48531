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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Kind.class)
class AccountsTest {
    private static final String PASSWORD = "a long enough secret";

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

    @Test
    void signUpStoresAnArgon2idHashAndOpensASession() {
        var result = accounts.signUp(" Reader@Example.org ", "  Rea   Der ", PASSWORD, "10.0.0.1", null);
        assertThat(result).isInstanceOf(AuthResult.SignedIn.class);
        var in = (AuthResult.SignedIn) result;
        assertThat(in.user().email()).isEqualTo("reader@example.org");
        assertThat(in.user().displayName()).isEqualTo("Rea Der");
        assertThat(in.user().role()).isEqualTo(Role.READER);
        assertThat(in.expiresAt()).isEqualTo(clock.instant().plus(Accounts.SESSION_LIFETIME));
        String hash = db.read(h -> h.queryOne("SELECT password_hash FROM users", rs -> rs.getString(1)))
                .orElseThrow();
        assertThat(hash).startsWith("$argon2id$v=19$").doesNotContain(PASSWORD);
        assertThat(Passwords.matches(PASSWORD, hash)).isTrue();
        String stored = db.read(h -> h.queryOne("SELECT token_hash FROM sessions", rs -> rs.getString(1)))
                .orElseThrow();
        assertThat(stored).isNotEqualTo(in.token()).isEqualTo(Tokens.sha256(in.token()));
        assertThat(accounts.viewer(in.token()).orElseThrow().user().id())
                .isEqualTo(in.user().id());
        assertThat(accounts.viewer(in.token()).orElseThrow().csrfToken()).isEqualTo(in.csrfToken());
    }

    @Test
    void signUpRefusesBadInputNextToTheField() {
        assertThat(accounts.signUp("x@example.org", "", PASSWORD, "ip", null))
                .isEqualTo(new AuthResult.Refused("name", "Choose a name to show with your comments."));
        assertThat(accounts.signUp("not-an-email", "Name", PASSWORD, "ip", null))
                .extracting(r -> ((AuthResult.Refused) r).field())
                .isEqualTo("email");
        assertThat(accounts.signUp("x@example.org", "Name", "short", "ip", null))
                .extracting(r -> ((AuthResult.Refused) r).field())
                .isEqualTo("password");
        assertThat(accounts.signUp("x@example.org", "Bidi\u202Ename", PASSWORD, "ip", null))
                .extracting(r -> ((AuthResult.Refused) r).field())
                .isEqualTo("name");
        // every input found wrong at once, so the reader mends them together
        var all = (AuthResult.Refused) accounts.signUp("not-an-email", "", "short", "ip", null);
        assertThat(all.field()).isEqualTo("name");
        assertThat(all.alsoWrong()).containsOnlyKeys("email", "password");
        accounts.signUp("x@example.org", "Name", PASSWORD, "ip", null);
        assertThat(accounts.signUp("X@example.org", "Other", PASSWORD, "ip2", null))
                .extracting(r -> ((AuthResult.Refused) r).field())
                .isEqualTo("email");
    }

    @Test
    void signInRotatesTheSessionAndSignOutEndsIt() {
        var first = (AuthResult.SignedIn) accounts.signUp("a@example.org", "A", PASSWORD, "ip", null);
        var second = (AuthResult.SignedIn) accounts.signIn("a@example.org", PASSWORD, "ip", first.token());
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(second.csrfToken()).isNotEqualTo(first.csrfToken());
        assertThat(accounts.viewer(first.token())).isEmpty();
        assertThat(accounts.viewer(second.token())).isPresent();
        accounts.signOut(second.token());
        assertThat(accounts.viewer(second.token())).isEmpty();
    }

    @Test
    void sessionsExpire() {
        var in = (AuthResult.SignedIn) accounts.signUp("a@example.org", "A", PASSWORD, "ip", null);
        clock.advance(Accounts.SESSION_LIFETIME.minusMinutes(1));
        assertThat(accounts.viewer(in.token())).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(accounts.viewer(in.token())).isEmpty();
    }

    @Test
    void wrongPasswordsLockTheAccountForItsWindowThenTheOwnerGetsIn() {
        accounts.signUp("a@example.org", "A", PASSWORD, "ip", null);
        int allowed = AbuseLimits.defaults().signInFailuresPerAccount().max();
        for (int i = 0; i < allowed; i++) {
            assertThat(accounts.signIn("a@example.org", "guess " + i, "10.0.0." + i, null))
                    .isInstanceOf(AuthResult.Refused.class);
        }
        var locked = accounts.signIn("a@example.org", PASSWORD, "10.9.9.9", null);
        assertThat(locked).isInstanceOf(AuthResult.Limited.class);
        assertThat(((AuthResult.Limited) locked).message()).contains("locked").contains("minutes");
        clock.advance(AbuseLimits.defaults().signInFailuresPerAccount().window());
        assertThat(accounts.signIn("a@example.org", PASSWORD, "10.9.9.9", null))
                .isInstanceOf(AuthResult.SignedIn.class);
    }

    @Test
    void oneAddressIsLimitedAcrossAccounts() {
        int allowed = AbuseLimits.defaults().signInPerIp().max();
        for (int i = 0; i < allowed; i++) {
            assertThat(accounts.signIn("user" + i + "@example.org", "guess", "10.0.0.7", null))
                    .isInstanceOf(AuthResult.Refused.class);
        }
        assertThat(accounts.signIn("other@example.org", "guess", "10.0.0.7", null))
                .isInstanceOf(AuthResult.Limited.class);
        assertThat(accounts.signIn("other@example.org", "guess", "10.0.0.8", null))
                .isInstanceOf(AuthResult.Refused.class);
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        accounts.signUp("a@example.org", "A", PASSWORD, "ip", null);
        assertThat(accounts.signIn("nobody@example.org", PASSWORD, "ip", null))
                .isEqualTo(accounts.signIn("a@example.org", "wrong password", "ip", null));
    }

    @Test
    void changingThePasswordEndsEveryOtherSession() {
        var phone = (AuthResult.SignedIn) accounts.signUp("a@example.org", "A", PASSWORD, "ip", null);
        var laptop = (AuthResult.SignedIn) accounts.signIn("a@example.org", PASSWORD, "ip", null);
        assertThat(accounts.changePassword(laptop.user(), "wrong", "another long secret", "ip"))
                .extracting(r -> ((AuthResult.Refused) r).field())
                .isEqualTo("current");
        var changed = accounts.changePassword(laptop.user(), PASSWORD, "another long secret", "ip");
        assertThat(changed).isInstanceOf(AuthResult.SignedIn.class);
        assertThat(accounts.viewer(phone.token())).isEmpty();
        assertThat(accounts.viewer(laptop.token())).isEmpty();
        assertThat(accounts.viewer(((AuthResult.SignedIn) changed).token())).isPresent();
        assertThat(accounts.signIn("a@example.org", "another long secret", "ip", null))
                .isInstanceOf(AuthResult.SignedIn.class);
    }

    @Test
    void suspensionEndsSessionsAndRefusesSignIn() {
        var in = (AuthResult.SignedIn) accounts.signUp("a@example.org", "A", PASSWORD, "ip", null);
        assertThat(accounts.setSuspended(in.user().id(), true)).isTrue();
        assertThat(accounts.viewer(in.token())).isEmpty();
        assertThat(accounts.signIn("a@example.org", PASSWORD, "ip", null))
                .isEqualTo(new AuthResult.Refused(null, "This account is suspended."));
        accounts.setSuspended(in.user().id(), false);
        assertThat(accounts.signIn("a@example.org", PASSWORD, "ip", null)).isInstanceOf(AuthResult.SignedIn.class);
    }

    @Test
    void theCommandLineCreatesAdminsAndChangesRoles() {
        User admin = accounts.create("root@example.org", "Root", PASSWORD, Role.ADMIN);
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> accounts.create("root@example.org", "Again", PASSWORD, Role.ADMIN))
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> accounts.create("root2@example.org", "R", "short", Role.ADMIN))
                .hasMessageContaining("at least");
        accounts.create("mod@example.org", "Mod", PASSWORD, Role.READER);
        assertThat(accounts.setRole("MOD@example.org", Role.MODERATOR)).isTrue();
        assertThat(accounts.userByEmail("mod@example.org").orElseThrow().role()).isEqualTo(Role.MODERATOR);
        assertThat(accounts.setRole("nobody@example.org", Role.MODERATOR)).isFalse();
    }

    @Test
    void theOnlyAdministratorCannotBeMadeAnythingElse() {
        accounts.create("root@example.org", "Root", PASSWORD, Role.ADMIN);
        assertThat(accounts.changeRole("root@example.org", Role.READER))
                .hasValueSatisfying(why -> assertThat(why).contains("the only administrator"));
        assertThat(accounts.userByEmail("root@example.org").orElseThrow().role())
                .isEqualTo(Role.ADMIN);
        assertThat(accounts.changeRole("nobody@example.org", Role.READER))
                .hasValue("no account with email nobody@example.org");
        accounts.create("two@example.org", "Two", PASSWORD, Role.READER);
        assertThat(accounts.changeRole("two@example.org", Role.ADMIN)).isEmpty();
        assertThat(accounts.changeRole("root@example.org", Role.MODERATOR))
                .as("with another administrator")
                .isEmpty();
        assertThat(accounts.userByEmail("root@example.org").orElseThrow().role())
                .isEqualTo(Role.MODERATOR);
    }

    @Test
    void twoLastAdministratorsDeletingAtOnceCannotBothGo() throws Exception {
        User ann = accounts.create("ann@example.org", "Ann", PASSWORD, Role.ADMIN);
        User bo = accounts.create("bo@example.org", "Bo", PASSWORD, Role.ADMIN);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            AtomicReference<Future<Optional<String>>> bosDeletion = new AtomicReference<>();
            // Ann's deletion, midway through its transaction, while Bo deletes his
            Optional<String> annsOutcome = accounts.deleteForOwner(ann, (h, id) -> {
                bosDeletion.set(other.submit(() -> accounts.deleteForOwner(bo, (h2, id2) -> {})));
                untilAnotherTransactionWaits();
            });
            Optional<String> bosOutcome = bosDeletion.get().get(30, TimeUnit.SECONDS);

            assertThat(annsOutcome).isEmpty();
            assertThat(bosOutcome).hasValueSatisfying(why -> assertThat(why).contains("the only administrator"));
        } finally {
            other.shutdownNow();
        }
        long admins = db.read(h -> h.queryLong("SELECT COUNT(*) FROM users WHERE role = ?", Role.ADMIN));
        assertThat(admins).isOne();
        assertThat(accounts.userByEmail("bo@example.org")).isPresent();
    }

    @Test
    void twoAdministratorsSuspendingEachOtherAtOnceLeaveOneActive() throws Exception {
        User ann = accounts.create("ann@example.org", "Ann", PASSWORD, Role.ADMIN);
        User bo = accounts.create("bo@example.org", "Bo", PASSWORD, Role.ADMIN);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // Ann's suspension of Bo, written and not yet committed, while Bo suspends Ann
            Optional<String> bosOutcome = db.transaction(h -> {
                        h.update("UPDATE users SET suspended_at = ? WHERE id = ?", clock.instant(), bo.id());
                        Future<Optional<String>> bos =
                                other.submit(() -> accounts.setSuspendedBy(bo.id(), ann.id(), true));
                        untilAnotherTransactionWaits();
                        return bos;
                    })
                    .get(30, TimeUnit.SECONDS);
            assertThat(bosOutcome).contains("Only an active administrator can suspend an administrator.");
        } finally {
            other.shutdownNow();
        }
        assertThat(accounts.user(ann.id()).orElseThrow().suspended()).isFalse();
        assertThat(accounts.setSuspendedBy(ann.id(), bo.id(), false)).isEmpty();
        assertThat(accounts.user(bo.id()).orElseThrow().suspended()).isFalse();
    }

    /** PostgreSQL: until a lock is waited for; SQLite: long enough for the other writer to wait. */
    private void untilAnotherTransactionWaits() {
        try {
            if (kind != Kind.POSTGRES) {
                Thread.sleep(200);
                return;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (db.read(h -> h.queryLong("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) == 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void junkTokensFindNoSession() {
        assertThat(accounts.viewer(null)).isEmpty();
        assertThat(accounts.viewer("")).isEmpty();
        assertThat(accounts.viewer("' OR 1=1 --")).isEmpty();
        assertThat(accounts.viewer(Tokens.random())).isEmpty();
    }
}
