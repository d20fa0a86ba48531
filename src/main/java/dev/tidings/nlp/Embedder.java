package dev.tidings.nlp;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings in process: all-MiniLM-L6-v2 (quantized) on ONNX Runtime, with the model
 * and vocabulary read from the classpath (a Maven Central jar), never downloaded. Vectors are
 * mean-pooled over the tokens and unit length, so a dot product is the cosine. Thread-safe; the
 * model's weights live off the Java heap.
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

    /** Loads the model with {@code threads} intra-op threads (0: ONNX Runtime's default). */
    public static Embedder load(int threads) {
        return load(threads, DEFAULT_MAX_TOKENS);
    }

    /** As {@link #load(int)}, cutting each text at {@code maxTokens} word pieces (at most 256). */
    public static Embedder load(int threads, int maxTokens) {
        if (maxTokens < 8 || maxTokens > 256) {
            throw new IllegalArgumentException("maxTokens must be between 8 and 256, not " + maxTokens);
        }
        long t0 = System.nanoTime();
        try (InputStream model = resource(MODEL_RESOURCE);
                InputStream vocab = resource(VOCAB_RESOURCE)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
            }
            OrtSession session = env.createSession(model.readAllBytes(), options);
            Embedder embedder = new Embedder(env, session, WordPiece.fromTokenizerJson(vocab), maxTokens);
            log.info("event=embedder_loaded model={} duration_ms={}", MODEL, (System.nanoTime() - t0) / 1_000_000);
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
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                List<float[]> out = new ArrayList<>(batch);
                for (int b = 0; b < batch; b++) {
                    out.add(meanPool(hidden[b], ids[b].length));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed for a batch of " + batch + ": " + e.getMessage(), e);
        }
    }

    private static float[] meanPool(float[][] tokens, int length) {
        float[] v = new float[DIMENSIONS];
        for (int t = 0; t < length; t++) {
            float[] h = tokens[t];
            for (int d = 0; d < DIMENSIONS; d++) {
                v[d] += h[d];
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
