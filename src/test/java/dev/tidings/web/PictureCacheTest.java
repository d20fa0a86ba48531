package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.db.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureCacheTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-29T12:00:00Z"));

    private static byte[] picture(int size, int fill) {
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) fill);
        return b;
    }

    @Test
    void overTheBudgetTheLeastRecentlyServedPicturesGoFirstDownToNineTenths() throws Exception {
        PictureCache cache = new PictureCache(dir, 1_000, clock);
        cache.put("https://a.example/1.jpg", picture(300, 1));
        clock.advance(Duration.ofMinutes(1));
        cache.put("https://a.example/2.jpg", picture(300, 2));
        clock.advance(Duration.ofMinutes(1));
        cache.put("https://a.example/3.jpg", picture(300, 3));
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.get("https://a.example/1.jpg"))
                .as("served again: now the most recent")
                .isNotNull();
        clock.advance(Duration.ofMinutes(1));

        cache.put("https://a.example/4.jpg", picture(300, 4)); // 1,200 bytes: over 1,000

        assertThat(cache.get("https://a.example/2.jpg"))
                .as("least recently served")
                .isNull();
        assertThat(cache.size()).as("one picture out was enough: 900 of 1,000").isEqualTo(900);
        assertThat(cache.get("https://a.example/3.jpg")).containsExactly(picture(300, 3));
        assertThat(cache.get("https://a.example/1.jpg")).containsExactly(picture(300, 1));
        assertThat(cache.get("https://a.example/4.jpg")).containsExactly(picture(300, 4));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(3);
        }
        clock.advance(Duration.ofMinutes(1));
        cache.put("https://a.example/5.jpg", picture(300, 5)); // 1,200 again: 3 was served first of the three
        assertThat(cache.get("https://a.example/3.jpg")).isNull();
        assertThat(cache.get("https://a.example/1.jpg")).isNotNull();
    }

    @Test
    void aRestartedNodeCountsWhatIsOnDiskAndClearsOnlyStalePartFiles() throws Exception {
        new PictureCache(dir, 10_000, clock).put("https://a.example/1.jpg", picture(400, 1));
        Path stale = Files.write(dir.resolve("picture123.part"), picture(50, 9));
        Files.setLastModifiedTime(stale, FileTime.from(clock.instant().minus(Duration.ofHours(2))));
        Path writing = Files.write(dir.resolve("picture456.part"), picture(50, 9));
        Files.setLastModifiedTime(writing, FileTime.from(clock.instant()));

        PictureCache restarted = new PictureCache(dir, 10_000, clock);

        assertThat(restarted.size()).isEqualTo(400);
        assertThat(stale).doesNotExist();
        assertThat(writing).as("another process may still be writing it").exists();
        assertThat(restarted.get("https://a.example/1.jpg")).hasSize(400);
    }

    @Test
    void aPictureBiggerThanTheWholeBudgetIsServedButNotKept() throws Exception {
        PictureCache cache = new PictureCache(dir, 100, clock);
        cache.put("https://a.example/huge.jpg", picture(101, 1));
        assertThat(cache.get("https://a.example/huge.jpg")).isNull();
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> new PictureCache(dir, 0, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budget");
    }
}
