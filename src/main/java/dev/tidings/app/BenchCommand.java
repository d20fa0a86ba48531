package dev.tidings.app;

import dev.tidings.extract.ExtractionBench;
import dev.tidings.extract.Extractor;
import dev.tidings.search.SearchBenchmark;
import dev.tidings.search.SyntheticCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidings bench …}: measure a stage's speed (synthetic search workloads, extraction) and print its figure. */
@Command(
        name = "bench",
        description = "Benchmarks on synthetic data.",
        subcommands = {BenchCommand.Corpus.class, BenchCommand.Search.class, BenchCommand.Extract.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingCommand(spec);
    }

    @Command(name = "corpus", description = "Write N synthetic news articles to DIR/corpus.tsv (deterministic).")
    static final class Corpus implements Runnable {
        @Spec
        CommandSpec spec;

        @Option(names = "--articles", required = true, paramLabel = "N")
        int articles;

        @Option(names = "--seed", defaultValue = "20261128", paramLabel = "SEED")
        long seed;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data")
        Path data;

        @Override
        public void run() {
            try {
                long t0 = System.nanoTime();
                Path file = SyntheticCorpus.write(data, articles, seed, System.err);
                double seconds = Math.max((System.nanoTime() - t0) / 1e9, 1e-3);
                spec.commandLine().getOut().printf("wrote %s%narticles/second %.0f%n", file, articles / seconds);
                spec.commandLine().getOut().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "search",
            description = "Index DIR's corpus in Lucene and SQLite FTS5 and time the same query mix on both.")
    static final class Search implements Runnable {
        @Spec
        CommandSpec spec;

        @Option(names = "--passes", defaultValue = "3", paramLabel = "N", description = "Timed passes over the mix.")
        int passes;

        @Option(
                names = "--jit-warmup",
                defaultValue = "20",
                paramLabel = "N",
                description = "Untimed passes on the Lucene side first, so the JVM has compiled the search path.")
        int jitWarmup;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data")
        Path data;

        @Override
        public void run() {
            try {
                var out = spec.commandLine().getOut();
                SearchBenchmark.run(data, passes, jitWarmup, out, System.err);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "extract",
            description = "Warm extraction speed on one thread over <dir>/<page>/source.html or <dir>/*.html.")
    static final class Extract implements Runnable {
        @Option(names = "--pages", required = true, paramLabel = "DIR")
        Path pages;

        @Option(names = "--passes", paramLabel = "N", defaultValue = "10", description = "Passes over the pages.")
        int passes;

        @picocli.CommandLine.Mixin
        UnusedData data;

        @Override
        public void run() {
            try {
                var result = new ExtractionBench(new Extractor()).run(pages, Math.max(1, passes), System.out);
                System.out.printf("pages/cpu-second %.1f%n", result.pagesPerCpuSecond());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
