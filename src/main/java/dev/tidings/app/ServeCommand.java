package dev.tidings.app;

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
        Tidings tidings = new Tidings(data.settings(), Clock.systemUTC());
        tidings.serve(host, port);
        System.out.printf("Tidings is serving http://%s:%d/ (data in %s)%n", host, tidings.port(), data.dataDir);
        waitForShutdown(tidings);
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
