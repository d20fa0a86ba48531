package dev.tidings.web;

import dev.tidings.account.AbuseLimits;
import dev.tidings.account.Accounts;
import dev.tidings.account.RateLimiter;
import dev.tidings.account.ResetMail;
import dev.tidings.account.Role;
import dev.tidings.ai.AiSettings;
import dev.tidings.ai.ArticleAi;
import dev.tidings.article.ArticleRepository;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Moderation;
import dev.tidings.db.Database;
import dev.tidings.db.SharedTurns;
import dev.tidings.fetch.FetchSettings;
import dev.tidings.fetch.HttpFetcher;
import dev.tidings.search.ArticleSearch;
import dev.tidings.search.ArticleTexts;
import dev.tidings.search.SearchIndex;
import dev.tidings.source.FeedSubscription;
import dev.tidings.source.SourceRemoval;
import dev.tidings.source.SourceRemovals;
import dev.tidings.source.SourceRepository;
import dev.tidings.story.DocumentFrequencies;
import dev.tidings.story.RelatedArticles;
import dev.tidings.story.StoryRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/** The website on a SQLite file with accounts and comments, on a free local port. */
final class TestSite implements AutoCloseable {
    final Database db;
    final Accounts accounts;
    final Comments comments;
    final Moderation moderation;
    final WebServer web;
    /** Vectors for related articles and text for {@code /search} (read from {@link #db} as articles are indexed). */
    final SearchIndex index;

    TestSite(Path dir, Clock clock, AbuseLimits limits) {
        this(dir, clock, limits, ResetMail.off());
    }

    /** The same, mailing reset links through {@code resetMail}. */
    TestSite(Path dir, Clock clock, AbuseLimits limits, ResetMail resetMail) {
        db = Database.openSqlite(dir);
        RateLimiter limiter = new RateLimiter(db, clock);
        accounts = new Accounts(db, clock, limiter, limits);
        comments = new Comments(db, clock, limiter, limits);
        moderation = new Moderation(db, clock, accounts);
        index = SearchIndex.open(dir.resolve("index"), new ArticleTexts(db));
        ArticleAi ai = new ArticleAi(db, new ArticleRepository(db), AiSettings.none(), clock);
        web = serve(
                db,
                clock,
                ai,
                index,
                new Community(accounts, comments, moderation, false, resetMail),
                dir.resolve("media"));
    }

    /** The website over an existing database and index, with the given AI features, on a free local port. */
    static WebServer serve(Database db, Clock clock, ArticleAi ai, SearchIndex index) {
        // a folder that is only made if a test keeps a picture (see the overload below for those that do)
        return serve(
                db,
                clock,
                ai,
                index,
                Path.of(System.getProperty("java.io.tmpdir"), "tidings-media-" + UUID.randomUUID()));
    }

    /** The same, keeping fetched pictures in {@code media}. */
    static WebServer serve(Database db, Clock clock, ArticleAi ai, SearchIndex index, Path media) {
        return serve(db, clock, ai, index, community(db, clock), media);
    }

    private static WebServer serve(
            Database db, Clock clock, ArticleAi ai, SearchIndex index, Community community, Path media) {
        return new WebServer(
                        new ArticleRepository(db),
                        new SourceRepository(db, clock),
                        new SourceRemovals(
                                new SourceRemoval(db, clock, SharedTurns.of(db, clock, "test-node")), ids -> {
                                    ids.forEach(index::delete);
                                    index.refresh();
                                }),
                        new FeedSubscription(
                                new SourceRepository(db, clock), new HttpFetcher(FetchSettings.defaults())),
                        ai,
                        community,
                        new StoryRepository(db),
                        related(db, index),
                        search(index),
                        new dev.tidings.tag.TagRepository(db),
                        images(db, clock, media),
                        clock,
                        ZoneOffset.UTC,
                        "test",
                        new dev.tidings.metrics.Metrics(),
                        null)
                .start("127.0.0.1", 0);
    }

    /**
     * Pictures fetched by the real client (loopback allowed only for sources added so) into
     * {@code media}, a folder made only when a picture is first kept.
     */
    static ArticleImages images(Database db, Clock clock, Path media) {
        return new ArticleImages(
                new ArticleRepository(db),
                new SourceRepository(db, clock),
                new HttpFetcher(FetchSettings.defaults())::fetch,
                media,
                64L * 1024 * 1024,
                clock);
    }

    /** Accounts and comments with default limits, for web tests that need the site but not the community. */
    static Community community(Database db, Clock clock) {
        RateLimiter limiter = new RateLimiter(db, clock);
        Accounts accounts = new Accounts(db, clock, limiter, AbuseLimits.defaults());
        Comments comments = new Comments(db, clock, limiter, AbuseLimits.defaults());
        return new Community(accounts, comments, new Moderation(db, clock, accounts), false);
    }

    /** Words-only search over {@code index} (no embedding model in web tests). */
    static ArticleSearch search(SearchIndex index) {
        return new ArticleSearch(index, null);
    }

    /** Related articles over a fresh index in {@code dir}, for web tests that do not look at stories. */
    static RelatedArticles related(Database db, SearchIndex index) {
        return new RelatedArticles(new StoryRepository(db), index, new DocumentFrequencies());
    }

    String base() {
        return "http://127.0.0.1:" + web.port();
    }

    /**
     * A reader who signed up through the form (with {@code password}) and then opened {@code path},
     * so the client holds a session and a form token from that page.
     */
    /**
     * An account made here with {@code role}, signed in through the sign-in form, its client having
     * read the home page since (so its next form carries the session's CSRF token).
     */
    Browserless signedIn(String email, String name, String password, Role role) {
        accounts.create(email, name, password, role);
        Browserless b = new Browserless(base());
        b.get("/signin");
        var r = b.post("/signin", java.util.Map.of("email", email, "password", password));
        org.assertj.core.api.Assertions.assertThat(r.statusCode())
                .as("sign-in of " + email)
                .isEqualTo(303);
        b.get("/");
        return b;
    }

    Browserless signedUp(String email, String name, String password, String path) {
        Browserless b = new Browserless(base());
        b.get("/signup");
        var r = b.post("/signup", java.util.Map.of("email", email, "name", name, "password", password));
        org.assertj.core.api.Assertions.assertThat(r.statusCode())
                .as("sign-up of " + email)
                .isEqualTo(303);
        b.get(path);
        return b;
    }

    @Override
    public void close() {
        web.close();
        index.close();
        db.close();
    }
}
