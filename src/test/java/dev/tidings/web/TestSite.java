package dev.tidings.web;

import dev.tidings.account.AbuseLimits;
import dev.tidings.account.Accounts;
import dev.tidings.account.RateLimiter;
import dev.tidings.article.ArticleRepository;
import dev.tidings.comment.Comments;
import dev.tidings.comment.Moderation;
import dev.tidings.db.Database;
import dev.tidings.source.SourceRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

/** The website on a SQLite file with accounts and comments, on a free local port. */
final class TestSite implements AutoCloseable {
    final Database db;
    final Accounts accounts;
    final Comments comments;
    final Moderation moderation;
    final WebServer web;

    TestSite(Path dir, Clock clock, AbuseLimits limits) {
        db = Database.openSqlite(dir);
        RateLimiter limiter = new RateLimiter(db, clock);
        accounts = new Accounts(db, clock, limiter, limits);
        comments = new Comments(db, clock, limiter, limits);
        moderation = new Moderation(db, clock, accounts);
        web = new WebServer(
                        new ArticleRepository(db),
                        new SourceRepository(db, clock),
                        new Community(accounts, comments, moderation, false),
                        clock,
                        ZoneOffset.UTC)
                .start("127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + web.port();
    }

    @Override
    public void close() {
        web.close();
        db.close();
    }
}
