package dev.tidings.story;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Applies a function to consecutive chunks of a list on worker threads, a bounded number of chunks
 * ahead of its one consumer, and hands the results back strictly in input order, each once. The
 * batch clusterer embeds articles with it while it clusters earlier ones: an embedding does not
 * depend on the clustering, so computing it early tells no decision anything about later articles.
 */
final class ChunkPipeline<T, R> implements AutoCloseable {
    private final List<T> items;
    private final int chunk;
    private final int ahead;
    private final Function<List<T>, List<R>> compute;
    private final ExecutorService workers;
    private final ArrayDeque<Pending<R>> pending = new ArrayDeque<>();
    private int submitted;

    private record Pending<R>(int start, int size, Future<List<R>> result) {}

    /**
     * Starts computing at once. {@code ahead}: chunks submitted but not yet taken (at least
     * {@code workers}, so no worker idles while the consumer works).
     */
    ChunkPipeline(List<T> items, int chunk, int workers, int ahead, Function<List<T>, List<R>> compute) {
        if (chunk < 1 || workers < 1 || ahead < workers) {
            throw new IllegalArgumentException(
                    "need chunk >= 1, workers >= 1 and ahead >= workers, not " + chunk + ", " + workers + ", " + ahead);
        }
        this.items = List.copyOf(items);
        this.chunk = chunk;
        this.ahead = ahead;
        this.compute = compute;
        this.workers = Executors.newFixedThreadPool(
                workers, Thread.ofPlatform().name("story-features-", 1).daemon().factory());
        fill();
    }

    /** The next chunk's results in input order; an empty list once every item has been delivered. */
    List<R> next() {
        Pending<R> head = pending.poll();
        if (head == null) {
            return List.of();
        }
        fill();
        List<R> out;
        try {
            out = head.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for items from " + head.start(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(
                    "computing items " + head.start() + ".." + (head.start() + head.size() - 1) + " failed: "
                            + cause.getMessage(),
                    cause);
        }
        if (out.size() != head.size()) {
            throw new IllegalStateException(
                    "items from " + head.start() + ": " + head.size() + " in, " + out.size() + " results out");
        }
        return out;
    }

    private void fill() {
        while (pending.size() < ahead && submitted < items.size()) {
            int start = submitted;
            List<T> slice = items.subList(start, Math.min(items.size(), start + chunk));
            submitted += slice.size();
            pending.add(new Pending<>(start, slice.size(), workers.submit(() -> compute.apply(slice))));
        }
    }

    /** Stops the workers; chunks not yet taken are abandoned. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
