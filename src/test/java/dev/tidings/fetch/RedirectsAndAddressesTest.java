package dev.tidings.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.fetch.FetchResult.Failed;
import dev.tidings.fetch.FetchResult.Failure;
import dev.tidings.fetch.HttpFetcher.Resolver;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redirect budgets and loops, and the address guard: applied after DNS, on every hop, to the
 * address actually connected to. Hostile DNS answers come from a stub resolver; the test opener
 * refuses any connection off loopback, so nothing here can reach another network.
 */
class RedirectsAndAddressesTest {
    private final HostileServer server = new HostileServer();
    private final TestFetchers fetchers = new TestFetchers();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aChainLongerThanTheBudgetStops() {
        for (int i = 0; i < 10; i++) {
            server.status("/r" + i, 302, "Location: /r" + (i + 1));
        }
        HttpFetcher fetcher = fetchers.fetcher(TestFetchers.quick().withMaxRedirects(3));

        assertThat(fetcher.fetch(FetchRequest.page(server.url("/r0"), true)))
                .isInstanceOfSatisfying(Failed.class, f -> {
                    assertThat(f.kind()).isEqualTo(Failure.TOO_MANY_REDIRECTS);
                    assertThat(f.message()).isEqualTo("more than 3 redirects");
                });
        assertThat(server.hits("/r3")).isEqualTo(1);
        assertThat(server.hits("/r4")).isZero();
    }

