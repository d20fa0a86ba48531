package dev.tidings.app;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The process the crash test kills: the real {@link Tidings} node with its ingestion engine
 * (scheduler, feed and page workers, SQLite), without the website, so that each of the many
 * restarts is quick.
 */
public final class CrashTarget {
    private CrashTarget() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Tidings tidings = new Tidings(Settings.from(data, System.getenv()), Clock.systemUTC());
        System.out.println("crash-target ingesting");
        System.out.flush();
        tidings.ingestion.start();
        Thread.sleep(Long.MAX_VALUE); // until killed
    }
}
