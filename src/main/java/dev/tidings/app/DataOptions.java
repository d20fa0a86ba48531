package dev.tidings.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes. */
final class DataOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "./data")
    Path dataDir;

    Settings settings() {
        return Settings.from(dataDir, System.getenv());
    }
}