    @Test
    void aLoopIsNamedAsSuchAndNotFollowedRoundAgain() {
        server.status("/a", 301, "Location: /b");
        server.status("/b", 307, "Location: " + server.url("/a#again"));

        FetchResult result =
                fetchers.fetcher(TestFetchers.quick()).fetch(FetchRequest.feed(server.url("/a"), null, null, true));

        assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(Failure.REDIRECT_LOOP);
            assertThat(f.message())
                    .isEqualTo("redirect loop: " + server.url("/a") + " -> " + server.url("/b") + " -> "
                            + server.url("/a"));
        });
        assertThat(server.hits("/a")).isEqualTo(1);
    }

    @Test
    void relativeAndSloppyLocationsAreFollowed() {
        server.status("/old", 308, "Location: new page?x=1");
        server.ok("/new%20page", "arrived");

        assertThat(fetchers.fetcher(TestFetchers.quick()).fetch(FetchRequest.page(server.url("/old"), true)))
                .isInstanceOfSatisfying(FetchResult.Ok.class, ok -> {
                    assertThat(ok.url()).isEqualTo(server.url("/new%20page?x=1"));
                    assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo("arrived");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "gopher://127.0.0.1:25/"})
    void aRedirectToAnotherSchemeIsRefused(String target) {
        server.status("/go", 302, "Location: " + target);

        assertThat(fetchers.fetcher(TestFetchers.quick()).fetch(FetchRequest.feed(server.url("/go"), null, null, true)))
                .isInstanceOfSatisfying(Failed.class, f -> assertThat(f.kind()).isEqualTo(Failure.BAD_URL));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:%d/feed",
                "http://localhost:%d/feed",
                "http://[::1]:%d/feed",
                "http://127.1:%d/feed",
                "http://2130706433:%d/feed",
                "http://[::ffff:127.0.0.1]:%d/feed",
                "http://0.0.0.0:%d/feed"
            })
    void loopbackInAnySpellingIsBlockedUnlessTheSourceIsAllowed(String spelling) {
        server.ok("/feed", "secret");
        URI url = URI.create(spelling.formatted(server.port()));

        FetchResult result = fetchers.fetcher(TestFetchers.quick()).fetch(FetchRequest.feed(url, null, null, false));

        assertThat(result)
                .isInstanceOfSatisfying(
                        Failed.class,
                        f -> assertThat(f.kind()).isIn(Failure.BLOCKED_ADDRESS, Failure.BAD_URL, Failure.NETWORK));
        assertThat(server.connections.get()).isZero();
        assertThat(fetchers.connectedTo).isEmpty();
    }

    @Test
    void aHostWhoseDnsAnswersIncludeAPrivateAddressIsBlocked() {
        Resolver dns = stub(Map.of(
                "mixed.example", List.of("93.184.216.34", "10.1.2.3"),
                "metadata.example", List.of("169.254.169.254"),
                "ula.example", List.of("fd12:3456::1"),
                "mapped.example", List.of("::ffff:192.168.1.1")));
        HttpFetcher fetcher = fetchers.fetcher(TestFetchers.quick(), dns, Clock.systemUTC());

        for (String host : List.of("mixed.example", "metadata.example", "ula.example", "mapped.example")) {
            assertThat(fetcher.fetch(FetchRequest.page(URI.create("http://" + host + "/"), false)))
                    .as(host)
                    .isInstanceOfSatisfying(Failed.class, f -> {
                        assertThat(f.kind()).isEqualTo(Failure.BLOCKED_ADDRESS);
                        assertThat(f.message()).contains("of host " + host);
                    });
        }
        assertThat(fetchers.connectedTo).isEmpty();
    }

    @Test
    void everyRedirectHopIsCheckedAgainAfterDns() {
        // The allowed local source redirects to a name that resolves to the cloud metadata address:
        // metadata is refused even to sources allowed the private network.
        Resolver dns = host -> host.equals("metadata.example")
                ? List.of(InetAddress.getByName("169.254.169.254"))
                : Resolver.SYSTEM.resolve(host);
        server.status("/feed", 302, "Location: http://metadata.example/latest/meta-data/");
        server.status("/direct", 302, "Location: http://169.254.169.254/latest/meta-data/");
        HttpFetcher fetcher = fetchers.fetcher(TestFetchers.quick(), dns, Clock.systemUTC());

        for (String path : List.of("/feed", "/direct")) {
            assertThat(fetcher.fetch(FetchRequest.feed(server.url(path), null, null, true)))
                    .isInstanceOfSatisfying(Failed.class, f -> {
                        assertThat(f.kind()).isEqualTo(Failure.BLOCKED_ADDRESS);
                        assertThat(f.message()).contains("169.254.169.254").endsWith("is a cloud metadata endpoint");
                    });
        }
        assertThat(fetchers.connectedTo)
                .allMatch(InetAddress::isLoopbackAddress)
                .hasSize(2);
    }

    @Test
    void theAddressConnectedToIsTheOneResolvedAndChecked() {
        // A rebinding DNS server: the first answer is the one checked; a second lookup would get another.
        try (HostileServer other = new HostileServer("127.0.0.2", server.port())) {
            server.ok("/page", "from the checked address");
            other.ok("/page", "from the rebound address");
            AtomicInteger lookups = new AtomicInteger();
            Resolver rebinding =
                    host -> List.of(InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "127.0.0.2"));
            HttpFetcher fetcher = fetchers.fetcher(TestFetchers.quick(), rebinding, Clock.systemUTC());

            FetchResult result = fetcher.fetch(FetchRequest.feed(
                    URI.create("http://rebind.example:" + server.port() + "/page"), null, null, true));

            assertThat(result)
                    .isInstanceOfSatisfying(
                            FetchResult.Ok.class,
                            ok -> assertThat(new String(ok.body(), StandardCharsets.UTF_8))
                                    .isEqualTo("from the checked address"));
            assertThat(lookups).hasValue(1);
            assertThat(other.connections).hasValue(0);
            assertThat(server.requests.getFirst()).contains("Host: rebind.example:" + server.port());
        }
    }

    @Test
    void addressClassesAreJudgedByTheirRealRange() throws UnknownHostException {
        for (String blocked : List.of(
                "127.0.0.1",
                "10.0.0.1",
                "172.16.5.4",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "255.255.255.255",
                "224.0.0.1",
                "198.18.0.1",
                "192.0.2.1",
                "::1",
                "fe80::1",
                "fc00::1",
                "fd00:ec2::254",
                "::ffff:10.0.0.1",
                "::127.0.0.1",
                "64:ff9b::a00:1",
                "2002:c0a8:0101::1",
                "2001:db8::1")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(blocked)))
                    .as(blocked)
                    .isFalse();
        }
        for (String open : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111", "64:ff9b::808:808", "172.32.0.1")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(open)))
                    .as(open)
                    .isTrue();
        }
        for (String metadata :
                List.of("169.254.169.254", "fd00:ec2::254", "100.100.100.200", "::ffff:169.254.169.254")) {
            assertThat(AddressGuard.isMetadata(InetAddress.getByName(metadata)))
                    .as(metadata)
                    .isTrue();
        }
    }

    private static Resolver stub(Map<String, List<String>> answers) {
        return host -> {
            List<String> a = answers.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            List<InetAddress> out = new java.util.ArrayList<>();
            for (String s : a) {
                out.add(InetAddress.getByName(s));
            }
            return out;
        };
    }
}
