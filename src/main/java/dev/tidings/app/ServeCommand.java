package dev.tidings.app;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Start the site and the ingestion workers.")
final class ServeCommand implements Runnable {
    @Mixin
    DataOptions data;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(
            names = "--host",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String host;

    @Override
    public void run() {
        checkListen(host, port);
        Tidings tidings = new Tidings(data.settings(), Clock.systemUTC());
        tidings.serve(host, port);
        System.out.printf("Tidings is serving http://%s:%d/ (data in %s)%n", host, tidings.port(), data.dataDir);
        waitForShutdown(tidings);
    }

    /**
     * Refuses, before seconds of loading the model and the index, an address this process cannot
     * listen on, saying why: a port out of range or in use, a host that is not this machine's.
     */
    static void checkListen(String host, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535, not " + port);
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("--host " + host + ": no such host");
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(address);
        } catch (BindException e) {
            String why = String.valueOf(e.getMessage());
            throw new IllegalArgumentException(
                    why.contains("in use")
                            ? "port " + port + " on " + host
                                    + " is in use (another Tidings node?); choose another --port"
                            : "cannot listen on " + host + ":" + port + ": " + why
                                    + (why.contains("assign") ? " (not an address of this machine)" : ""),
                    e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** Blocks until the process is asked to stop, then closes everything in order. */
    static void waitForShutdown(AutoCloseable resource) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("tidings: error while stopping: " + e);
            }
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
