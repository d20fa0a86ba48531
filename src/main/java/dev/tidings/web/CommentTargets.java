package dev.tidings.web;

import dev.tidings.comment.CommentTarget;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The page of each kind of comment target: articles here; a story page registers
 * {@code register("story", id -> Optional.of("/story/" + id))} the same way.
 */
public final class CommentTargets {
    private final Map<String, Function<String, Optional<String>>> paths = new ConcurrentHashMap<>();

    public void register(String kind, Function<String, Optional<String>> pathOfId) {
        paths.put(kind, pathOfId);
    }

    /** The page showing this target's comments, if the target exists. */
    public Optional<String> path(CommentTarget target) {
        var resolver = paths.get(target.kind());
        return resolver == null ? Optional.empty() : resolver.apply(target.id());
    }
}
