package dev.tidings.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.fetch.FetchResult.Failed;
import dev.tidings.fetch.FetchResult.Failure;
import dev.tidings.fetch.HttpFetcher.Resolver;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** https with the hand-written client: the certificate is checked against the URL's host, not the address. */
class TlsTest {
    @TempDir
    Path dir;

    @Test
    void aCertificateForTheHostIsAcceptedAndOneForAnotherHostIsNot() throws Exception {
        KeyStore good = keyStore("localhost", "dns:localhost");
        KeyStore wrong = keyStore("other", "dns:other.example");
        try (HostileServer server = tlsServer(good);
                HostileServer impostor = tlsServer(wrong)) {
            server.ok("/feed", "over tls");
            impostor.ok("/feed", "from an impostor");

            FetchResult ok = fetcher(good).fetch(FetchRequest.feed(url(server), null, null, true));
            assertThat(ok)
                    .isInstanceOfSatisfying(
                            FetchResult.Ok.class,
                            r -> assertThat(new String(r.body(), StandardCharsets.UTF_8))
                                    .isEqualTo("over tls"));

            FetchResult mismatch = fetcher(wrong).fetch(FetchRequest.feed(url(impostor), null, null, true));
            assertThat(mismatch).isInstanceOfSatisfying(Failed.class, f -> {
                assertThat(f.kind()).isEqualTo(Failure.NETWORK);
                assertThat(f.message()).startsWith("TLS: ");
            });
            assertThat(impostor.requests).isEmpty();

            FetchResult untrusted = new TestFetchers()
                    .fetcher(TestFetchers.quick())
                    .fetch(FetchRequest.feed(url(server), null, null, true));
            assertThat(untrusted)
                    .isInstanceOfSatisfying(
                            Failed.class, f -> assertThat(f.message()).startsWith("TLS: "));
        }
    }

    private static URI url(HostileServer server) {
        return URI.create("https://localhost:" + server.port() + "/feed");
    }

    private static HttpFetcher fetcher(KeyStore trusted) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        Resolver localhost = host -> java.util.List.of(InetAddress.getByName("127.0.0.1"));
        return new TestFetchers()
                .fetcher(TestFetchers.quick(), localhost, Clock.systemUTC(), context.getSocketFactory());
    }

    private static HostileServer tlsServer(KeyStore keys) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        SSLServerSocket socket =
                (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        return new HostileServer(socket);
    }

    /** A self-signed certificate made by the JDK's keytool, so no key material is committed. */
    private KeyStore keyStore(String name, String san) throws Exception {
        Path file = dir.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        name,
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=" + name,
                        "-ext",
                        "SAN=" + san,
                        "-validity",
                        "2",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        "changeit",
                        "-storetype",
                        "PKCS12")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, "changeit".toCharArray());
        }
        return ks;
    }
}
