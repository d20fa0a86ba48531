package dev.tidings.nlp;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.tidings.natives.NativeLibraries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings in process: all-MiniLM-L6-v2 (quantized) on ONNX Runtime, with the model
 * and vocabulary read from the classpath (a Maven Central jar), never downloaded. Vectors are
 * mean-pooled over the tokens and unit length, so a dot product is the cosine. Thread-safe: calls
 * from several threads share one session and run in parallel. The model's weights live off the Java
 * heap.
 */
public final class Embedder implements AutoCloseable {
    /** Length of every vector. */
    public static final int DIMENSIONS = 384;
    /** The name stored beside each vector, so a change of model can be detected. */
    public static final String MODEL = "all-minilm-l6-v2-q";

    private static final Logger log = LoggerFactory.getLogger(Embedder.class);
    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String VOCAB_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    /** Word pieces embedded per text: a headline and its lead; longer inputs cost time, not quality. */
    public static final int DEFAULT_MAX_TOKENS = 48;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPiece tokenizer;
    private final boolean wantsTokenTypes;
    private final int maxTokens;

    private Embedder(OrtEnvironment env, OrtSession session, WordPiece tokenizer, int maxTokens) {
        this.env = env;
        this.maxTokens = maxTokens;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /**
     * How the model runs. {@code threads}: ONNX Runtime intra-op threads per call (0: its default,
     * one per core); {@code spinning}: whether those threads busy-wait between operators;
     * {@code maxTokens}: word pieces kept per text (8 to 256).
     */
    public record Settings(int threads, boolean spinning, int maxTokens) {
        /**
         * One thread per call, no busy-waiting: for pipelines that call from one thread per core
         * (the session is shared). On two cores that embeds faster than calls spread over both, and
         * an idle core goes to the work around the embedding rather than to a spinning thread.
         */
        public static final Settings ONE_CORE_PER_CALL = new Settings(1, false, DEFAULT_MAX_TOKENS);

        /**
         * Every core for each call, no busy-waiting: for a caller that embeds one batch at a time (the
         * server: one new article, a search query, the catch-up at start).
         */
        public static final Settings ALL_CORES_PER_CALL = new Settings(0, false, DEFAULT_MAX_TOKENS);

        public Settings {
            if (threads < 0) {
                throw new IllegalArgumentException("threads must be 0 or more, not " + threads);
            }
            if (maxTokens < 8 || maxTokens > 256) {
                throw new IllegalArgumentException("maxTokens must be between 8 and 256, not " + maxTokens);
            }
        }
    }

    /**
     * Loads the model with {@code threads} intra-op threads per call (0: ONNX Runtime's default) and
     * ONNX Runtime's busy-waiting thread pool, as before {@link Settings} existed.
     */
    public static Embedder load(int threads) {
        return load(new Settings(threads, true, DEFAULT_MAX_TOKENS));
    }

    public static Embedder load(Settings settings) {
        long t0 = System.nanoTime();
        try (InputStream model = resource(MODEL_RESOURCE);
                InputStream vocab = resource(VOCAB_RESOURCE)) {
            NativeLibraries.onnxRuntime();
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (settings.threads() > 0) {
                options.setIntraOpNumThreads(settings.threads());
            }
            options.addConfigEntry("session.intra_op.allow_spinning", settings.spinning() ? "1" : "0");
            OrtSession session = env.createSession(model.readAllBytes(), options);
            Embedder embedder = new Embedder(env, session, WordPiece.fromTokenizerJson(vocab), settings.maxTokens());
            log.info(
                    "event=embedder_loaded model={} threads={} spinning={} max_tokens={} duration_ms={}",
                    MODEL,
                    settings.threads(),
                    settings.spinning(),
                    settings.maxTokens(),
                    (System.nanoTime() - t0) / 1_000_000);
            return embedder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the embedding model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Embedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedding model file " + name + " is not on the classpath");
        }
        return in;
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    /** One vector per text, in order; texts are cut at the embedder's word-piece limit. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        int[][] ids = new int[texts.size()][];
        int longest = 0;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tokenizer.encode(texts.get(i) == null ? "" : texts.get(i), maxTokens);
            longest = Math.max(longest, ids[i].length);
        }
        int batch = ids.length;
        long[] input = new long[batch * longest];
        long[] mask = new long[batch * longest];
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < ids[b].length; t++) {
                input[b * longest + t] = ids[b][t];
                mask[b * longest + t] = 1;
            }
        }
        long[] shape = {batch, longest};
        try (OnnxTensor inputTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(input), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor =
                        OnnxTensor.createTensor(env, LongBuffer.wrap(new long[batch * longest]), shape)) {
            Map<String, OnnxTensor> inputs = wantsTokenTypes
                    ? Map.of("input_ids", inputTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", inputTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                // The flat buffer rather than getValue(): no array per token, same sums in the same order.
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                List<float[]> out = new ArrayList<>(batch);
                for (int b = 0; b < batch; b++) {
                    out.add(meanPool(hidden, b * longest * DIMENSIONS, ids[b].length));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed for a batch of " + batch + ": " + e.getMessage(), e);
        }
    }

    /** The mean of the first {@code length} token vectors from {@code offset}, scaled to unit length. */
    private static float[] meanPool(FloatBuffer hidden, int offset, int length) {
        float[] v = new float[DIMENSIONS];
        for (int t = 0; t < length; t++) {
            int at = offset + t * DIMENSIONS;
            for (int d = 0; d < DIMENSIONS; d++) {
                v[d] += hidden.get(at + d);
            }
        }
        return Vectors.normalize(v);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            log.warn("event=embedder_close_failed error=\"{}\"", e.toString());
        }
    }
}
