package dev.tidings.comment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.account.AbuseLimits;
import dev.tidings.account.Accounts;
import dev.tidings.account.RateLimiter;
import dev.tidings.account.Role;
import dev.tidings.account.Viewer;
import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Kind.class)
class CommentsTest {
    private static final CommentTarget ARTICLE = CommentTarget.article("abc123");
    private static final String PATH = "/en/article/abc123";

    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    private Database db;
    private Accounts accounts;
    private Comments comments;
    private Moderation moderation;
    private Viewer ann;
    private Viewer bob;
    private Viewer mod;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        RateLimiter limiter = new RateLimiter(db, clock);
        accounts = new Accounts(db, clock, limiter, AbuseLimits.defaults());
        comments = new Comments(db, clock, limiter, AbuseLimits.defaults());
        moderation = new Moderation(db, clock, accounts);
        ann = viewer("ann@example.org", "Ann", Role.READER);
        bob = viewer("bob@example.org", "Bob", Role.READER);
        mod = viewer("mod@example.org", "Mo", Role.MODERATOR);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Viewer viewer(String email, String name, Role role) {
        return new Viewer(accounts.create(email, name, "a long enough secret", role), "csrf");
    }

    private long post(Viewer v, String body) {
        return ((Outcome.Done) comments.post(v, ARTICLE, null, body, "10.0.0.1")).commentId();
    }

    private CommentSection section(Viewer v, Ordering o) {
        return comments.section(ARTICLE, PATH, o, v);
    }

    @Test
    void anEmptyDiscussionHasNoItemsAndCountZero() {
        CommentSection s = section(Viewer.anonymous("t"), Ordering.NEWEST);
        assertThat(s.items()).isEmpty();
        assertThat(s.count()).isZero();
    }

    @Test
    void repliesHangUnderTheirTopLevelCommentAndOrderingsDiffer() {
        long first = post(ann, "First");
        clock.advance(Duration.ofMinutes(1));
        long second = post(bob, "Second");
        clock.advance(Duration.ofMinutes(1));
        var reply = (Outcome.Done) comments.post(bob, ARTICLE, first, "A reply", "10.0.0.2");
        var replyToReply = (Outcome.Done) comments.post(ann, ARTICLE, reply.commentId(), "Back at you", "10.0.0.1");
        comments.vote(ann, second);
        comments.vote(mod, second);

        CommentSection newest = section(Viewer.anonymous("t"), Ordering.NEWEST);
        assertThat(newest.count()).isEqualTo(4);
        assertThat(newest.items()).extracting(CommentItem::id).containsExactly(second, first);
        assertThat(newest.items().get(1).replies())
                .extracting(CommentItem::id)
                .containsExactly(reply.commentId(), replyToReply.commentId());
        assertThat(section(Viewer.anonymous("t"), Ordering.OLDEST).items())
                .extracting(CommentItem::id)
                .containsExactly(first, second);
        assertThat(section(Viewer.anonymous("t"), Ordering.TOP)
                        .items()
                        .getFirst()
                        .votes())
                .isEqualTo(2);
        assertThat(comments.count(ARTICLE)).isEqualTo(4);
    }

    @Test
    void aLongDiscussionIsReadFiftyThreadsAPageAndAnActionLandsOnItsCommentsPage() {
        Comments open = new Comments(db, clock, new RateLimiter(db, clock), AbuseLimits.generous());
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(((Outcome.Done) open.post(ann, ARTICLE, null, "Comment number " + i, "10.0.0.1")).commentId());
            clock.advance(Duration.ofSeconds(1));
        }
        long reply =
                ((Outcome.Done) open.post(bob, ARTICLE, ids.get(5), "A reply to number 5", "10.0.0.2")).commentId();

