package dev.tidings.source;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Source removals a serving node runs for an administrator, one at a time in the background (a
 * large source takes a while), with how far each has gone for the sources page. The node's own
 * index drops each batch as it goes: its follower skips the changes this process notes.
 */
public final class SourceRemovals implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SourceRemovals.class);

    private final SourceRemoval removal;
    private final Consumer<List<String>> removedFromIndex;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("source-removal").factory());
    private final Map<Long, Progress> running = new ConcurrentHashMap<>();
    private volatile boolean closing;

    public SourceRemovals(SourceRemoval removal, Consumer<List<String>> removedFromIndex) {
        this.removal = removal;
        this.removedFromIndex = removedFromIndex;
    }

    /**
     * How far a removal has gone: articles removed of those the source had when it was asked for,
     * and the error that stopped it, if one did (running the removal again finishes it).
     */
    public record Progress(long removed, long of, String error) {}

    /** What removing the source would take now (for the question an administrator confirms). */
    public SourceRemoval.Extent extent(Source source) {
        return removal.extent(source);
    }

    /** Starts removing the source unless it is being removed already, here or elsewhere; false then. */
    public boolean start(Source source, long userId) {
        if (removal.underWay(source.id()).isPresent()) {
            return false;
        }
        long of = removal.articles(source);
        Progress begun = new Progress(0, of, null);
        Progress current = running.compute(source.id(), (id, p) -> p == null || p.error() != null ? begun : p);
        if (current != begun) {
            return false;
        }
        log.info("event=source_removal_started source_id={} articles={} user_id={}", source.id(), of, userId);
        worker.execute(() -> {
            try {
                SourceRemoval.Outcome o = removal.remove(source, removedFromIndex, done -> {
                    running.put(source.id(), new Progress(done.articles(), of, null));
                    return !closing;
                });
                running.remove(source.id());
                if (closing) {
                    log.info(
                            "event=source_removal_stopped source_id={} articles={} reason=closing",
                            source.id(),
                            o.articles());
                    return;
                }
                log.info(
                        "event=source_removed source_id={} articles={} comments={} stories_gone={} copies_fetched_again={}",
                        source.id(),
                        o.articles(),
                        o.comments(),
                        o.storiesGone(),
                        o.copiesFetchedAgain());
            } catch (RuntimeException e) {
                Progress at = running.get(source.id());
                running.put(source.id(), new Progress(at == null ? 0 : at.removed(), of, e.getMessage()));
                log.error("event=source_removal_failed source_id={} error=\"{}\"", source.id(), e.getMessage(), e);
            }
        });
        return true;
    }

    /**
     * The sources other processes are removing now (another node, or a command), by id, each with
     * the node removing it: their progress is known only there.
     */
    public Map<Long, String> elsewhere() {
        Map<Long, String> others = removal.underWay();
        // this node's own, under way (one stopped by an error here may have been taken up elsewhere)
        others.keySet().removeIf(this::runningHere);
        return others;
    }

    /** Whether the source is being removed now, by this node or another. */
    public boolean underWay(long sourceId) {
        return runningHere(sourceId) || removal.underWay(sourceId).isPresent();
    }

    /** Whether this node's removal of the source is under way (not stopped by an error). */
    private boolean runningHere(long sourceId) {
        Progress here = running.get(sourceId);
        return here != null && here.error() == null;
    }

    /** This node's removals under way, or stopped by an error, by source id. */
    public Map<Long, Progress> here() {
        return Map.copyOf(running);
    }

    /**
     * Stops after the batch in hand (the source stays paused; asked again, the removal finishes).
     * No interrupt: the removal may be inside the search index's file I/O, which an interrupt breaks.
     */
    @Override
    public void close() {
        closing = true;
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
