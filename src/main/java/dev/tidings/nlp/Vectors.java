package dev.tidings.nlp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small helpers for dense vectors: unit length, dot product, and a compact byte form for storage. */
public final class Vectors {
    private Vectors() {}

    /** Scales {@code v} in place to unit length (a zero vector stays zero) and returns it. */
    public static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum > 0) {
            float inv = (float) (1 / Math.sqrt(sum));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }

    public static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Little-endian float32s. */
    public static byte[] toBytes(float[] v) {
        ByteBuffer buf = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(v);
        return buf.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        if (bytes.length % 4 != 0) {
            throw new IllegalArgumentException("a float vector needs a multiple of 4 bytes, got " + bytes.length);
        }
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
