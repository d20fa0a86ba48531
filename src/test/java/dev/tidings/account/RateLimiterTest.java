package dev.tidings.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Kind.class)
class RateLimiterTest {
    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:10Z"));
    private final RateLimit threePerMinute = new RateLimit("test", 3, Duration.ofMinutes(1));
    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void countsPerKeyWithinTheWindowAndOpensAgainAfterIt() {
        RateLimiter limiter = new RateLimiter(db, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.hit(threePerMinute, "a").allowed()).isTrue();
        }
        var refused = limiter.hit(threePerMinute, "a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(50));
        assertThat(refused.retryAfterText()).isEqualTo("50 seconds");
        assertThat(limiter.hit(threePerMinute, "b").allowed()).isTrue();
        assertThat(limiter.peek(threePerMinute, "a").allowed()).isFalse();
        clock.advance(Duration.ofSeconds(50));
        assertThat(limiter.hit(threePerMinute, "a").allowed()).isTrue();
    }

    @Test
    void twoNodesOnOneDatabaseShareTheBudget() {
        RateLimiter node1 = new RateLimiter(db, clock);
        RateLimiter node2 = new RateLimiter(db, clock);
        node1.hit(threePerMinute, "k");
        node2.hit(threePerMinute, "k");
        node1.hit(threePerMinute, "k");
        assertThat(node2.hit(threePerMinute, "k").allowed()).isFalse();
    }

    @Test
    void resetForgetsTheCount() {
        RateLimiter limiter = new RateLimiter(db, clock);
        for (int i = 0; i < 4; i++) {
            limiter.hit(threePerMinute, "k");
        }
        limiter.reset(threePerMinute, "k");
        assertThat(limiter.hit(threePerMinute, "k").allowed()).isTrue();
    }

    @Test
    void keysAreNotStoredInTheClear() {
        new RateLimiter(db, clock).hit(threePerMinute, "someone@example.org");
        String bucket = db.read(h -> h.queryOne("SELECT bucket FROM rate_limits", rs -> rs.getString(1)))
                .orElseThrow();
        assertThat(bucket).startsWith("test:").doesNotContain("someone");
    }

    @Test
    void perMinuteFigures() {
        AbuseLimits d = AbuseLimits.defaults();
        assertThat(d.signInPerIp().perMinute()).isEqualTo(20.0);
        assertThat(d.signInFailuresPerAccount().perMinute())
                .isCloseTo(0.333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(d.commentsPerUser().perMinute()).isEqualTo(5.0);
        assertThat(d.commentsPerIp().perMinute()).isEqualTo(10.0);
    }
}
