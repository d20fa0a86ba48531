package dev.tidings.comment;

import dev.tidings.account.Accounts;
import dev.tidings.account.Role;
import dev.tidings.account.User;
import dev.tidings.account.Viewer;
import dev.tidings.db.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderation queue (held and reported comments) and what moderators do with it: hide,
 * restore or delete a comment, suspend or reinstate an account. Every action is logged with
 * who did it and when.
 */
public final class Moderation {
    private static final Logger log = LoggerFactory.getLogger(Moderation.class);
    private static final int QUEUE_SIZE = 200;

    private final CommentRepository repo;
    private final Accounts accounts;
    private final Clock clock;

    public Moderation(Database db, Clock clock, Accounts accounts) {
        this.repo = new CommentRepository(db);
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What a moderator can do to a comment. */
    public enum Action {
        HIDE,
        RESTORE,
        DELETE;

        public static Optional<Action> parse(String value) {
            for (Action a : values()) {
                if (a.name().equalsIgnoreCase(value)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public List<Comment> queue() {
        return repo.queue(QUEUE_SIZE);
    }

    public List<ModerationEntry> log(int limit) {
        return repo.recentLog(limit);
    }

    public Outcome act(Viewer actor, long commentId, Action action) {
        if (!actor.canModerate()) {
            return new Outcome.Forbidden("Only moderators can do that.");
        }
        Optional<Comment> found = repo.byId(commentId);
        if (found.isEmpty()) {
            return new Outcome.Missing("There is no comment " + commentId + ".");
        }
        Instant now = clock.instant();
        repo.transaction(h -> {
            switch (action) {
                case HIDE -> repo.setStatus(h, commentId, CommentStatus.HIDDEN, null);
                case RESTORE -> repo.setStatus(h, commentId, CommentStatus.VISIBLE, null);
                case DELETE -> repo.markDeleted(h, commentId);
            }
            repo.resolveReports(h, commentId, now);
            repo.log(h, actor.userId(), action.param(), commentId, found.get().authorId(), null, now);
            return null;
        });
        log.info("event=moderated action={} comment_id={} actor_id={}", action.param(), commentId, actor.userId());
        return new Outcome.Done(commentId, false);
    }

    /** Suspends or reinstates an account; moderators act on readers, admins on anyone but themselves. */
    public Outcome suspend(Viewer actor, long userId, boolean suspend) {
        if (!actor.canModerate()) {
            return new Outcome.Forbidden("Only moderators can do that.");
        }
        Optional<User> target = accounts.user(userId);
        if (target.isEmpty()) {
            return new Outcome.Missing("There is no account " + userId + ".");
        }
        if (userId == actor.userId()) {
            return new Outcome.Refused("You cannot suspend your own account.");
        }
        if (target.get().role() != Role.READER && actor.user().role() != Role.ADMIN) {
            return new Outcome.Forbidden("Only an admin can suspend a moderator or admin.");
        }
        Optional<String> refused = accounts.setSuspendedBy(actor.userId(), userId, suspend);
        if (refused.isPresent()) {
            return new Outcome.Refused(refused.get());
        }
        Instant now = clock.instant();
        repo.transaction(h -> {
            repo.log(h, actor.userId(), suspend ? "suspend" : "reinstate", null, userId, null, now);
            return null;
        });
        log.info(
                "event=moderated action={} user_id={} actor_id={}",
                suspend ? "suspend" : "reinstate",
                userId,
                actor.userId());
        return new Outcome.Done(0, false);
    }
}
