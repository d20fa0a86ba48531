package dev.tidings.account;

/**
 * Who is looking at a page: a signed-in user or an anonymous reader, with the CSRF token every
 * form on the page must carry.
 */
public record Viewer(User user, String csrfToken) {

    public static Viewer anonymous(String csrfToken) {
        return new Viewer(null, csrfToken);
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean canModerate() {
        return user != null && user.role().canModerate();
    }

    /** Whether the viewer runs the site (pauses and resumes sources from {@code /sources}). */
    public boolean isAdmin() {
        return user != null && user.role() == Role.ADMIN;
    }

    public long userId() {
        if (user == null) {
            throw new IllegalStateException("no user is signed in");
        }
        return user.id();
    }
}
