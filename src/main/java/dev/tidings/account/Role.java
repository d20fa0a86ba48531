package dev.tidings.account;

/** What an account may do: readers comment, moderators also keep the discussion clean, admins also manage roles. */
public enum Role {
    READER,
    MODERATOR,
    ADMIN;

    public boolean canModerate() {
        return this != READER;
    }
}
