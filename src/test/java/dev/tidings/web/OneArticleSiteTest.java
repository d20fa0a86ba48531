package dev.tidings.web;

import dev.tidings.account.AbuseLimits;
import dev.tidings.article.TestArticles;
import dev.tidings.db.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the web tests over one stored article: a {@link TestSite} on a clock the test
 * moves, started before each test and closed after it. A test class that needs more set-up adds its
 * own {@code @BeforeEach}, which runs after this one.
 */
abstract class OneArticleSiteTest {
    static final String PASSWORD = "a long enough secret";

    @TempDir
    Path dir;

    final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    TestSite site;
    /** The article's id and its page. */
    String article;

    String articlePath;

    /** The limits on sign-ins, comments and resets the site runs with. */
    AbuseLimits limits() {
        return AbuseLimits.defaults();
    }

    @BeforeEach
    void startSite() {
        site = new TestSite(dir, clock, limits());
        article = TestArticles.store(
                site.db, "harbour", "Harbour reopens", clock.instant().minusSeconds(3600));
        articlePath = "/en/article/" + article;
    }

    @AfterEach
    void stopSite() {
        site.close();
    }
}
