package dev.tidings.fetch;

import dev.tidings.fetch.HttpConnection.SocketOpener;
import dev.tidings.fetch.HttpFetcher.Resolver;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLSocketFactory;

/**
 * Fetchers for tests: short timeouts, and a socket opener that refuses (and records) any
 * connection that is not to loopback, so a guard bug can never send traffic off this machine.
 */
final class TestFetchers {
    final List<InetAddress> connectedTo = new CopyOnWriteArrayList<>();

    static FetchSettings quick() {
        return FetchSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    HttpFetcher fetcher(FetchSettings settings) {
        return fetcher(settings, Resolver.SYSTEM, Clock.systemUTC());
    }

    HttpFetcher fetcher(FetchSettings settings, Resolver resolver, Clock clock) {
        return fetcher(settings, resolver, clock, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    HttpFetcher fetcher(FetchSettings settings, Resolver resolver, Clock clock, SSLSocketFactory tls) {
        SocketOpener loopbackOnly = (address, port, timeout) -> {
            if (!address.isLoopbackAddress()) {
                throw new AssertionError(
                        "the fetcher tried to connect to " + address + " (only loopback is allowed in tests)");
            }
            connectedTo.add(address);
            return SocketOpener.PLAIN.open(address, port, timeout);
        };
        return new HttpFetcher(settings, resolver, loopbackOnly, tls, clock);
    }
}
