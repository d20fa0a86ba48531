package dev.tidings.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fictional newsroom: eight outlets, each its own HTTP origin on an ephemeral port, serving
 * article pages and a feed rendered from the bundled article files as of a given moment.
 */
public final class DemoNewsroom implements AutoCloseable {

    private static final String DEFAULT_ARTICLES = "dev/tidings/demo/articles/";

    private static final Logger log = LoggerFactory.getLogger(DemoNewsroom.class);
    private static final int THREADS = 4;

    private final List<HttpServer> servers;
    private final ExecutorService executor;
    private final List<DemoFeed> feeds;
    private final int articleCount;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DemoNewsroom(List<HttpServer> servers, ExecutorService executor, List<DemoFeed> feeds, int articleCount) {
        this.servers = List.copyOf(servers);
        this.executor = executor;
        this.feeds = List.copyOf(feeds);
        this.articleCount = articleCount;
    }

    /** Starts the newsroom on the articles bundled with Tidings. */
    public static DemoNewsroom start(String bindHost, Instant now) throws IOException {
        return start(bindHost, now, DEFAULT_ARTICLES);
    }

    /**
     * Starts the newsroom on the article files of a classpath folder; every outlet binds {@code
     * bindHost} on a port of its own. Publication times count back from {@code now}.
     */
    public static DemoNewsroom start(String bindHost, Instant now, String articlesClasspathFolder) throws IOException {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(articlesClasspathFolder, "articlesClasspathFolder");
        Instant start = now.truncatedTo(ChronoUnit.SECONDS);
        var articles = ArticleLoader.load(DemoNewsroom.class.getClassLoader(), articlesClasspathFolder);
        Map<Outlet, List<Publication>> edition = Edition.assemble(Outlets.all(), articles, start);

        ExecutorService executor = Executors.newFixedThreadPool(
                THREADS, Thread.ofPlatform().daemon().name("demo-newsroom-", 0).factory());
        List<HttpServer> servers = new ArrayList<>();
        List<DemoFeed> feeds = new ArrayList<>();
        try {
            for (var outletEdition : edition.entrySet()) {
                feeds.add(serve(bindHost, outletEdition.getKey(), outletEdition.getValue(), start, executor, servers));
            }
        } catch (IOException | RuntimeException e) {
            servers.forEach(server -> server.stop(0));
            executor.shutdownNow();
            throw e;
        }
        int count = edition.values().stream().mapToInt(List::size).sum();
        return new DemoNewsroom(servers, executor, feeds, count);
    }

    private static DemoFeed serve(
            String bindHost,
            Outlet outlet,
            List<Publication> publications,
            Instant now,
            ExecutorService executor,
            List<HttpServer> servers)
            throws IOException {
        var address = new InetSocketAddress(bindHost, 0);
        if (address.isUnresolved()) {
            throw new IOException("demo newsroom cannot resolve bind host '" + bindHost + "'");
        }
        HttpServer server = HttpServer.create(address, 0);
        servers.add(server);
        Site site = new Site(
                outlet,
                baseUrl(bindHost, address.getAddress(), server.getAddress().getPort()),
                now);
        server.createContext(
                "/", new SiteHandler(SiteRenderer.render(site, publications), SiteRenderer.notFound(site)));
        server.setExecutor(executor);
        server.start();
        log.info(
                "event=demo_outlet_started name=\"{}\" url={} feed={} format=\"{}\" articles={}",
                outlet.name(),
                site.baseUrl(),
                site.feedUrl(),
                outlet.feedStyle().describe(),
                publications.size());
        return new DemoFeed(outlet.name(), site.feedUrl(), site.baseUrl());
    }

    /** The origin a client uses: the host as given, except that a wildcard address is reached locally. */
    private static URI baseUrl(String bindHost, InetAddress bound, int port) {
        String host = bound.isAnyLocalAddress() ? "localhost" : bindHost.strip();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port + "/");
    }

    /** One feed per outlet, in a fixed outlet order. */
    public List<DemoFeed> feeds() {
        return feeds;
    }

    /** Distinct article pages published across all outlets; a syndicated copy counts as its own page. */
    public int articleCount() {
        return articleCount;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            servers.forEach(server -> server.stop(0));
            executor.shutdown();
            log.info("event=demo_newsroom_stopped outlets={}", servers.size());
        }
    }
}
