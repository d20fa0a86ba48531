package dev.tidings.account;

import dev.tidings.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-up, sign-in, sign-out, password changes and roles. Sessions are created fresh at every
 * sign-in and password change (the old token dies), and expire after {@link #SESSION_LIFETIME}.
 */
public final class Accounts {
    public static final Duration SESSION_LIFETIME = Duration.ofDays(14);
    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final Database db;
    private final Clock clock;
    private final UserRepository users;
    private final SessionRepository sessions;
    private final RateLimiter limiter;
    private final AbuseLimits limits;

    public Accounts(Database db, Clock clock, RateLimiter limiter, AbuseLimits limits) {
        this.db = db;
        this.clock = clock;
        this.users = new UserRepository(db);
        this.sessions = new SessionRepository(db);
        this.limiter = limiter;
        this.limits = limits;
    }

    public AbuseLimits limits() {
        return limits;
    }

    public AuthResult signUp(String rawEmail, String rawName, String password, String ip, String oldToken) {
        String email = AccountInput.email(rawEmail);
        String name = AccountInput.displayName(rawName);
        String problem;
        if ((problem = AccountInput.displayNameProblem(name)) != null) {
            return new AuthResult.Refused("name", problem);
        }
        if ((problem = AccountInput.emailProblem(email)) != null) {
            return new AuthResult.Refused("email", problem);
        }
        if ((problem = Passwords.problem(password, email)) != null) {
            return new AuthResult.Refused("password", problem);
        }
        var decision = limiter.hit(limits.signUpPerIp(), ip);
        if (!decision.allowed()) {
            log.warn("event=signup_limited ip={}", ip);
            return new AuthResult.Limited(
                    "Too many new accounts from your network. Try again in " + decision.retryAfterText() + ".",
                    decision.retryAfter());
        }
        Instant now = clock.instant();
        Optional<Long> id = users.insert(email, name, Passwords.hash(password), Role.READER, now);
        if (id.isEmpty()) {
            return new AuthResult.Refused("email", "An account with this email exists already. Sign in instead.");
        }
        log.info("event=signed_up user_id={}", id.get());
        return startSession(users.byId(id.get()).orElseThrow(), oldToken);
    }

    public AuthResult signIn(String rawEmail, String password, String ip, String oldToken) {
        String email = AccountInput.email(rawEmail);
        var perIp = limiter.hit(limits.signInPerIp(), ip);
        if (!perIp.allowed()) {
            log.warn("event=signin_limited scope=ip ip={}", ip);
            return new AuthResult.Limited(
                    "Too many sign-in attempts from your network. Try again in " + perIp.retryAfterText() + ".",
                    perIp.retryAfter());
        }
        var perAccount = limiter.peek(limits.signInFailuresPerAccount(), email);
        if (!perAccount.allowed()) {
            log.warn("event=signin_limited scope=account ip={}", ip);
            return new AuthResult.Limited(
                    "Too many failed sign-ins for this account. It is locked for now; try again in "
                            + perAccount.retryAfterText() + ".",
                    perAccount.retryAfter());
        }
        Optional<User> user = users.byEmail(email);
        String hash = user.flatMap(u -> users.passwordHash(u.id())).orElse(null);
        if (password == null || password.length() > Passwords.MAX_LENGTH || !Passwords.matches(password, hash)) {
            limiter.hit(limits.signInFailuresPerAccount(), email);
            log.info("event=signin_failed ip={}", ip);
            return new AuthResult.Refused(null, "That email and password do not match an account.");
        }
        if (user.get().suspended()) {
            return new AuthResult.Refused(null, "This account is suspended.");
        }
        limiter.reset(limits.signInFailuresPerAccount(), email);
        log.info("event=signed_in user_id={}", user.get().id());
        return startSession(user.get(), oldToken);
    }

    /** The signed-in viewer for a session cookie, if the session is live. */
    public Optional<Viewer> viewer(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return sessions.viewer(Tokens.sha256(token), clock.instant());
    }

    public void signOut(String token) {
        if (Tokens.wellFormed(token)) {
            db.transaction(h -> {
                sessions.delete(h, Tokens.sha256(token));
                return null;
            });
        }
    }

    /** Checks the current password, then ends every session of the account and opens a new one. */
    public AuthResult changePassword(User user, String current, String next, String ip) {
        var perAccount = limiter.peek(limits.signInFailuresPerAccount(), user.email());
        if (!perAccount.allowed()) {
            return new AuthResult.Limited(
                    "Too many wrong passwords. Try again in " + perAccount.retryAfterText() + ".",
                    perAccount.retryAfter());
        }
        String hash = users.passwordHash(user.id()).orElse(null);
        if (current == null || current.length() > Passwords.MAX_LENGTH || !Passwords.matches(current, hash)) {
            limiter.hit(limits.signInFailuresPerAccount(), user.email());
            return new AuthResult.Refused("current", "That is not your current password.");
        }
        String problem = Passwords.problem(next, user.email());
        if (problem != null) {
            return new AuthResult.Refused("password", problem);
        }
        String newHash = Passwords.hash(next);
        Instant now = clock.instant();
        db.transaction(h -> {
            users.setPasswordHash(h, user.id(), newHash, now);
            sessions.deleteAllOf(h, user.id());
            return null;
        });
        log.info("event=password_changed user_id={} ip={}", user.id(), ip);
        return startSession(user, null);
    }

    /** Creates an account from the command line; refuses bad input with a message. */
    public User create(String rawEmail, String rawName, String password, Role role) {
        String email = AccountInput.email(rawEmail);
        String name = AccountInput.displayName(rawName);
        String problem = firstNonNull(
                AccountInput.emailProblem(email),
                AccountInput.displayNameProblem(name),
                Passwords.problem(password, email));
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        long id = users.insert(email, name, Passwords.hash(password), role, clock.instant())
                .orElseThrow(() -> new IllegalArgumentException("an account with email " + email + " exists already"));
        log.info("event=user_created user_id={} role={}", id, role);
        return users.byId(id).orElseThrow();
    }

    public boolean setRole(String rawEmail, Role role) {
        return users.byEmail(AccountInput.email(rawEmail))
                .map(u -> users.setRole(u.id(), role))
                .orElse(false);
    }

    /** Suspends (or reinstates) an account; a suspended account loses its sessions at once. */
    public boolean setSuspended(long userId, boolean suspended) {
        Instant now = clock.instant();
        return db.transaction(h -> {
            boolean changed = users.setSuspended(h, userId, suspended ? now : null);
            if (suspended) {
                sessions.deleteAllOf(h, userId);
            }
            return changed;
        });
    }

    public Optional<User> user(long id) {
        return users.byId(id);
    }

    public Optional<User> userByEmail(String email) {
        return users.byEmail(AccountInput.email(email));
    }

    public List<User> users(int limit) {
        return users.all(limit);
    }

    public long sessionCount(long userId) {
        return sessions.countOf(userId);
    }

    private AuthResult startSession(User user, String oldToken) {
        String token = Tokens.random();
        String csrf = Tokens.random();
        Instant now = clock.instant();
        Instant expires = now.plus(SESSION_LIFETIME);
        db.transaction(h -> {
            if (Tokens.wellFormed(oldToken)) {
                sessions.delete(h, Tokens.sha256(oldToken));
            }
            sessions.insert(h, Tokens.sha256(token), user.id(), csrf, now, expires);
            return null;
        });
        if (Math.floorMod(token.hashCode(), 50) == 0) {
            sessions.deleteExpired(now);
        }
        return new AuthResult.SignedIn(user, token, csrf, expires);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
