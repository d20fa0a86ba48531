package dev.tidings.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.fetch.FetchResult.Failed;
import dev.tidings.fetch.FetchResult.Failure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bodies are capped as sent and after decompression; bombs stop at the cap. */
class BodyCapsTest {
    private static final long CAP = 256 * 1024;

    private final HostileServer server = new HostileServer();
    private final HttpFetcher fetcher =
            new TestFetchers().fetcher(TestFetchers.quick().withBodyCaps(CAP, 2 * CAP));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aDeclaredContentLengthOverTheCapIsRefusedUnread() {
        server.route("/huge", (head, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 9000000000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
        });

        assertFailure("/huge", Failure.TOO_LARGE, "declared Content-Length 9000000000 larger than 262144 bytes");
    }

    @Test
    void anEndlessBodyWithoutLengthStopsAtTheCap() {
        server.route("/endless", (head, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[8192];
            for (int i = 0; i < 100_000; i++) {
                out.write(chunk);
            }
        });

        assertFailure("/endless", Failure.TOO_LARGE, "body larger than 262144 bytes");
    }

    @Test
    void aChunkedBodyAnnouncingAHugeChunkIsRefused() {
        server.route("/chunky", (head, out) -> {
            out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\nFFFFFFFF\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[4096]);
        });

        assertFailure("/chunky", Failure.TOO_LARGE, "chunked body larger than 262144 bytes");
    }

    @Test
    void aGzipBombStopsAtTheDecodedCap() throws IOException {
        byte[] bomb = compressedZeros(16 * 1024 * 1024, "gzip"); // 16 MiB of zeros in about 16 KiB
        assertThat(bomb.length).isLessThan((int) CAP);
        server.ok("/bomb.xml", "application/rss+xml", bomb, "Content-Encoding: gzip");

        assertFailure("/bomb.xml", Failure.TOO_LARGE, "body after decompression larger than 524288 bytes");
    }

    @Test
    void deflateBombsStopAtTheDecodedCapWrappedOrRaw() throws IOException {
        server.ok("/zlib", "text/html", compressedZeros(16 * 1024 * 1024, "zlib"), "Content-Encoding: deflate");
        server.ok("/raw", "text/html", compressedZeros(16 * 1024 * 1024, "raw"), "Content-Encoding: deflate");

        assertFailure("/zlib", Failure.TOO_LARGE, "body after decompression larger than 524288 bytes");
        assertFailure("/raw", Failure.TOO_LARGE, "body after decompression larger than 524288 bytes");
    }

    @Test
    void stackedGzipIsCappedToo() throws IOException {
        byte[] inner = compressedZeros(16 * 1024 * 1024, "gzip");
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(twice)) {
            gz.write(inner);
        }
        server.ok("/twice", "text/html", twice.toByteArray(), "Content-Encoding: gzip, gzip");

        assertFailure("/twice", Failure.TOO_LARGE, "body after decompression larger than 524288 bytes");
    }

    @Test
    void compressedBodiesWithinTheCapsAreDecoded() throws IOException {
        byte[] text = "<p>fine</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        server.ok("/gz", "text/html", compress(text, "gzip"), "Content-Encoding: gzip");
        server.ok("/zlib", "text/html", compress(text, "zlib"), "Content-Encoding: deflate");
        server.ok("/raw", "text/html", compress(text, "raw"), "Content-Encoding: deflate");

        for (String path : new String[] {"/gz", "/zlib", "/raw"}) {
            FetchResult r = fetcher.fetch(FetchRequest.feed(server.url(path), null, null, true));
            assertThat(r)
                    .as(path)
                    .isInstanceOfSatisfying(
                            FetchResult.Ok.class, ok -> assertThat(ok.body()).isEqualTo(text));
        }
        assertThat(server.requests.getFirst()).contains("Accept-Encoding: gzip, deflate");
    }

    @Test
    void brokenGzipAndUnknownCodingsAreBadResponses() {
        server.ok(
                "/broken",
                "text/html",
                "not gzip at all".getBytes(StandardCharsets.US_ASCII),
                "Content-Encoding: gzip");
        server.ok("/br", "text/html", new byte[] {1, 2, 3}, "Content-Encoding: br");

        assertFailure("/broken", Failure.BAD_RESPONSE, "bad response: broken gzip body: Not in GZIP format");
        assertFailure("/br", Failure.BAD_RESPONSE, "bad response: unsupported Content-Encoding: br");
    }

    private void assertFailure(String path, Failure kind, String message) {
        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url(path), null, null, true));
        assertThat(result).as(path).isInstanceOfSatisfying(Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.message()).isEqualTo(message);
        });
    }

    private static byte[] compressedZeros(int size, String format) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = compressor(buffer, format)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < size / zeros.length; i++) {
                out.write(zeros);
            }
        }
        return buffer.toByteArray();
    }

    private static byte[] compress(byte[] data, String format) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = compressor(buffer, format)) {
            out.write(data);
        }
        return buffer.toByteArray();
    }

    private static OutputStream compressor(ByteArrayOutputStream buffer, String format) throws IOException {
        return switch (format) {
            case "gzip" -> new GZIPOutputStream(buffer);
            case "zlib" -> new DeflaterOutputStream(buffer, new Deflater(9, false));
            default -> new DeflaterOutputStream(buffer, new Deflater(9, true));
        };
    }
}
