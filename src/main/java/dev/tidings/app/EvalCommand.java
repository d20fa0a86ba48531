package dev.tidings.app;

import dev.tidings.extract.ExtractionEval;
import dev.tidings.extract.Extractor;
import dev.tidings.tag.HashtagEval;
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
        subcommands = {EvalCommand.Extract.class, EvalCommand.Hashtags.class})
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

    @Command(
            name = "hashtags",
            description =
                    "Score keyphrases (F1@5, F1@10 after Porter stemming) on lines {id,title?,text,keyphrases[]}.")
    static final class Hashtags implements Runnable {
        @Option(
                names = "--set",
                paramLabel = "FILE",
                description = "Labelled JSON Lines (default: ${DEFAULT-VALUE}).",
                defaultValue = "../shared/datasets/keyphrases-dev/kpcrowd.jsonl")
        Path set;

        @Option(names = "--verbose", description = "Print each document's keyphrases and F1@10.")
        boolean verbose;

        @Option(names = "--data", paramLabel = "DIR", description = "Unused by this command.", defaultValue = "./data")
        Path data;

        @Override
        public void run() {
            if (!java.nio.file.Files.exists(set)) {
                System.err.println("eval hashtags: no labelled set at " + set + " (pass --set FILE)");
                return;
            }
            try {
                long t0 = System.nanoTime();
                var s = HashtagEval.standard().evaluate(set, verbose ? System.out : null);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(
                        "documents %d f1@5 %.4f f1@10 %.4f p@10 %.4f r@10 %.4f articles/second %.1f%n",
                        s.documents(),
                        s.f1At5(),
                        s.f1At10(),
                        s.precisionAt10(),
                        s.recallAt10(),
                        s.documents() / seconds);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
