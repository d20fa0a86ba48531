package dev.tidings.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.db.Database;
import dev.tidings.fetch.FetchSettings;
import dev.tidings.fetch.HttpFetcher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an administrator types as a feed's address, hostile or mistaken: each is refused with a
 * reason, nothing else escapes, and nothing is followed.
 */
class FeedSubscriptionTest {
    @TempDir
    Path dir;

    @Test
    void everyBadAddressIsRefusedWithItsReasonAndNothingIsFollowed() {
        try (Database db = Database.openSqlite(dir)) {
            var sources = new SourceRepository(db, Clock.systemUTC());
            var subscription = new FeedSubscription(sources, new HttpFetcher(FetchSettings.defaults()));
            List<String> addresses = List.of(
                    "",
                    "   ",
                    "feed.xml",
                    "javascript:alert(1)",
                    "file:///etc/passwd",
                    "ftp://example.org/feed",
                    "http:///no-host",
                    "https://exa mple.org/feed",
                    "http://example.invalid:99999/feed",
                    "http://[::1]/feed.xml",
                    "http://user:secret@127.0.0.1/feed.xml",
                    "http://169.254.169.254/latest/meta-data/",
                    "http://10.0.0.8/feed.xml",
                    "http://localhost/feed.xml",
                    "https://" + "a".repeat(300) + ".example/feed",
                    "http://%zz/feed");
            for (String address : addresses) {
                assertThatThrownBy(() -> subscription.follow(address, null, false, 900))
                        .as(address)
                        .isInstanceOf(IllegalArgumentException.class)
                        .message()
                        .isNotBlank();
            }
            assertThat(sources.all()).isEmpty();
        }
    }
}
