package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunkPipelineTest {
    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    private static List<Integer> drain(ChunkPipeline<Integer, Integer> p) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> c = p.next(); !c.isEmpty(); c = p.next()) {
            out.addAll(c);
        }
        return out;
    }

    @Test
    void deliversEveryItemOnceInInputOrder() {
        try (var p = new ChunkPipeline<Integer, Integer>(
                TEN, 3, 2, 3, c -> c.stream().map(x -> x * 10).toList())) {
            assertThat(drain(p)).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90);
            assertThat(p.next()).isEmpty();
        }
    }

    @Test
    void keepsInputOrderWhenALaterChunkFinishesFirst() throws InterruptedException {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        try (var p = new ChunkPipeline<Integer, Integer>(TEN, 5, 2, 2, c -> {
            if (c.getFirst() == 0) {
                await(secondDone);
            }
            finished.add(c.getFirst());
            if (c.getFirst() == 5) {
                secondDone.countDown();
            }
            return c;
        })) {
            assertThat(drain(p)).isEqualTo(TEN);
        }
        assertThat(finished).containsExactly(5, 0);
    }

    @Test
    void submitsNoMoreThanTheGivenNumberOfChunksAhead() {
        AtomicInteger taken = new AtomicInteger();
        List<String> tooEarly = Collections.synchronizedList(new ArrayList<>());
        int ahead = 2;
        try (var p = new ChunkPipeline<Integer, Integer>(TEN, 1, 2, ahead, c -> {
            int chunk = c.getFirst();
            // chunk j may start only once the consumer has asked for chunk j - ahead
            if (chunk >= taken.get() + ahead) {
                tooEarly.add("chunk " + chunk + " after " + taken.get() + " taken");
            }
            return c;
        })) {
            List<Integer> out = new ArrayList<>();
            while (true) {
                taken.incrementAndGet();
                List<Integer> c = p.next();
                if (c.isEmpty()) {
                    break;
                }
                out.addAll(c);
            }
            assertThat(out).isEqualTo(TEN);
        }
        assertThat(tooEarly).isEmpty();
    }

    @Test
    void aFailureReachesTheConsumerAtItsChunkWithTheItemsNamed() {
        try (var p = new ChunkPipeline<Integer, Integer>(TEN, 4, 2, 2, c -> {
            if (c.contains(5)) {
                throw new IllegalArgumentException("model refused");
            }
            return c;
        })) {
            assertThat(p.next()).containsExactly(0, 1, 2, 3);
            assertThatThrownBy(p::next)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("items 4..7")
                    .hasMessageContaining("model refused")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aChunkWithTheWrongNumberOfResultsIsAnError() {
        try (var p = new ChunkPipeline<Integer, Integer>(TEN, 4, 1, 1, c -> c.subList(1, c.size()))) {
            assertThatThrownBy(p::next).hasMessageContaining("4 in, 3 results out");
        }
    }

    @Test
    void anEmptyListEndsAtOnce() {
        try (var p = new ChunkPipeline<Integer, Integer>(List.of(), 4, 2, 2, c -> c)) {
            assertThat(p.next()).isEmpty();
        }
    }

    @Test
    void rejectsFewerChunksAheadThanWorkers() {
        assertThatThrownBy(() -> new ChunkPipeline<Integer, Integer>(TEN, 4, 2, 1, c -> c))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other chunk never finished");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
