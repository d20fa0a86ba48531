package dev.tidings.account;

import java.time.Instant;

/** An account as the rest of Tidings sees it; never carries the password hash. */
public record User(long id, String email, String displayName, Role role, Instant suspendedAt, Instant createdAt) {

    public boolean suspended() {
        return suspendedAt != null;
    }

    /** Whether its owner deleted it (or had it deleted): only the row is left. */
    public boolean deleted() {
        return email.endsWith(Accounts.DELETED_EMAIL_DOMAIN);
    }
}
