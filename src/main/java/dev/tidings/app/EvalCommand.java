package dev.tidings.app;

import dev.tidings.extract.ExtractionEval;
import dev.tidings.extract.Extractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidings eval …}: score a stage against a labelled set and print the metric. */
@Command(
        name = "eval",
        description = "Score a pipeline stage against a labelled set.",
        subcommands = {EvalCommand.Extract.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(name = "extract", description = "Score extraction on <dir>/<page>/source.html against expected.html.")
    static final class Extract implements Runnable {
        @Option(names = "--pages", required = true, paramLabel = "DIR")
        Path pages;

        @Option(names = "--data", paramLabel = "DIR", description = "Unused by this command.", defaultValue = "./data")
        Path data;

        @Override
        public void run() {
            try {
                var summary = new ExtractionEval(new Extractor()).evaluate(pages, System.out);
                System.out.printf(
                        "precision %.4f recall %.4f f1 %.4f pages/second %.1f%n",
                        summary.precision(), summary.recall(), summary.f1(), summary.pagesPerSecond());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
