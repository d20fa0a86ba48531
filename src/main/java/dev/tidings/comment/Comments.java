package dev.tidings.comment;

import dev.tidings.account.AbuseLimits;
import dev.tidings.account.RateLimit;
import dev.tidings.account.RateLimiter;
import dev.tidings.account.Viewer;
import dev.tidings.db.Database;
import dev.tidings.db.Handle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posting, editing, deleting, reporting and voting on comments, with the abuse rules: rate limits
 * per account and per address, and duplicate or link-heavy comments held for a moderator.
 */
public final class Comments {
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(10);
    /**
     * Threads (a comment and its replies) a page of comments shows, so a discussion of thousands
     * is read a page at a time.
     */
    public static final int THREADS_PER_PAGE = 50;
    /** More links than this and a comment waits for a moderator. */
    public static final int MAX_LINKS = 2;
    /** Open reports from this many readers hold a comment until a moderator looks. */
    public static final int REPORTS_TO_HOLD = 3;

    static final Duration DUPLICATE_BY_USER = Duration.ofDays(1);
    static final Duration DUPLICATE_ON_TARGET = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(Comments.class);

    private final CommentRepository repo;
    private final Clock clock;
    private final RateLimiter limiter;
    private final AbuseLimits limits;

    public Comments(Database db, Clock clock, RateLimiter limiter, AbuseLimits limits) {
        this.repo = new CommentRepository(db);
        this.clock = clock;
        this.limiter = limiter;
        this.limits = limits;
    }

    /**
     * Deletes, in the caller's transaction, every discussion on the targets of one {@code kind}
     * with these ids (their comments, replies, votes and reports), for targets that are themselves
     * going. Returns how many comments went; the moderation log keeps what was done to them.
     */
    public static int deleteDiscussions(Handle h, String kind, List<String> targetIds) {
        return CommentRepository.deleteOn(h, kind, targetIds);
    }

    /**
     * In the caller's transaction, deletes every comment an account wrote (an account being deleted):
     * the words go, the rows stay so replies keep their thread. Returns how many were deleted.
     */
    public static int deleteAllBy(Handle h, long userId) {
        return CommentRepository.markAllDeletedBy(h, userId);
    }

    public Outcome post(Viewer viewer, CommentTarget target, Long parentId, String body, String ip) {
        if (!viewer.signedIn()) {
            return new Outcome.Forbidden("Sign in to comment.");
        }
        String problem = CommentFormat.problem(body);
        if (problem != null) {
            return new Outcome.Refused(problem);
        }
        Long root = null;
        if (parentId != null) {
            Optional<Comment> parent = repo.byId(parentId);
            if (parent.isEmpty() || !parent.get().target().equals(target)) {
                return new Outcome.Missing("The comment you replied to is not there any more.");
            }
            if (parent.get().status() != CommentStatus.VISIBLE) {
                return new Outcome.Refused("That comment can no longer be replied to.");
            }
            root = parent.get().parentId() != null
                    ? parent.get().parentId()
                    : parent.get().id();
        }
        Outcome.Limited limited = limit(limits.commentsPerUser(), "user:" + viewer.userId());
        if (limited == null) {
            limited = limit(limits.commentsPerIp(), ip);
        }
        if (limited != null) {
            log.warn("event=comment_limited user_id={} ip={}", viewer.userId(), ip);
            return limited;
        }
        Instant now = clock.instant();
        String html = CommentFormat.toHtml(body);
        String hash = fingerprint(body);
        String hold = viewer.canModerate() ? null : holdReason(html, hash, viewer.userId(), target, now);
        long id = repo.insert(new CommentRepository.NewComment(
                target,
                root,
                viewer.userId(),
                body,
                html,
                hash,
                hold == null ? CommentStatus.VISIBLE : CommentStatus.HELD,
                hold,
                now,
                ip));
        log.info("event=comment_posted comment_id={} target={} user_id={} held={}", id, target, viewer.userId(), hold);
        return new Outcome.Done(id, hold != null);
    }

