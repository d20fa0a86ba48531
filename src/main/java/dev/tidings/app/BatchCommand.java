package dev.tidings.app;

import dev.tidings.extract.ExtractionBatch;
import dev.tidings.extract.Extractor;
import dev.tidings.tag.HashtagBatch;
import dev.tidings.tag.Hashtagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidings batch …}: one pipeline stage over files, for measurement and outside evaluation. */
@Command(
        name = "batch",
        description = "Run one stage of the pipeline over files.",
        subcommands = {BatchCommand.Extract.class, BatchCommand.Hashtags.class})
final class BatchCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(name = "extract", description = "For every <id>.html in --in, write <id>.txt and <id>.json to --out.")
    static final class Extract implements Runnable {
        @Option(names = "--in", required = true, paramLabel = "DIR")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "DIR")
        Path out;

        @Option(names = "--data", paramLabel = "DIR", description = "Unused by this command.", defaultValue = "./data")
        Path data;

        @Override
        public void run() {
            try {
                double rate = new ExtractionBatch(new Extractor()).run(in, out, System.err);
                System.out.printf("pages/second %.1f%n", rate);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "hashtags",
            description = "For every line {id,title?,text} of --in, write {id,hashtags[],keyphrases[]} to --out.")
    static final class Hashtags implements Runnable {
        @Option(names = "--in", required = true, paramLabel = "FILE", description = "JSON Lines input.")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON Lines output.")
        Path out;

        @Option(names = "--data", paramLabel = "DIR", description = "Unused by this command.", defaultValue = "./data")
        Path data;

        @Override
        public void run() {
            try {
                double rate = new HashtagBatch(Hashtagger.standard()).run(in, out, System.err);
                System.out.printf("articles/second %.1f%n", rate);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
