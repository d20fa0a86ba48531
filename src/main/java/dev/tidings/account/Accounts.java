package dev.tidings.account;

import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-up, sign-in, sign-out, password changes and resets, and roles. Sessions are created fresh
 * at every sign-in, password change and reset (the old token dies), and expire after {@link
 * #SESSION_LIFETIME}. A reset link works once, for {@link #RESET_LIFETIME}.
 */
public final class Accounts {
    public static final Duration SESSION_LIFETIME = Duration.ofDays(14);
    public static final Duration RESET_LIFETIME = Duration.ofHours(1);
    /** Shown where a deleted account's name was (its comments' author line, the moderation log). */
    public static final String DELETED_NAME = "Deleted account";
    /** What a deleted account's email ends with ({@code deleted-<id>}, at a domain no mail reaches). */
    static final String DELETED_EMAIL_DOMAIN = "@accounts.invalid";
    /** The one answer for a reset token that is malformed, unknown, expired, used or voided. */
    public static final String RESET_LINK_DEAD = "This reset link has expired or was already used; ask for a new one.";

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final Database db;
    private final Clock clock;
    private final UserRepository users;
    private final SessionRepository sessions;
    private final ResetTokenRepository resetTokens;
    private final RateLimiter limiter;
    private final AbuseLimits limits;

    public Accounts(Database db, Clock clock, RateLimiter limiter, AbuseLimits limits) {
        this.db = db;
        this.clock = clock;
        this.users = new UserRepository(db);
        this.sessions = new SessionRepository(db);
        this.resetTokens = new ResetTokenRepository(db);
        this.limiter = limiter;
        this.limits = limits;
    }

    public AbuseLimits limits() {
        return limits;
    }

    public AuthResult signUp(String rawEmail, String rawName, String password, String ip, String oldToken) {
        String email = AccountInput.email(rawEmail);
        String name = AccountInput.displayName(rawName);
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("name", AccountInput.displayNameProblem(name));
        problems.put("email", AccountInput.emailProblem(email));
        problems.put("password", Passwords.problem(password, email));
        problems.values().removeIf(java.util.Objects::isNull);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            problems.remove(first.getKey());
            return new AuthResult.Refused(first.getKey(), first.getValue(), problems);
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

    /**
     * Checks the current password, then ends every session of the account (and voids its reset
     * links) and opens a new one.
     */
    public AuthResult changePassword(User user, String current, String next, String ip) {
        Optional<AuthResult> wrong = unlessPassword(user, current, "current", "That is not your current password.");
        if (wrong.isPresent()) {
            return wrong.get();
        }
        String problem = Passwords.problem(next, user.email());
        if (problem != null) {
            return new AuthResult.Refused("password", problem);
        }
        String newHash = Passwords.hash(next);
        Instant now = clock.instant();
        db.transaction(h -> {
            setPassword(h, user.id(), newHash, now);
            return null;
        });
        log.info("event=password_changed user_id={} ip={}", user.id(), ip);
        return startSession(user, null);
    }

    /**
     * A signed-in reader's password given again (to change it, or to delete the account), checked
     * under the per-account limit on wrong passwords: empty when it is right; otherwise the refusal,
     * against {@code field} with {@code wrongMessage}, or the limit reached.
     */
    private Optional<AuthResult> unlessPassword(User user, String given, String field, String wrongMessage) {
        var perAccount = limiter.peek(limits.signInFailuresPerAccount(), user.email());
        if (!perAccount.allowed()) {
            return Optional.of(new AuthResult.Limited(
                    "Too many wrong passwords. Try again in " + perAccount.retryAfterText() + ".",
                    perAccount.retryAfter()));
        }
        String hash = users.passwordHash(user.id()).orElse(null);
        if (given == null || given.length() > Passwords.MAX_LENGTH || !Passwords.matches(given, hash)) {
            limiter.hit(limits.signInFailuresPerAccount(), user.email());
            return Optional.of(new AuthResult.Refused(field, wrongMessage));
        }
        return Optional.empty();
    }

    /** Changes the name shown with the account's comments; why it is refused, or empty once changed. */
    public Optional<String> rename(User user, String rawName) {
        String name = AccountInput.displayName(rawName);
        String problem = AccountInput.displayNameProblem(name);
        if (problem != null) {
            return Optional.of(problem);
        }
        users.setDisplayName(user.id(), name);
        log.info("event=display_name_changed user_id={}", user.id());
        return Optional.empty();
    }

    /** Something an account leaves elsewhere (its comments), erased in the transaction that deletes it. */
    @FunctionalInterface
    public interface Leftovers {
        void erase(Handle h, long userId);
    }

    /**
     * Deletes the account once its password is given again: its sessions and reset links end, its
     * email, name and password hash go (the email is free for a new account), and {@code leftovers}
     * are erased with it. The row stays, suspended, for what still points at it. The last active
     * administrator cannot delete their account. Empty once it is gone; otherwise why not.
     */
    public Optional<AuthResult> delete(User user, String password, String ip, Leftovers leftovers) {
        Optional<AuthResult> wrong = unlessPassword(user, password, "password", "That is not your password.");
        if (wrong.isPresent()) {
            return wrong;
        }
        Optional<String> refused = erase(user, leftovers);
        if (refused.isPresent()) {
            return Optional.of(new AuthResult.Refused(null, "You are " + refused.get()));
        }
        log.info("event=account_deleted user_id={} ip={}", user.id(), ip);
        return Optional.empty();
    }

    /**
     * Deletes the account as {@link #delete} does, for an operator acting on its owner's request (no
     * password asked). Empty once it is gone; otherwise why not (the last active administrator).
     */
    public Optional<String> deleteForOwner(User user, Leftovers leftovers) {
        Optional<String> refused = erase(user, leftovers);
        if (refused.isEmpty()) {
            log.info("event=account_deleted user_id={} by=operator", user.id());
        }
        return refused.map(why -> user.email() + " is " + why);
    }

    /** The deletion itself; the end of a sentence saying why not, or empty once done. */
    private Optional<String> erase(User user, Leftovers leftovers) {
        Instant now = clock.instant();
        return db.transaction(h -> {
            // counted in the deleting transaction, so two last administrators deleting at once cannot both go
            List<Long> admins = users.activeAdminsHeld(h, db.dialect());
            if (admins.contains(user.id()) && admins.size() <= 1) {
                return Optional.of("the only administrator. Make another account an administrator first"
                        + " (tidings user role EMAIL admin), then delete this one.");
            }
            leftovers.erase(h, user.id());
            endAccess(h, user.id());
            users.erase(h, user.id(), now);
            return Optional.empty();
        });
    }

    /**
     * A reader who forgot their password asks for a link by email. An address without an account,
     * or with a suspended one, gets no link but counts against the same limits, so the requester
     * cannot tell the two apart.
     */
    public ResetRequest requestReset(String rawEmail, String ip) {
        String email = AccountInput.email(rawEmail);
        String problem = AccountInput.emailProblem(email);
        if (problem != null) {
            return new ResetRequest.Refused(problem);
        }
        var perIp = limiter.hit(limits.resetsPerIp(), ip);
        if (!perIp.allowed()) {
            log.warn("event=password_reset_limited scope=ip ip={}", ip);
            return new ResetRequest.Limited(
                    "Too many reset requests from your network. Try again in " + perIp.retryAfterText() + ".",
                    perIp.retryAfter());
        }
        var perEmail = limiter.hit(limits.resetsPerEmail(), email);
        if (!perEmail.allowed()) {
            log.warn("event=password_reset_limited scope=email ip={}", ip);
            return new ResetRequest.Limited(
                    "Too many reset links were asked for this address. Try again in " + perEmail.retryAfterText() + ".",
                    perEmail.retryAfter());
        }
        Optional<User> user = users.byEmail(email);
        if (user.isEmpty() || user.get().suspended()) {
            log.info(
                    "event=password_reset_not_issued reason={} ip={}", user.isEmpty() ? "no_account" : "suspended", ip);
            return new ResetRequest.NotIssued();
        }
        log.info("event=password_reset_requested user_id={} ip={}", user.get().id(), ip);
        return issueReset(user.get());
    }

    /** A reset link for an admin to hand to a reader (on a site that cannot send mail). */
    public ResetRequest.Issued resetLinkFor(String rawEmail) {
        String email = AccountInput.email(rawEmail);
        User user =
                users.byEmail(email).orElseThrow(() -> new IllegalArgumentException("no account with email " + email));
        if (user.suspended()) {
            throw new IllegalArgumentException("the account " + email + " is suspended; reinstate it first");
        }
        log.info("event=password_reset_requested user_id={} via=command_line", user.id());
        return issueReset(user);
    }

    /** The account a reset token would reset: empty unless the token is live and the account not suspended. */
    public Optional<User> resetAccount(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return resetTokens
                .liveUser(Tokens.sha256(token), clock.instant())
                .flatMap(users::byId)
                .filter(u -> !u.suspended());
    }

    /**
     * Sets a new password with a reset token, then ends every session of the account and opens a
     * new one. A dead token is refused on the field {@code token}; a password the rules refuse,
     * on {@code password}, and the token stays live for the next try.
     */
    public AuthResult resetPassword(String token, String password, String ip, String oldToken) {
        Optional<User> found = resetAccount(token);
        if (found.isEmpty()) {
            return new AuthResult.Refused("token", RESET_LINK_DEAD);
        }
        User user = found.get();
        String problem = Passwords.problem(password, user.email());
        if (problem != null) {
            return new AuthResult.Refused("password", problem);
        }
        String newHash = Passwords.hash(password);
        String tokenHash = Tokens.sha256(token);
        Instant now = clock.instant();
        boolean reset = db.transaction(h -> {
            if (!resetTokens.use(h, tokenHash, now)) {
                return false; // used by another request since it was looked up
            }
            setPassword(h, user.id(), newHash, now);
            return true;
        });
        if (!reset) {
            return new AuthResult.Refused("token", RESET_LINK_DEAD);
        }
        // The owner proved they read the account's mail: failed guesses by others lock them out no longer.
        limiter.reset(limits.signInFailuresPerAccount(), user.email());
        log.info("event=password_reset user_id={} ip={}", user.id(), ip);
        return startSession(user, oldToken);
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

    /**
     * Changes an account's role for the operator; empty once done, otherwise why not: no such
     * account, or it is the only active administrator and would leave the site with none (counted
     * with the administrators' rows held, as a deletion is).
     */
    public Optional<String> changeRole(String rawEmail, Role role) {
        Optional<User> user = users.byEmail(AccountInput.email(rawEmail));
        if (user.isEmpty()) {
            return Optional.of("no account with email " + rawEmail);
        }
        long id = user.get().id();
        return db.transaction(h -> {
            List<Long> admins = users.activeAdminsHeld(h, db.dialect());
            if (role != Role.ADMIN && admins.contains(id) && admins.size() <= 1) {
                return Optional.of(rawEmail + " is the only administrator. Make another account an administrator"
                        + " first (tidings user role EMAIL admin), then change this one.");
            }
            users.setRole(h, id, role);
            log.info("event=role_changed user_id={} role={}", id, role);
            return Optional.empty();
        });
    }

    /**
     * Suspends (or reinstates) an account for a moderator or administrator ({@code actorId}); empty
     * once done, otherwise why not. An administrator is suspended only by an administrator still
     * active when the change is made, counted with the administrators' rows held: two who suspend
     * each other at once cannot both succeed and leave the site with none.
     */
    public Optional<String> setSuspendedBy(long actorId, long userId, boolean suspended) {
        Instant now = clock.instant();
        return db.transaction(h -> {
            if (suspended) {
                List<Long> admins = users.activeAdminsHeld(h, db.dialect());
                if (admins.contains(userId) && !admins.contains(actorId)) {
                    return Optional.of("Only an active administrator can suspend an administrator.");
                }
            }
            suspend(h, userId, suspended, now);
            return Optional.empty();
        });
    }

    /** Suspends (or reinstates) an account; a suspended account loses its sessions and reset links at once. */
    public boolean setSuspended(long userId, boolean suspended) {
        Instant now = clock.instant();
        return db.transaction(h -> suspend(h, userId, suspended, now));
    }

    /** Suspends or reinstates in the caller's transaction, ending the access of a suspended account. */
    private boolean suspend(Handle h, long userId, boolean suspended, Instant now) {
        boolean changed = users.setSuspended(h, userId, suspended ? now : null);
        if (suspended) {
            endAccess(h, userId);
        }
        return changed;
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

    /** A new password: every session of the account ends, and every reset link it had dies. */
    private void setPassword(Handle h, long userId, String hash, Instant now) {
        users.setPasswordHash(h, userId, hash, now);
        endAccess(h, userId);
    }

    /** Ends the account's sessions and voids its unused reset links (a new password, a suspension). */
    private void endAccess(Handle h, long userId) {
        sessions.deleteAllOf(h, userId);
        resetTokens.voidUnused(h, userId);
    }

    private ResetRequest.Issued issueReset(User user) {
        String token = Tokens.random();
        Instant now = clock.instant();
        Instant expires = now.plus(RESET_LIFETIME);
        db.transaction(h -> {
            resetTokens.replace(h, Tokens.sha256(token), user.id(), now, expires);
            return null;
        });
        return new ResetRequest.Issued(user, token, expires);
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