        CommentSection first = open.section(ARTICLE, PATH, Ordering.NEWEST, bob, 1);
        assertThat(first.items()).hasSize(Comments.THREADS_PER_PAGE);
        assertThat(first.count()).isEqualTo(121);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.items().getFirst().id()).isEqualTo(ids.getLast());
        CommentSection last = open.section(ARTICLE, PATH, Ordering.NEWEST, bob, 3);
        assertThat(last.items()).hasSize(20);
        assertThat(last.items().getLast().id()).isEqualTo(ids.getFirst());
        assertThat(open.section(ARTICLE, PATH, Ordering.NEWEST, bob, 99).page())
                .as("past the last page is the last")
                .isEqualTo(3);
        assertThat(last.pageLink(2)).isEqualTo(PATH + "?order=newest&cpage=2#comments");
        assertThat(last.pageLink(1)).isEqualTo(PATH + "?order=newest#comments");

        // number 5 is the 115th newest thread: page 3 newest first, page 1 oldest first
        CommentSection showing = open.sectionShowing(ARTICLE, PATH, Ordering.NEWEST, bob, reply, 1);
        assertThat(showing.page()).isEqualTo(3);
        assertThat(showing.items())
                .anySatisfy(
                        t -> assertThat(t.replies()).extracting(CommentItem::id).contains(reply));
        assertThat(open.sectionShowing(ARTICLE, PATH, Ordering.OLDEST, bob, ids.get(5), 3)
                        .page())
                .isEqualTo(1);
        assertThat(open.sectionShowing(ARTICLE, PATH, Ordering.NEWEST, bob, -1, 2)
                        .page())
                .as("a comment not shown lands on the page the reader was on")
                .isEqualTo(2);
    }

    @Test
    void pagesReadFromOutlinesShowWhatTheWholeDiscussionBuiltAtOnceShows() {
        Comments generous = new Comments(db, clock, new RateLimiter(db, clock), AbuseLimits.generous());
        java.util.Random random = new java.util.Random(5);
        List<Long> roots = new java.util.ArrayList<>();
        List<Long> open = new java.util.ArrayList<>(); // shown to all: only these take replies
        for (int i = 0; i < 140; i++) {
            Viewer author = random.nextBoolean() ? ann : bob;
            Long parent = open.isEmpty() || random.nextInt(3) > 0 ? null : open.get(random.nextInt(open.size()));
            // some held for their links: only their author and moderators see them
            String body = random.nextInt(12) == 0
                    ? "See https://a.example https://b.example https://c.example, number " + i
                    : "Comment number " + i;
            var posted = (Outcome.Done) generous.post(author, ARTICLE, parent, body, "10.0.0." + i);
            if (parent == null) {
                roots.add(posted.commentId());
                if (!posted.held()) {
                    open.add(posted.commentId());
                }
            }
            clock.advance(Duration.ofSeconds(1 + random.nextInt(3)));
        }
        for (int i = 0; i < 60; i++) {
            generous.vote(
                    random.nextBoolean() ? mod : (random.nextBoolean() ? ann : bob),
                    roots.get(random.nextInt(roots.size())));
        }
        for (int i = 0; i < 12; i++) {
            long root = roots.get(random.nextInt(roots.size()));
            // a deleted or removed top-level comment stays as a placeholder while it has replies
            if (i % 2 == 0) {
                moderation.act(mod, root, Moderation.Action.HIDE);
            } else {
                moderation.act(mod, root, Moderation.Action.DELETE);
            }
        }

        CommentRepository repo = new CommentRepository(db);
        List<Comment> whole = repo.threads(ARTICLE, roots);
        for (Viewer v : List.of(Viewer.anonymous("t"), ann, mod)) {
            for (Ordering o : Ordering.values()) {
                List<CommentItem> expected = new Threads(v, clock.instant()).build(whole, o);
                List<CommentItem> paged = new java.util.ArrayList<>();
                CommentSection first = generous.section(ARTICLE, PATH, o, v, 1);
                for (int page = 1; page <= first.pages(); page++) {
                    paged.addAll(generous.section(ARTICLE, PATH, o, v, page).items());
                }
                assertThat(first.pages()).isGreaterThan(1);
                assertThat(paged)
                        .as("%s, %s", v.signedIn() ? v.userId() : "anonymous", o)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void onlyTheAuthorEditsWithinTenMinutesAndTheCommentShowsEdited() {
        long id = post(ann, "Frist");
        assertThat(comments.edit(bob, id, "Hijacked")).isInstanceOf(Outcome.Forbidden.class);
        assertThat(comments.edit(ann, id, "First")).isInstanceOf(Outcome.Done.class);
        CommentItem item = section(ann, Ordering.NEWEST).items().getFirst();
        assertThat(item.html()).isEqualTo("<p>First</p>");
        assertThat(item.edited()).isTrue();
        assertThat(item.editable()).isTrue();
        clock.advance(Comments.EDIT_WINDOW);
        assertThat(comments.edit(ann, id, "Too late")).isInstanceOf(Outcome.Refused.class);
        assertThat(section(ann, Ordering.NEWEST).items().getFirst().editable()).isFalse();
    }

    @Test
    void onlyTheAuthorDeletesAndTheThreadKeepsItsShape() {
        long parent = post(ann, "Parent");
        comments.post(bob, ARTICLE, parent, "Child", "10.0.0.2");
        long lonely = post(ann, "Lonely");
        assertThat(comments.delete(bob, parent)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(comments.delete(ann, parent)).isInstanceOf(Outcome.Done.class);
        assertThat(comments.delete(ann, lonely)).isInstanceOf(Outcome.Done.class);

        List<CommentItem> items =
                section(Viewer.anonymous("t"), Ordering.OLDEST).items();
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().display()).isEqualTo(CommentItem.Display.DELETED);
        assertThat(items.getFirst().html()).isEmpty();
        assertThat(items.getFirst().authorName()).isEmpty();
        assertThat(items.getFirst().replies()).extracting(CommentItem::html).containsExactly("<p>Child</p>");
        assertThat(comments.comment(parent).orElseThrow().bodySource()).isEmpty();
        assertThat(comments.count(ARTICLE)).isEqualTo(1);
    }

    @Test
    void linkHeavyAndDuplicateCommentsAreHeldAndOnlyTheirAuthorAndModeratorsSeeThem() {
        var links = (Outcome.Done)
                comments.post(ann, ARTICLE, null, "https://a.example https://b.example https://c.example", "10.0.0.1");
        assertThat(links.held()).isTrue();
        long original = post(bob, "Buy cheap watches now");
        var dup =
                (Outcome.Done) comments.post(bob, CommentTarget.article("other"), null, "buy  CHEAP watches now", "ip");
        assertThat(dup.held()).isTrue();
        var copycat = (Outcome.Done) comments.post(ann, ARTICLE, null, "Buy cheap watches now", "10.0.0.1");
        assertThat(copycat.held()).isTrue();

        assertThat(section(Viewer.anonymous("t"), Ordering.NEWEST).items())
                .extracting(CommentItem::id)
                .containsExactly(original);
        assertThat(section(ann, Ordering.NEWEST).items())
                .filteredOn(i -> i.display() == CommentItem.Display.HELD)
                .extracting(CommentItem::id)
                .containsExactlyInAnyOrder(links.commentId(), copycat.commentId());
        assertThat(moderation.queue())
                .extracting(Comment::holdReason)
                .containsExactly("link-heavy", "duplicate", "duplicate");
        assertThat(comments.count(ARTICLE)).isEqualTo(1);
    }

    @Test
    void reportsQueueACommentAndThreeHoldIt() {
        long id = post(ann, "Something rude");
        assertThat(comments.report(ann, id, null)).isInstanceOf(Outcome.Refused.class);
        comments.report(bob, id, "rude");
        comments.report(bob, id, "rude again"); // once per reader
        assertThat(moderation.queue()).extracting(Comment::id).containsExactly(id);
        assertThat(comments.comment(id).orElseThrow().status()).isEqualTo(CommentStatus.VISIBLE);
        Viewer carl = viewer("carl@example.org", "Carl", Role.READER);
        Viewer dora = viewer("dora@example.org", "Dora", Role.READER);
        comments.report(carl, id, null);
        comments.report(dora, id, null);
        assertThat(comments.comment(id).orElseThrow().status()).isEqualTo(CommentStatus.HELD);
    }

    @Test
    void moderatorsHideRestoreDeleteAndSuspendAndEveryActionIsLogged() {
        long id = post(ann, "Hello");
        assertThat(moderation.act(bob, id, Moderation.Action.HIDE)).isInstanceOf(Outcome.Forbidden.class);
        moderation.act(mod, id, Moderation.Action.HIDE);
        assertThat(section(Viewer.anonymous("t"), Ordering.NEWEST).items()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        moderation.act(mod, id, Moderation.Action.RESTORE);
        assertThat(section(Viewer.anonymous("t"), Ordering.NEWEST).items()).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        moderation.act(mod, id, Moderation.Action.DELETE);
        assertThat(comments.comment(id).orElseThrow().status()).isEqualTo(CommentStatus.DELETED);
        assertThat(moderation.suspend(mod, ann.userId(), true)).isInstanceOf(Outcome.Done.class);
        assertThat(moderation.suspend(bob, mod.userId(), true)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(moderation.suspend(mod, mod.userId(), true)).isInstanceOf(Outcome.Refused.class);
        assertThat(accounts.user(ann.userId()).orElseThrow().suspended()).isTrue();

        List<ModerationEntry> log = moderation.log(10);
        assertThat(log).extracting(ModerationEntry::action).containsExactly("suspend", "delete", "restore", "hide");
        assertThat(log).extracting(ModerationEntry::actorName).containsOnly("Mo");
        assertThat(log.get(3).at()).isEqualTo(Instant.parse("2026-11-28T12:00:00Z"));
        assertThat(log.get(0).userId()).isEqualTo(ann.userId());
        assertThat(log.get(3).commentId()).isEqualTo(id);
    }

    @Test
    void postingIsLimitedPerAccountWithAClearMessage() {
        int allowed = AbuseLimits.defaults().commentsPerUser().max();
        for (int i = 0; i < allowed; i++) {
            assertThat(comments.post(ann, ARTICLE, null, "Comment number " + i, "10.0.0.1"))
                    .isInstanceOf(Outcome.Done.class);
        }
        var limited = comments.post(ann, ARTICLE, null, "One more", "10.0.0.1");
        assertThat(limited).isInstanceOf(Outcome.Limited.class);
        assertThat(((Outcome.Limited) limited).message()).startsWith("You are doing that too often. Try again in");
        assertThat(comments.post(bob, ARTICLE, null, "Someone else", "10.0.0.2"))
                .isInstanceOf(Outcome.Done.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(comments.post(ann, ARTICLE, null, "One more", "10.0.0.1")).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void postingIsLimitedPerAddressAcrossAccounts() {
        int allowed = AbuseLimits.defaults().commentsPerIp().max();
        for (int i = 0; i < allowed; i++) {
            Viewer who = i % 2 == 0 ? ann : bob;
            comments.post(who, ARTICLE, null, "Shared address " + i, "192.0.2.1");
        }
        assertThat(comments.post(mod, ARTICLE, null, "From the same place", "192.0.2.1"))
                .isInstanceOf(Outcome.Limited.class);
    }

    @Test
    void anonymousReadersCannotPostAndRepliesMustStayOnTheirTarget() {
        assertThat(comments.post(Viewer.anonymous("t"), ARTICLE, null, "Hi", "ip"))
                .isInstanceOf(Outcome.Forbidden.class);
        long id = post(ann, "Hi");
        assertThat(comments.post(bob, CommentTarget.article("elsewhere"), id, "Sneaky", "ip"))
                .isInstanceOf(Outcome.Missing.class);
        assertThat(comments.post(bob, ARTICLE, null, "   ", "ip")).isInstanceOf(Outcome.Refused.class);
        assertThat(comments.post(bob, ARTICLE, null, "x".repeat(CommentFormat.MAX_LENGTH + 1), "ip"))
                .isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void storiesUseTheSameMachinery() {
        var story = CommentTarget.story("s-42");
        comments.post(ann, story, null, "On the story", "ip");
        assertThat(comments.count(story)).isEqualTo(1);
        assertThat(comments.count(ARTICLE)).isZero();
        assertThat(CommentTarget.parse("story/s-42")).isEqualTo(story);
        assertThat(CommentTarget.parse("story/../x")).isNull();
        assertThat(CommentTarget.parse("<script>/x")).isNull();
    }
}