    /** Authors may change their words for {@link #EDIT_WINDOW} after posting; the comment shows "edited". */
    public Outcome edit(Viewer viewer, long id, String body) {
        Optional<Comment> found = repo.byId(id);
        Outcome refusal = ownLiveComment(viewer, found, "edit");
        if (refusal != null) {
            return refusal;
        }
        Comment c = found.get();
        Instant now = clock.instant();
        if (!now.isBefore(c.createdAt().plus(EDIT_WINDOW))) {
            return new Outcome.Refused("Comments can be edited for " + EDIT_WINDOW.toMinutes() + " minutes only.");
        }
        String problem = CommentFormat.problem(body);
        if (problem != null) {
            return new Outcome.Refused(problem);
        }
        String html = CommentFormat.toHtml(body);
        boolean tooManyLinks = !viewer.canModerate() && CommentFormat.linkCount(html) > MAX_LINKS;
        CommentStatus status = tooManyLinks ? CommentStatus.HELD : c.status();
        String reason = tooManyLinks ? "link-heavy" : c.holdReason();
        repo.updateBody(id, body, html, fingerprint(body), status, reason, now);
        log.info("event=comment_edited comment_id={} user_id={}", id, viewer.userId());
        return new Outcome.Done(id, status == CommentStatus.HELD);
    }

    /** Authors delete their own comment; its place in the thread stays so replies keep their context. */
    public Outcome delete(Viewer viewer, long id) {
        Optional<Comment> found = repo.byId(id);
        Outcome refusal = ownLiveComment(viewer, found, "delete");
        if (refusal != null) {
            return refusal;
        }
        repo.transaction(h -> {
            repo.markDeleted(h, id);
            return null;
        });
        log.info("event=comment_deleted comment_id={} user_id={}", id, viewer.userId());
        return new Outcome.Done(id, false);
    }

    public Outcome report(Viewer viewer, long id, String reason) {
        if (!viewer.signedIn()) {
            return new Outcome.Forbidden("Sign in to report a comment.");
        }
        Optional<Comment> found = repo.byId(id);
        if (found.isEmpty() || found.get().status() == CommentStatus.DELETED) {
            return new Outcome.Missing("That comment is not there any more.");
        }
        if (found.get().authorId() == viewer.userId()) {
            return new Outcome.Refused("You cannot report your own comment.");
        }
        Outcome.Limited limited = limit(limits.reportsPerUser(), "user:" + viewer.userId());
        if (limited != null) {
            return limited;
        }
        String note = reason == null
                ? null
                : reason.strip().substring(0, Math.min(500, reason.strip().length()));
        int open = repo.addReport(id, viewer.userId(), note, clock.instant());
        if (open >= REPORTS_TO_HOLD && found.get().status() == CommentStatus.VISIBLE) {
            repo.transaction(h -> {
                repo.setStatus(h, id, CommentStatus.HELD, "reported");
                return null;
            });
        }
        log.info("event=comment_reported comment_id={} user_id={} open_reports={}", id, viewer.userId(), open);
        return new Outcome.Done(id, false);
    }

    public Outcome vote(Viewer viewer, long id) {
        if (!viewer.signedIn()) {
            return new Outcome.Forbidden("Sign in to recommend a comment.");
        }
        Optional<Comment> found = repo.byId(id);
        if (found.isEmpty() || found.get().status() != CommentStatus.VISIBLE) {
            return new Outcome.Missing("That comment is not there any more.");
        }
        if (found.get().authorId() == viewer.userId()) {
            return new Outcome.Refused("You cannot recommend your own comment.");
        }
        repo.addVote(id, viewer.userId(), clock.instant());
        return new Outcome.Done(id, false);
    }

    public Optional<Comment> comment(long id) {
        return repo.byId(id);
    }

    /** A reader's own latest comments that are not deleted (held and hidden ones too), newest first. */
    public List<Comment> latestBy(Viewer viewer, int limit) {
        return viewer.signedIn() ? repo.byAuthor(viewer.userId(), limit) : List.of();
    }

    public long count(CommentTarget target) {
        return repo.countVisible(target);
    }

    /** The first page of the threads on a target, as this viewer sees them. */
    public CommentSection section(CommentTarget target, String path, Ordering ordering, Viewer viewer) {
        return section(target, path, ordering, viewer, 1);
    }

