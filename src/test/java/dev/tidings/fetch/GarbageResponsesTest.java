package dev.tidings.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.fetch.FetchResult.Failed;
import dev.tidings.fetch.FetchResult.Failure;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bytes that are not HTTP, or HTTP that lies about itself, give a clear failure. */
class GarbageResponsesTest {
    private final HostileServer server = new HostileServer();
    private final HttpFetcher fetcher = new TestFetchers().fetcher(TestFetchers.quick());

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not http | SSH-2.0-OpenSSH_9.2\\r\\n | not an HTTP/1.x status line: \"SSH-2.0-OpenSSH_9.2\"",
                "nothing at all | | connection closed before a response",
                "bad status | HTTP/1.1 2x0 OK\\r\\n\\r\\n | bad status code in \"HTTP/1.1 2x0 OK\"",
                "status out of range | HTTP/1.1 999 Weird\\r\\n\\r\\n | status code out of range: 999",
                "head cut off | HTTP/1.1 200 OK\\r\\nContent-Le | connection closed in the middle of a line",
                "conflicting lengths | HTTP/1.1 200 OK\\r\\nContent-Length: 5\\r\\nContent-Length: 7\\r\\n\\r\\nhello"
                        + " | conflicting Content-Length values: [5, 7]",
                "negative length | HTTP/1.1 200 OK\\r\\nContent-Length: -1\\r\\n\\r\\n | bad Content-Length: \"-1\"",
                "short body | HTTP/1.1 200 OK\\r\\nContent-Length: 100\\r\\n\\r\\nonly ten b | body ended after 10 of 100"
                        + " declared bytes",
                "bad chunk | HTTP/1.1 200 OK\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nzz\\r\\n | bad chunk size: \"zz\"",
                "chunks cut off | HTTP/1.1 200 OK\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n5\\r\\nhel | connection"
                        + " closed inside a chunk",
                "unknown transfer coding | HTTP/1.1 200 OK\\r\\nTransfer-Encoding: gzip\\r\\n\\r\\n | unsupported"
                        + " Transfer-Encoding: gzip",
                "switching protocols | HTTP/1.1 101 Switching Protocols\\r\\n\\r\\n | unexpected 101 Switching"
                        + " Protocols",
            })
    void garbageIsABadResponse(String name, String response, String message) {
        byte[] bytes =
                (response == null ? "" : response.replace("\\r\\n", "\r\n")).getBytes(StandardCharsets.ISO_8859_1);
        server.route("/x", (head, out) -> out.write(bytes));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/x"), null, null, true));

        assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(Failure.BAD_RESPONSE);
            assertThat(f.message()).isEqualTo("bad response: " + message);
        });
    }

    @Test
    void anEndlessHeaderLineIsRefused() {
        server.route("/x", (head, out) -> {
            out.write("HTTP/1.1 200 OK\r\nX-Long: ".getBytes(StandardCharsets.US_ASCII));
            out.write("a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
        });

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/x"), null, null, true)))
                .isInstanceOfSatisfying(
                        Failed.class,
                        f -> assertThat(f.message()).isEqualTo("bad response: header line longer than 8192 bytes"));
    }

    @Test
    void endlessHeaderFieldsAreRefused() {
        server.route("/x", (head, out) -> {
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100_000; i++) {
                out.write(("X-" + i + ": v\r\n").getBytes(StandardCharsets.US_ASCII));
            }
        });

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/x"), null, null, true)))
                .isInstanceOfSatisfying(
                        Failed.class,
                        f -> assertThat(f.message()).isEqualTo("bad response: more than 200 header fields"));
    }

    @Test
    void sloppyButReadableResponsesAreAccepted() {
        // Bare LFs, folded header, no reason phrase, interim 100, chunk extensions and trailers, body until close.
        server.route(
                "/sloppy",
                (head, out) -> out.write(("HTTP/1.1 100 Continue\r\n\r\n"
                                + "HTTP/1.1 200\nContent-Type: text/html;\n charset=utf-8\nTransfer-Encoding: chunked\n\n"
                                + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII)));
        server.route(
                "/close",
                (head, out) -> out.write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end"
                        .getBytes(StandardCharsets.US_ASCII)));

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/sloppy"), null, null, true)))
                .isInstanceOfSatisfying(FetchResult.Ok.class, ok -> {
                    assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo("hello world");
                    assertThat(ok.contentType()).isEqualTo("text/html; charset=utf-8");
                });
        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/close"), null, null, true)))
                .isInstanceOfSatisfying(
                        FetchResult.Ok.class,
                        ok -> assertThat(new String(ok.body(), StandardCharsets.UTF_8))
                                .isEqualTo("until the end"));
    }
}
