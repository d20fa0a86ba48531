package dev.tidings.app;

import dev.tidings.ai.SummaryEval;
import dev.tidings.extract.ExtractionEval;
import dev.tidings.extract.Extractor;
import dev.tidings.nlp.Embedder;
import dev.tidings.story.Features;
import dev.tidings.story.StoryBatch;
import dev.tidings.story.StoryEval;
import dev.tidings.tag.HashtagEval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidings eval …}: score a stage against a labelled set and print the metric. */
@Command(
        name = "eval",
        description = "Score a pipeline stage against a labelled set.",
        subcommands = {
            EvalCommand.Extract.class,
            EvalCommand.Summarize.class,
            EvalCommand.Cluster.class,
            EvalCommand.Hashtags.class
        })
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingCommand(spec);
    }

    @Command(name = "extract", description = "Score extraction on <dir>/<page>/source.html against expected.html.")
    static final class Extract implements Runnable {
        @Option(names = "--pages", required = true, paramLabel = "DIR")
        Path pages;

        @Option(
                names = "--predicted",
                paramLabel = "DIR",
                description = "Score <DIR>/<page>.txt from another extractor instead of running ours.")
        Path predicted;

        @Mixin
        UnusedData data;

        @Override
        public void run() {
            try {
                var summary = predicted != null
                        ? ExtractionEval.evaluatePredicted(pages, predicted, System.out)
                        : new ExtractionEval(new Extractor()).evaluate(pages, System.out);
                System.out.printf(
                        "precision %.4f recall %.4f f1 %.4f pages/second %.1f%n",
                        summary.precision(), summary.recall(), summary.f1(), summary.pagesPerSecond());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "summarize",
            description = "ROUGE-1/2/Lsum F1 (as Google's rouge-score) of the built-in summary and of Lead-3 on lines"
                    + " {id,article,highlights}.")
    static final class Summarize implements Runnable {
        @Option(
                names = "--in",
                paramLabel = "FILE",
                description = "Default: ${DEFAULT-VALUE}.",
                defaultValue = "../shared/datasets/summaries-dev/cnndm-dev.jsonl")
        Path in;

        @Option(names = "--per-article", description = "Also print each article's scores.")
        boolean perArticle;

        @Mixin
        UnusedData data;

        @Override
        public void run() {
            if (!java.nio.file.Files.exists(in)) {
                throw new IllegalArgumentException("no evaluation file at " + in + " (pass --in FILE)");
            }
            try {
                var r = new SummaryEval().evaluate(in, perArticle ? System.out : null);
                System.out.printf("articles %d%n", r.articles());
                System.out.printf(
                        "builtin rouge1 %.2f rouge2 %.2f rougeLsum %.2f%n",
                        r.builtin().rouge1().f1(),
                        r.builtin().rouge2().f1(),
                        r.builtin().rougeLsum().f1());
                System.out.printf(
                        "lead3   rouge1 %.2f rouge2 %.2f rougeLsum %.2f%n",
                        r.lead3().rouge1().f1(),
                        r.lead3().rouge2().f1(),
                        r.lead3().rougeLsum().f1());
                System.out.printf("builtin articles/second %.1f%n", r.builtinArticlesPerSecond());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "cluster",
            description = "Score story clustering (BCubed) and related articles (P@5, nDCG@10, relevance = same"
                    + " story) on labelled JSON Lines streams with a cluster field.")
    static final class Cluster implements Runnable {
        @Parameters(
                paramLabel = "FILE",
                arity = "0..*",
                description = "Labelled .jsonl files or directories of them (default: ../shared/datasets/stories-dev).")
        List<Path> files = List.of();

        @Mixin
        UnusedData data;

        @Override
        public void run() {
            List<Path> inputs = expand(files.isEmpty() ? List.of(Path.of("../shared/datasets/stories-dev")) : files);
            if (inputs.isEmpty()) {
                System.out.println("no labelled .jsonl files found; nothing to score");
                return;
            }
            try (Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
                StoryEval eval = new StoryEval(new StoryBatch(new Features(embedder)));
                System.out.printf(
                        "%-28s %8s %8s %9s %9s %9s %7s %9s %12s%n",
                        "stream",
                        "articles",
                        "stories",
                        "bcubed-p",
                        "bcubed-r",
                        "bcubed-f1",
                        "p@5",
                        "ndcg@10",
                        "articles/s");
                for (Path file : inputs) {
                    var r = eval.evaluate(file, System.err);
                    System.out.printf(
                            "%-28s %8d %8d %9.4f %9.4f %9.4f %7.4f %9.4f %12.1f%n",
                            r.name(),
                            r.articles(),
                            r.stories(),
                            r.bcubed().precision(),
                            r.bcubed().recall(),
                            r.bcubed().f1(),
                            r.ranking().precisionAt5(),
                            r.ranking().ndcgAt10(),
                            r.perSecond());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<Path> expand(List<Path> paths) {
            List<Path> out = new java.util.ArrayList<>();
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    try (var list = Files.list(p)) {
                        list.filter(f -> f.toString().endsWith(".jsonl"))
                                .sorted()
                                .forEach(out::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else if (Files.exists(p)) {
                    out.add(p);
                } else if (!paths.equals(List.of(Path.of("../shared/datasets/stories-dev")))) {
                    // a file named on the command line must be there; the default set may be absent
                    throw new IllegalArgumentException("no such file or directory: " + p);
                }
            }
            return out;
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

        @Mixin
        UnusedData data;

        @Override
        public void run() {
            if (!java.nio.file.Files.exists(set)) {
                if (!set.equals(Path.of("../shared/datasets/keyphrases-dev/kpcrowd.jsonl"))) {
                    throw new IllegalArgumentException("no such file: " + set);
                }
                // the default set may be absent (a checkout without the datasets): nothing to score
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
