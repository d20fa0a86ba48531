package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command and command group answers {@code --help} with its usage, and exits 0; {@code tidings
 * help COMMAND} does the same; a group run without its command is a usage error.
 */
class MainHelpTest {
    @Test
    void everyCommandAnswersHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new Main()), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(20);
        for (List<String> path : paths) {
            CommandLine cli = new CommandLine(new Main());
            StringWriter out = new StringWriter();
            cli.setOut(new PrintWriter(out));
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            assertThat(cli.execute(args.toArray(String[]::new)))
                    .as(String.join(" ", args))
                    .isZero();
            assertThat(out.toString()).as(String.join(" ", args)).contains("Usage: tidings");
        }
    }

    @Test
    void aGroupWithoutItsCommandIsAUsageErrorAndHelpNamesOne() {
        for (String[] group : new String[][] {{}, {"source"}, {"batch"}, {"eval"}, {"bench"}, {"user"}}) {
            CommandRun run = CommandRun.of("", group);
            assertThat(run.exit()).as(String.join(" ", group)).isEqualTo(2);
            assertThat(run.err()).contains("name a command: ", "Usage: tidings");
        }
        CommandRun help = CommandRun.of("", "help", "source");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: tidings source");
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        for (var sub : cli.getSubcommands().entrySet()) {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(sub.getKey());
            collect(sub.getValue(), deeper, paths);
        }
    }
}