    /**
     * One page of the section: {@value #THREADS_PER_PAGE} threads (a comment with its replies) in
     * the given order; a page past the last is the last.
     */
    public CommentSection section(CommentTarget target, String path, Ordering ordering, Viewer viewer, int page) {
        return paged(target, path, ordering, viewer, threads -> page);
    }

    /**
     * The page of the section that shows this comment (or the reply to it), so that after
     * posting, editing or voting the reader lands where the comment is; page {@code otherwise}
     * when it is not shown to this viewer (deleted, say).
     */
    public CommentSection sectionShowing(
            CommentTarget target, String path, Ordering ordering, Viewer viewer, long commentId, int otherwise) {
        return paged(target, path, ordering, viewer, threads -> {
            for (int i = 0; i < threads.size(); i++) {
                CommentItem t = threads.get(i);
                if (t.id() == commentId || t.replies().stream().anyMatch(r -> r.id() == commentId)) {
                    return i / THREADS_PER_PAGE + 1;
                }
            }
            return otherwise;
        });
    }

    private CommentSection paged(
            CommentTarget target,
            String path,
            Ordering ordering,
            Viewer viewer,
            java.util.function.ToIntFunction<List<CommentItem>> choosePage) {
        // the threads are ordered and paged from outlines (no bodies); only the page's threads are
        // read in full, and built again from them: the same threads, in the same order
        Threads builder = new Threads(viewer, clock.instant());
        List<Comment> outlines = repo.outlines(target);
        long visible = outlines.stream()
                .filter(c -> c.status() == CommentStatus.VISIBLE)
                .count();
        List<CommentItem> threads = builder.build(outlines, ordering);
        int pages = Math.max(1, (threads.size() + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE);
        int page = Math.clamp(choosePage.applyAsInt(threads), 1, pages);
        List<Long> roots =
                threads
                        .subList((page - 1) * THREADS_PER_PAGE, Math.min(threads.size(), page * THREADS_PER_PAGE))
                        .stream()
                        .map(CommentItem::id)
                        .toList();
        List<CommentItem> shown = builder.build(repo.threads(target, roots), ordering);
        return new CommentSection(target, path, ordering, visible, shown, page, pages, viewer, null, null, null, null);
    }

    /** Whether the viewer may still edit this comment (the edit page asks before showing its form). */
    public boolean editable(Viewer viewer, Comment c) {
        return viewer.signedIn()
                && c.authorId() == viewer.userId()
                && (c.status() == CommentStatus.VISIBLE || c.status() == CommentStatus.HELD)
                && clock.instant().isBefore(c.createdAt().plus(EDIT_WINDOW));
    }

    private Outcome ownLiveComment(Viewer viewer, Optional<Comment> found, String verb) {
        if (!viewer.signedIn()) {
            return new Outcome.Forbidden("Sign in to " + verb + " your comments.");
        }
        if (found.isEmpty()
                || found.get().status() == CommentStatus.DELETED
                || found.get().status() == CommentStatus.HIDDEN) {
            return new Outcome.Missing("That comment is not there any more.");
        }
        if (found.get().authorId() != viewer.userId()) {
            log.warn(
                    "event=comment_forbidden action={} comment_id={} user_id={}",
                    verb,
                    found.get().id(),
                    viewer.userId());
            return new Outcome.Forbidden("You can only " + verb + " your own comments.");
        }
        return null;
    }

    private String holdReason(String html, String hash, long userId, CommentTarget target, Instant now) {
        if (CommentFormat.linkCount(html) > MAX_LINKS) {
            return "link-heavy";
        }
        if (repo.sameText(hash, userId, now.minus(DUPLICATE_BY_USER), target, now.minus(DUPLICATE_ON_TARGET)) > 0) {
            return "duplicate";
        }
        return null;
    }

    private Outcome.Limited limit(RateLimit limit, String key) {
        var decision = limiter.hit(limit, key);
        if (decision.allowed()) {
            return null;
        }
        return new Outcome.Limited(
                "You are doing that too often. Try again in " + decision.retryAfterText() + ".", decision.retryAfter());
    }

    static String fingerprint(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CommentFormat.fingerprintText(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
