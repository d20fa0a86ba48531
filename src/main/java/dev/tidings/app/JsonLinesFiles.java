package dev.tidings.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --in} and {@code --out} JSON Lines files of a {@code batch} command. */
final class JsonLinesFiles {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "JSON Lines input.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON Lines output.")
    Path out;
}
