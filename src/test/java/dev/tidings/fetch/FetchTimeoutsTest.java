package dev.tidings.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.fetch.FetchResult.Failed;
import dev.tidings.fetch.FetchResult.Failure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server that is slow on purpose is cut off by the idle, total or connect timeout. */
class FetchTimeoutsTest {
    private final HostileServer server = new HostileServer();
    private final TestFetchers fetchers = new TestFetchers();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aServerSilentBetweenBytesIsCutOffByTheReadTimeout() {
        server.route("/drip", (head, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                out.write('x');
                out.flush();
                HostileServer.sleep(1000); // one byte per second
            }
        });
        HttpFetcher fetcher = fetchers.fetcher(TestFetchers.quick()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(20)));

        FetchResult result = fetcher.fetch(FetchRequest.page(server.url("/drip"), true));

        assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(Failure.TIMEOUT);
            assertThat(f.message()).isEqualTo("no data for 300 ms");
        });
    }

    @Test
    void aServerTricklingFasterThanTheReadTimeoutIsCutOffByTheTotalTimeout() {
        server.route("/trickle", (head, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100_000; i++) {
                out.write('x');
                out.flush();
                HostileServer.sleep(50);
            }
        });
        HttpFetcher fetcher = fetchers.fetcher(TestFetchers.quick()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(800)));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/trickle"), null, null, true));

        assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(Failure.TIMEOUT);
            assertThat(f.message()).isEqualTo("no complete response within 800 ms");
        });
    }

    @Test
    void aHeadThatNeverEndsIsCutOffByTheTotalTimeout() {
        server.route("/slowloris", (head, out) -> {
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 10_000; i++) {
                out.write(("X-Padding-" + i + ": y\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                HostileServer.sleep(100);
            }
        });
        HttpFetcher fetcher = fetchers.fetcher(TestFetchers.quick()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(700)));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/slowloris"), null, null, true));

        assertThat(result)
                .isInstanceOfSatisfying(Failed.class, f -> assertThat(f.kind()).isEqualTo(Failure.TIMEOUT));
    }

    @Test
    void aServerThatNeverAcceptsIsCutOffByTheConnectTimeout() throws IOException {
        // A listening socket whose backlog is full: the kernel drops further SYNs, so connect hangs.
        List<Socket> fillers = new ArrayList<>();
        try (ServerSocket full = new ServerSocket()) {
            full.bind(new InetSocketAddress("127.0.0.1", 0), 1);
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket();
                try {
                    s.connect(full.getLocalSocketAddress(), 200);
                    fillers.add(s);
                } catch (IOException e) {
                    s.close();
                    break;
                }
            }
            HttpFetcher fetcher = fetchers.fetcher(TestFetchers.quick()
                    .withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(5)));

            FetchResult result = fetcher.fetch(FetchRequest.feed(
                    URI.create("http://127.0.0.1:" + full.getLocalPort() + "/feed"), null, null, true));

            assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
                assertThat(f.kind()).isEqualTo(Failure.TIMEOUT);
                assertThat(f.message()).startsWith("could not connect within 300 ms");
            });
        } finally {
            for (Socket s : fillers) {
                s.close();
            }
        }
    }
}
