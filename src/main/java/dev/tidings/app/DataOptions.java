package dev.tidings.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes, and {@code --set NAME=VALUE} overrides of the environment. */
final class DataOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "./data")
    Path dataDir;

    @Option(
            names = "--set",
            paramLabel = "NAME=VALUE",
            description = "A setting that overrides the environment variable of that name"
                    + " (e.g. --set TIDINGS_FETCH_TOTAL_TIMEOUT=20s); repeatable.")
    Map<String, String> overrides = new LinkedHashMap<>();

    Settings settings() {
        Settings.checkNames(overrides.keySet());
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(overrides);
        return Settings.from(dataDir, env);
    }
}
