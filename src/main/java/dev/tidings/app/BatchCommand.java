package dev.tidings.app;

import dev.tidings.ai.ArticleAi;
import dev.tidings.ai.Summarizer;
import dev.tidings.ai.Summary;
import dev.tidings.ai.SummaryBatch;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.extract.ExtractionBatch;
import dev.tidings.extract.Extractor;
import dev.tidings.nlp.Embedder;
import dev.tidings.story.Features;
import dev.tidings.story.StoryBatch;
import dev.tidings.tag.HashtagBatch;
import dev.tidings.tag.Hashtagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tidings batch …}: one pipeline stage over files, for measurement and outside evaluation. */
@Command(
        name = "batch",
        description = "Run one stage of the pipeline over files.",
        subcommands = {
            BatchCommand.Extract.class,
            BatchCommand.Summarize.class,
            BatchCommand.Cluster.class,
            BatchCommand.Related.class,
            BatchCommand.Hashtags.class
        })
final class BatchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingCommand(spec);
    }

    @Command(name = "extract", description = "For every <id>.html in --in, write <id>.txt and <id>.json to --out.")
    static final class Extract implements Runnable {
        @Option(names = "--in", required = true, paramLabel = "DIR")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "DIR")
        Path out;

        @Mixin
        UnusedData data;

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
            name = "summarize",
            description = "Lines {id,title?,text} in --in to lines {id,summary,points[]} in --out (summary: one"
                    + " sentence per line).")
    static final class Summarize implements Runnable {
        @Mixin
        JsonLinesFiles files;

        @Option(
                names = "--method",
                paramLabel = "NAME",
                description = "builtin (default), lead3, or llm (the TIDINGS_LLM_* endpoint, built-in on failure).",
                defaultValue = "builtin")
        String method;

        @Mixin
        DataOptions data;

        @Override
        public void run() {
            files.check();
            try {
                double rate;
                if (method.equals("llm")) {
                    Settings settings = data.settings();
                    if (!settings.ai().llmEnabled()) {
                        throw new IllegalArgumentException("--method llm needs TIDINGS_LLM_URL and TIDINGS_LLM_MODEL");
                    }
                    try (Database db = Database.open(settings.database())) {
                        var ai = new ArticleAi(db, new ArticleRepository(db), settings.ai(), Clock.systemUTC());
                        rate = new SummaryBatch(ai::summarize).run(files.in, files.out, System.err);
                    }
                } else {
                    var builtin = new Summarizer();
                    BiFunction<String, String, Summary> f = switch (method) {
                        case "builtin" -> builtin::summarize;
                        case "lead3" -> (title, text) -> new Summary(Summarizer.lead(text, 3), List.of(), "lead3");
                        default ->
                            throw new IllegalArgumentException(
                                    "unknown --method " + method + " (builtin, lead3 or llm)");
                    };
                    rate = new SummaryBatch(f).run(files.in, files.out, System.err);
                }
                System.out.printf("articles/second %.1f%n", rate);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "cluster",
            description = "Assign each article of a JSON Lines stream {id,title,text,published,source} (in time order)"
                    + " to a story, online; write {id,cluster} lines.")
    static final class Cluster implements Runnable {
        @Mixin
        JsonLinesFiles files;

        @Mixin
        UnusedData data;

        @Override
        public void run() {
            files.check();
            try (Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
                double rate = new StoryBatch(new Features(embedder)).cluster(files.in, files.out, System.err);
                System.out.printf("articles/second %.1f%n", rate);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "related",
            description = "Ingest a JSON Lines stream of articles online, then write {id,related:[ids best first]}"
                    + " as each article page would show it at the end.")
    static final class Related implements Runnable {
        @Mixin
        JsonLinesFiles files;

        @Option(
                names = "--k",
                defaultValue = "10",
                description = "Related articles per article (default: ${DEFAULT-VALUE}).")
        int k;

        @Mixin
        UnusedData data;

        @Override
        public void run() {
            files.check();
            if (k < 1) {
                throw new IllegalArgumentException("--k must be at least 1, not " + k);
            }
            try (Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
                double rate = new StoryBatch(new Features(embedder)).related(files.in, files.out, k, System.err);
                System.out.printf("articles/second %.1f%n", rate);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "hashtags",
            description = "For every line {id,title?,text} of --in, write {id,hashtags[],keyphrases[]} to --out.")
    static final class Hashtags implements Runnable {
        @Mixin
        JsonLinesFiles files;

        @Mixin
        UnusedData data;

        @Override
        public void run() {
            files.check();
            try {
                double rate = new HashtagBatch(Hashtagger.standard()).run(files.in, files.out, System.err);
                System.out.printf("articles/second %.1f%n", rate);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
