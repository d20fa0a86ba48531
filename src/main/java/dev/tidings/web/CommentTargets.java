package dev.tidings.web;

import dev.tidings.comment.CommentTarget;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The page of each kind of comment target, with its title: articles here; another kind registers
 * {@code register("story", id -> …)} the same way.
 */
public final class CommentTargets {
    /** Where a target's discussion is shown, and what the target is called. */
    public record Place(String path, String title) {}

    private final Map<String, Function<String, Optional<Place>>> places = new ConcurrentHashMap<>();

    public void register(String kind, Function<String, Optional<Place>> placeOfId) {
        places.put(kind, placeOfId);
    }

    /** The page showing this target's comments and its title, if the target exists. */
    public Optional<Place> place(CommentTarget target) {
        var resolver = places.get(target.kind());
        return resolver == null ? Optional.empty() : resolver.apply(target.id());
    }

    /** The page showing this target's comments, if the target exists. */
    public Optional<String> path(CommentTarget target) {
        return place(target).map(Place::path);
    }
}
