package dev.tidings.app;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --in} and {@code --out} files of a batch command. */
final class JsonLinesFiles {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "JSON Lines input.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON Lines output.")
    Path out;

    /**
     * Refuses, before any work, an input that is not a readable file and an output that cannot be
     * written: a run of minutes should not end in "no such directory".
     */
    void check() {
        if (!Files.exists(in)) {
            throw new IllegalArgumentException("--in " + in + ": no such file");
        }
        if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
            throw new IllegalArgumentException("--in " + in + ": not a readable file");
        }
        Path dir = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + ": is a directory; name a file");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out " + out + ": its directory " + dir + " does not exist");
        }
        if (!Files.isWritable(dir) || (Files.exists(out) && !Files.isWritable(out))) {
            throw new IllegalArgumentException("--out " + out + ": cannot be written");
        }
    }
}
