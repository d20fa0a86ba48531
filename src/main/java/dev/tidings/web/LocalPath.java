package dev.tidings.web;

/** Where to go after a form: only a path on this site, never another host (no open redirects). */
final class LocalPath {
    private LocalPath() {}

    static String orHome(String next) {
        if (next == null
                || next.length() > 500
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return "/";
        }
        return next;
    }
}
