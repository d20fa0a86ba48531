package dev.tidings.comment;

import java.util.Locale;

/** How top-level comments are ordered; replies always read oldest first under their comment. */
public enum Ordering {
    NEWEST,
    OLDEST,
    TOP;

    /** Reads {@code ?order=}; anything unknown is the default, newest first. */
    public static Ordering parse(String value) {
        if (value != null) {
            for (Ordering o : values()) {
                if (o.name().equalsIgnoreCase(value.strip())) {
                    return o;
                }
            }
        }
        return NEWEST;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case NEWEST -> "Newest";
            case OLDEST -> "Oldest";
            case TOP -> "Top";
        };
    }
}
