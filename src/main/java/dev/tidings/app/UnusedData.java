package dev.tidings.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data}, which every command accepts, for commands that keep no data. */
final class UnusedData {
    @Option(names = "--data", paramLabel = "DIR", description = "Unused by this command.", defaultValue = "./data")
    Path data;
}
