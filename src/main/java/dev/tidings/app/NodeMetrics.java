package dev.tidings.app;

import dev.tidings.ai.ArticleAi;
import dev.tidings.article.ArticleRepository;
import dev.tidings.metrics.Metrics;
import dev.tidings.source.EntryRepository;
import dev.tidings.source.FeedRefresher;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import dev.tidings.story.RelatedArticles;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a node reports on {@code /metrics} besides the counters its parts keep themselves (requests,
 * article pages): feed refreshes, language-model requests and related-article lookups as their parts
 * report them, the process (heap, threads, CPU, uptime), and the shared data every node sees
 * (articles stored, entries waiting, feeds by their last status). The database figures are read at
 * most once a {@link #DATABASE_EVERY}, so frequent scrapes of many nodes cost the database nothing
 * to speak of.
 */
final class NodeMetrics {
    static final Duration DATABASE_EVERY = Duration.ofSeconds(30);

    private NodeMetrics() {}

    static void register(
            Metrics metrics,
            Clock clock,
            ArticleRepository articles,
            EntryRepository entries,
            SourceRepository sources,
            FeedRefresher refresher,
            ArticleAi ai,
            RelatedArticles related) {
        countOutcomes(
                metrics,
                "tidings_feed_refreshes_total",
                "Feed refreshes this node made, by status: ok, not_modified, error.",
                "status",
                refresher::onOutcome);
        countOutcomes(
                metrics,
                "tidings_llm_requests_total",
                "Requests for the language model (TIDINGS_LLM_URL), by outcome: ok, cached (answered from the"
                        + " cache), limited (over the calls a minute), failed (the built-in method stood in).",
                "outcome",
                ai::onModelCall);
        countOutcomes(
                metrics,
                "tidings_related_lookups_total",
                "Related-article lists asked for (article pages and the API), by outcome: kept (served again,"
                        + " the article's story unchanged, within a minute) or worked_out.",
                "outcome",
                related::onLookup);
        var runtime = ManagementFactory.getRuntimeMXBean();
        var memory = ManagementFactory.getMemoryMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        metrics.gauge(
                "process_uptime_seconds", "Seconds since this process started.", () -> runtime.getUptime() / 1000.0);
        metrics.total("process_cpu_seconds_total", "CPU time this process has used, in seconds.", () -> {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime() / 1e9;
            }
            throw new IllegalStateException("this JVM does not report process CPU time");
        });
        metrics.gauge("jvm_memory_heap_used_bytes", "Java heap in use, in bytes.", () ->
                (double) memory.getHeapMemoryUsage().getUsed());
        metrics.gauge("jvm_memory_heap_max_bytes", "The most Java heap this process may use, in bytes.", () ->
                (double) memory.getHeapMemoryUsage().getMax());
        metrics.gauge("jvm_threads_live", "Live Java threads.", () -> (double) threads.getThreadCount());
        metrics.gauge(
                "tidings_articles", "Articles stored (all nodes).", every(clock, () -> (double) articles.count()));
        metrics.gauge(
                "tidings_entries_pending",
                "Feed entries waiting to be fetched as articles (all nodes).",
                every(clock, () -> (double) entries.pendingCount()));
        metrics.gauge(
                "tidings_sources",
                "Feeds by the status of their last refresh (never: not fetched yet; disabled: switched off).",
                "status",
                every(clock, () -> byStatus(sources)));
    }

    /** A counter by one label whose values a part reports to the listener it is given. */
    private static void countOutcomes(
            Metrics metrics, String name, String help, String label, Consumer<Consumer<String>> listen) {
        Metrics.Counter counter = metrics.counter(name, help, label);
        listen.accept(outcome -> counter.inc(outcome));
    }

    private static Map<String, Double> byStatus(SourceRepository sources) {
        Map<String, Double> out = new TreeMap<>();
        for (Source s : sources.all()) {
            String status = !s.enabled() ? "disabled" : s.lastStatus() == null ? "never" : s.lastStatus();
            out.merge(status, 1.0, Double::sum);
        }
        return out;
    }

    /** The value read at most once a {@link #DATABASE_EVERY}; a failed read is not kept. */
    private static <T> Supplier<T> every(Clock clock, Supplier<T> read) {
        return new Supplier<>() {
            private T value;
            private Instant readAt;

            @Override
            public synchronized T get() {
                Instant now = clock.instant();
                if (readAt == null || !now.isBefore(readAt.plus(DATABASE_EVERY))) {
                    value = read.get();
                    readAt = now;
                }
                return value;
            }
        };
    }
}
