package dev.tidings.account;

import java.util.Locale;

/** Checks and normalizes what people type into account forms. */
final class AccountInput {
    static final int MAX_NAME = 80;
    static final int MAX_EMAIL = 254;

    private AccountInput() {}

    static String email(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    static String emailProblem(String email) {
        int at = email.indexOf('@');
        if (email.isEmpty()) {
            return "Enter your email address.";
        }
        if (email.length() > MAX_EMAIL
                || at < 1
                || at != email.lastIndexOf('@')
                || at == email.length() - 1
                || email.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return "That does not look like an email address.";
        }
        if (email.endsWith(Accounts.DELETED_EMAIL_DOMAIN)) {
            return "That address stands for deleted accounts; use your own.";
        }
        return null;
    }

    /** Collapses runs of white space; control and formatting characters are refused, not kept. */
    static String displayName(String raw) {
        return raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    }

    static String displayNameProblem(String name) {
        if (name.isEmpty()) {
            return "Choose a name to show with your comments.";
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            return "Use at most " + MAX_NAME + " characters.";
        }
        if (name.equalsIgnoreCase(Accounts.DELETED_NAME)) {
            return "That name stands for deleted accounts; choose another.";
        }
        boolean odd = name.codePoints()
                .anyMatch(c -> Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.UNASSIGNED);
        return odd ? "Use letters, digits, spaces and punctuation only." : null;
    }
}
