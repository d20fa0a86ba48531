package dev.tidings.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes (19 MiB, 2 passes, 1 lane: the OWASP baseline) in the standard
 * {@code $argon2id$v=19$...} form, so the parameters travel with each hash.
 */
final class Passwords {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 256;
    static final Argon2Function PRODUCTION = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID, 19);
    // The test build sets tidings.passwords.fast so suites that sign in often stay quick; each hash
    // records its own parameters, so verification is the same either way.
    private static final Argon2Function ARGON2ID = Boolean.getBoolean("tidings.passwords.fast")
            ? Argon2Function.getInstance(256, 1, 1, 32, Argon2.ID, 19)
            : PRODUCTION;
    // Checked against when the email is unknown, so a miss costs as much time as a wrong password.
    private static final String DUMMY = hash("not a real password, only spends time");

    private Passwords() {}

    static String hash(String password) {
        return hash(password, ARGON2ID);
    }

    static String hash(String password, Argon2Function function) {
        return Password.hash(password).addRandomSalt(16).with(function).getResult();
    }

    static boolean matches(String password, String hash) {
        if (hash == null || !hash.startsWith("$argon2id$")) {
            Password.check(password, DUMMY).with(ARGON2ID);
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            return false; // a damaged stored hash opens nothing
        }
    }

    /** Why a new password is refused, or null when it is acceptable. */
    static String problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters.";
        }
        if (password.length() > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters.";
        }
        if (email != null && password.equalsIgnoreCase(email)) {
            return "Do not use your email address as your password.";
        }
        return null;
    }
}
