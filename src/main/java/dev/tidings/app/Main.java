package dev.tidings.app;

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
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tidings: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        CommandGroup.missingCommand(spec);
    }
}
