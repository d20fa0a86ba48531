package dev.tidings.app;

import picocli.CommandLine;

/** A command that only groups others ({@code tidings source}, {@code tidings batch}, …). */
final class CommandGroup {
    private CommandGroup() {}

    /**
     * Called when a group is run without one of its commands: a usage error (exit 2, the usage on
     * standard error), so a script that forgot the command does not pass as done.
     */
    static void missingCommand(CommandLine.Model.CommandSpec group) {
        CommandLine cli = group.commandLine();
        throw new CommandLine.ParameterException(
                cli, "name a command: " + String.join(", ", cli.getSubcommands().keySet()));
    }
}
