package dev.tidings.fetch;

import dev.tidings.fetch.HttpConnection.BadResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The two ways an HTTP/1.1 body says where it ends: a Content-Length, or chunks. */
final class BodyFraming {
    private BodyFraming() {}

    /** The one Content-Length the response declares; differing or malformed values are refused. */
    static long contentLength(List<String> values) throws BadResponseException {
        long length = -1;
        for (String value : values) {
            for (String part : value.split(",")) {
                String p = part.strip();
                if (p.isEmpty() || p.length() > 18 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new BadResponseException("bad Content-Length: \"" + HttpConnection.printable(value) + "\"");
                }
                long n = Long.parseLong(p);
                if (length >= 0 && n != length) {
                    throw new BadResponseException("conflicting Content-Length values: " + values);
                }
                length = n;
            }
        }
        return length;
    }

    /** Exactly {@code length} bytes; a connection closed earlier is an error, not a short body. */
    static final class Fixed extends InputStream {
        private final InputStream in;
        private final long length;
        private long left;

        Fixed(InputStream in, long length) {
            this.in = in;
            this.length = length;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new BadResponseException(
                        "body ended after " + (length - left) + " of " + length + " declared bytes");
            }
            left -= n;
            return n;
        }
    }

    /** Chunked transfer coding; chunk sizes beyond the cap are refused before any is read. */
    static final class Chunked extends InputStream {
        private final InputStream in;
        private final long cap;
        private long chunkLeft;
        private long total;
        private boolean done;

        Chunked(InputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (chunkLeft == 0) {
                nextChunk();
                if (done) {
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, chunkLeft));
            if (n < 0) {
                throw new BadResponseException("connection closed inside a chunk");
            }
            chunkLeft -= n;
            if (chunkLeft == 0) {
                expectLineEnd();
            }
            return n;
        }

        private void nextChunk() throws IOException {
            int[] budget = {HttpConnection.MAX_LINE};
            String line = HttpConnection.readLine(in, budget);
            if (line == null) {
                throw new BadResponseException("connection closed before the last chunk");
            }
            int semi = line.indexOf(';');
            String hex = (semi < 0 ? line : line.substring(0, semi)).strip();
            if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new BadResponseException("bad chunk size: \"" + HttpConnection.printable(line) + "\"");
            }
            long size = Long.parseLong(hex, 16);
            if (total + size > cap) {
                throw new CappedBody.TooLargeException(cap, "chunked body");
            }
            total += size;
            if (size == 0) {
                skipTrailers();
                done = true;
            }
            chunkLeft = size;
        }

        private void expectLineEnd() throws IOException {
            int[] budget = {2};
            String rest = HttpConnection.readLine(in, budget);
            if (rest == null || !rest.isEmpty()) {
                throw new BadResponseException("chunk not followed by a line end");
            }
        }

        private void skipTrailers() throws IOException {
            int[] budget = {HttpConnection.MAX_HEAD_BYTES};
            for (String line = HttpConnection.readLine(in, budget); line != null && !line.isEmpty(); ) {
                line = HttpConnection.readLine(in, budget);
            }
        }
    }
}
