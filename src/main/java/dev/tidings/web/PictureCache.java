package dev.tidings.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures kept on disk, one file per picture address, within a budget of bytes: when a new
 * picture takes the total over it, the pictures least recently served go first, down to nine tenths
 * of the budget, so the cache neither fills the disk nor evicts on every write. A hit marks the
 * file as served (its modification time). The total is counted from the directory the first time it
 * is needed, when copies a killed process left half-written (an hour ago or more) are removed too.
 * Thread-safe.
 */
final class PictureCache {
    private static final Logger log = LoggerFactory.getLogger(PictureCache.class);
    private static final String PART = ".part";
    /** A part file older than this was left by a process that died while writing it. */
    private static final java.time.Duration STALE_PART = java.time.Duration.ofHours(1);

    private final Path dir;
    private final long budget;
    private final Clock clock;
    private long total = -1; // unknown until first counted

    PictureCache(Path dir, long budgetBytes, Clock clock) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("the picture cache needs a budget above 0 bytes, not " + budgetBytes);
        }
        this.dir = dir;
        this.budget = budgetBytes;
        this.clock = clock;
    }

    /** The picture stored for this address, or null. */
    byte[] get(String url) {
        Path file = dir.resolve(key(url));
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
            return bytes;
        } catch (IOException e) {
            // never stored, evicted while being read, or unreadable: fetched again
            return null;
        }
    }

    /** Stores a picture, then evicts the least recently served ones if the budget is exceeded. */
    void put(String url, byte[] bytes) {
        if (bytes.length > budget) {
            return;
        }
        try {
            synchronized (this) {
                counted(); // before this picture's own part file exists
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "picture", PART);
            Files.write(tmp, bytes);
            Path file = dir.resolve(key(url));
            synchronized (this) {
                long replaced = Files.exists(file) ? Files.size(file) : 0;
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.setLastModifiedTime(file, FileTime.from(clock.instant())); // served now, by our clock
                total = total - replaced + bytes.length;
                if (total > budget) {
                    evict();
                }
            }
        } catch (IOException e) {
            // served this time all the same; the next request fetches it again
            log.warn("event=picture_not_cached url=\"{}\" error=\"{}\"", url, e.getMessage());
        }
    }

    /** Bytes the cache holds now. */
    synchronized long size() throws IOException {
        return counted();
    }

    private long counted() throws IOException {
        if (total >= 0) {
            return total;
        }
        long sum = 0;
        FileTime stale = FileTime.from(clock.instant().minus(STALE_PART));
        for (Entry e : entries()) {
            if (e.file.getFileName().toString().endsWith(PART)) {
                if (e.served.compareTo(stale) < 0) {
                    Files.deleteIfExists(e.file); // left half-written by a process that died
                }
            } else {
                sum += e.size;
            }
        }
        total = sum;
        return total;
    }

    private void evict() throws IOException {
        List<Entry> entries = entries();
        entries.sort(Comparator.comparing(Entry::served));
        long target = budget / 10 * 9;
        int removed = 0;
        for (Entry e : entries) {
            if (total <= target) {
                break;
            }
            if (e.file.getFileName().toString().endsWith(PART)) {
                continue; // another thread's picture being written
            }
            if (Files.deleteIfExists(e.file)) {
                total -= e.size;
                removed++;
            }
        }
        log.info("event=pictures_evicted count={} bytes_left={} budget={}", removed, total, budget);
    }

    private List<Entry> entries() throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        out.add(new Entry(f, a.size(), a.lastModifiedTime()));
                    }
                } catch (NoSuchFileException gone) {
                    // evicted or renamed meanwhile
                }
            }
        }
        return out;
    }

    private record Entry(Path file, long size, FileTime served) {}

    private static String key(String url) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
