package dev.tidings.app;

import dev.tidings.extract.ExtractionBench;
import dev.tidings.extract.Extractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidings bench …}: measure a stage's speed and print its figure. */
@Command(
        name = "bench",
        description = "Measure a pipeline stage's speed.",
        subcommands = {BenchCommand.Extract.class})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(
            name = "extract",
            description = "Warm extraction speed on one thread over <dir>/<page>/source.html or <dir>/*.html.")
    static final class Extract implements Runnable {
        @Option(names = "--pages", required = true, paramLabel = "DIR")
        Path pages;

        @Option(names = "--passes", paramLabel = "N", defaultValue = "10", description = "Passes over the pages.")
        int passes;

        @Option(names = "--data", paramLabel = "DIR", description = "Unused by this command.", defaultValue = "./data")
        Path data;

        @Override
        public void run() {
            try {
                var result = new ExtractionBench(new Extractor()).run(pages, Math.max(1, passes), System.out);
                System.out.printf("pages/second %.1f%n", result.pagesPerCpuSecond());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
