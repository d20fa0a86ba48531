package dev.tidings.fetch;

import dev.tidings.fetch.HttpConnection.BadResponseException;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads a body into memory under two caps: one on the bytes as sent, one after decompression.
 * Both are enforced while streaming, so a gzip bomb stops at the cap instead of filling memory.
 */
final class CappedBody {
    private static final int MAX_ENCODINGS = 3;

    private CappedBody() {}

    /** Thrown when a body is larger than allowed. */
    static final class TooLargeException extends IOException {
        TooLargeException(long cap, String what) {
            super(what + " larger than " + cap + " bytes");
        }
    }

    /** Reads {@code raw} (the framed body), undoing the listed content codings, within both caps. */
    static byte[] read(InputStream raw, List<String> contentEncodings, long maxBody, long maxDecoded)
            throws IOException {
        InputStream in = new Counting(raw, maxBody, "body");
        List<String> codings =
                contentEncodings.stream().filter(c -> !c.equals("identity")).toList();
        if (codings.size() > MAX_ENCODINGS) {
            throw new BadResponseException("too many content codings: " + codings);
        }
        List<Inflater> inflaters = new java.util.ArrayList<>();
        try {
            // Codings are listed in the order they were applied, so they are undone from the last.
            for (String coding : codings.reversed()) {
                in = switch (coding) {
                    case "gzip", "x-gzip" -> new GZIPInputStream(in, 8 * 1024);
                    case "deflate" -> inflater(in, inflaters);
                    default -> throw new BadResponseException("unsupported Content-Encoding: " + coding);
                };
            }
            return readAll(in, maxDecoded, codings.isEmpty() ? "body" : "body after decompression");
        } catch (ZipException | java.io.EOFException e) {
            throw new BadResponseException("broken " + String.join("+", codings) + " body: " + e.getMessage());
        } finally {
            in.close(); // ends a gzip stream's native inflater
            inflaters.forEach(Inflater::end);
        }
    }

    /** HTTP's "deflate" is zlib-wrapped, but some servers send a raw deflate stream; accept both. */
    private static InputStream inflater(InputStream in, List<Inflater> inflaters) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 2);
        int b0 = peek.read();
        int b1 = peek.read();
        if (b1 >= 0) {
            peek.unread(b1);
        }
        if (b0 >= 0) {
            peek.unread(b0);
        }
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        inflaters.add(inflater);
        return new InflaterInputStream(peek, inflater, 8 * 1024);
    }

    static byte[] readAll(InputStream in, long cap, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > cap) {
                throw new TooLargeException(cap, what);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Counts the bytes as sent and refuses to go past the cap. */
    private static final class Counting extends FilterInputStream {
        private final long cap;
        private final String what;
        private long count;

        Counting(InputStream in, long cap, String what) {
            super(in);
            this.cap = cap;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws TooLargeException {
            count += n;
            if (count > cap) {
                throw new TooLargeException(cap, what);
            }
        }
    }
}
