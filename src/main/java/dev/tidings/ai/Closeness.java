package dev.tidings.ai;

import dev.tidings.nlp.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * How close a question and sentences are in meaning (cosine of sentence embeddings), for a
 * limited number of questions at once: embedding an article's sentences costs a few hundred
 * milliseconds of CPU, so a flood of questions is answered by words alone rather than queued.
 */
final class Closeness {
    /* One unit vector per text (sentence embeddings), or null for words alone. */
    private final Function<List<String>, List<float[]>> meaning;

    /* Questions weighed by meaning at once; the rest are answered by words alone. */
    private final Semaphore slots;

    Closeness(Function<List<String>, List<float[]>> meaning, int slots) {
        this.meaning = meaning;
        this.slots = new Semaphore(slots);
    }

    /** Whether there is a meaning function at all. */
    boolean available() {
        return meaning != null;
    }

    /**
     * How close each candidate is to the question in meaning, or null without a meaning function or
     * when every slot for that work is taken. The question and each sentence are embedded once per
     * question, however often they are weighed.
     */
    double[] of(AskedQuestion ask, List<AnswerCandidate> candidates) {
        if (meaning == null) {
            return null;
        }
        double[] out = new double[candidates.size()];
        if (candidates.isEmpty()) {
            return out;
        }
        List<AnswerCandidate> missing =
                candidates.stream().filter(c -> c.vector == null).toList();
        if (ask.vector == null || !missing.isEmpty()) {
            List<float[]> v =
                    embedded(ask.text, missing.stream().map(c -> c.sentence).toList());
            if (v == null) {
                return null;
            }
            ask.vector = v.getFirst();
            for (int i = 0; i < missing.size(); i++) {
                missing.get(i).vector = v.get(i + 1);
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = Vectors.dot(ask.vector, candidates.get(i).vector);
        }
        return out;
    }

    /**
     * The question and the texts embedded in one call (the question's vector first), or null
     * without a meaning function or when every slot for that work is taken.
     */
    List<float[]> embedded(String question, List<String> texts) {
        if (meaning == null || !slots.tryAcquire()) {
            return null;
        }
        try {
            List<String> all = new ArrayList<>(texts.size() + 1);
            all.add(question);
            all.addAll(texts);
            return meaning.apply(all);
        } finally {
            slots.release();
        }
    }
}
