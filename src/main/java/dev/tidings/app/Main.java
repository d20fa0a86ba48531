package dev.tidings.app;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The {@code tidings} command line. */
@Command(
        name = "tidings",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        version = "Tidings 0.1",
        description = "A self-hosted news aggregator.",
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            SourceCommand.class,
            ImportCommand.class,
            RefreshCommand.class,
            ReindexCommand.class,
            BatchCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            UserCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        routeLibraryLogs();
        System.exit(run(args));
    }

    /** Libraries that log through java.util.logging (Lucene) write in the one format, one line each. */
    static void routeLibraryLogs() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tidings: " + describe(e));
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * What went wrong, in words: a file system's refusal says what it refused and why ("no such file
     * or directory: x.jsonl"), not the name of a Java exception, however deep it is wrapped.
     */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
                String why = switch (f) {
                    case java.nio.file.NoSuchFileException n -> "no such file or directory";
                    case java.nio.file.NotDirectoryException n -> "not a directory";
                    case java.nio.file.AccessDeniedException a -> "permission denied";
                    case java.nio.file.FileAlreadyExistsException a -> "already exists";
                    default -> f.getReason() == null ? "cannot use it" : f.getReason();
                };
                return why + ": " + f.getFile();
            }
        }
        if (e instanceof java.io.UncheckedIOException u
                && u.getCause() != null
                && String.valueOf(u.getMessage()).equals(u.getCause().toString())) {
            return String.valueOf(u.getCause().getMessage()); // wrapped as is: the cause's own words
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void run() {
        CommandGroup.missingCommand(spec);
    }
}
