package dev.tidings.story;

import dev.tidings.nlp.Vectors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The articles this node enriched in the last few seconds, which its search index may not show yet
 * (it refreshes about once a second): an article arriving in the same burst as another finds it here.
 */
final class RecentArticles {
    private static final int CAPACITY = 256;
    private static final Duration KEPT = Duration.ofSeconds(10);

    private record Entry(String articleId, Instant published, float[] embedding, Instant enriched) {}

    private final Deque<Entry> entries = new ArrayDeque<>();

    synchronized void add(StoryRepository.Member m, Instant now) {
        entries.addLast(new Entry(m.articleId(), m.published(), m.embedding(), now));
        while (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
    }

    /** Embedding cosines from {@code m} to the recent articles published within {@code window} of it. */
    synchronized Map<String, Double> near(StoryRepository.Member m, Duration window, Instant now) {
        while (!entries.isEmpty() && entries.peekFirst().enriched().isBefore(now.minus(KEPT))) {
            entries.removeFirst();
        }
        Map<String, Double> out = new HashMap<>();
        long published = m.published().toEpochMilli();
        long span = window.toMillis();
        for (Entry e : entries) {
            if (!e.articleId().equals(m.articleId()) && Math.abs(e.published().toEpochMilli() - published) <= span) {
                out.put(e.articleId(), (double) Vectors.dot(m.embedding(), e.embedding()));
            }
        }
        return out;
    }
}
