package dev.tidings.comment;

import java.util.regex.Pattern;

/**
 * What a discussion hangs on: {@code article/<id>} today, {@code story/<id>} for stories. The kind
 * is a short lowercase word and the id a URL-safe token, so both can travel in forms and paths.
 */
public record CommentTarget(String kind, String id) {
    private static final Pattern KIND = Pattern.compile("[a-z]{1,20}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public CommentTarget {
        if (kind == null
                || !KIND.matcher(kind).matches()
                || id == null
                || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a comment target: " + kind + "/" + id);
        }
    }

    public static CommentTarget article(String id) {
        return new CommentTarget("article", id);
    }

    public static CommentTarget story(String id) {
        return new CommentTarget("story", id);
    }

    /** Reads {@code kind/id} as forms send it; null when it is not one. */
    public static CommentTarget parse(String value) {
        if (value == null) {
            return null;
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String kind = value.substring(0, slash);
        String id = value.substring(slash + 1);
        return KIND.matcher(kind).matches() && ID.matcher(id).matches() ? new CommentTarget(kind, id) : null;
    }

    @Override
    public String toString() {
        return kind + "/" + id;
    }
}
