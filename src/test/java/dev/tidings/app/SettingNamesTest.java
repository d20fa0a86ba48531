package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code --set} knows every setting the code reads, and refuses a name that is none. */
class SettingNamesTest {
    private static final Pattern NAME = Pattern.compile("\"(TIDINGS_[A-Z0-9_]+)\"");

    @Test
    void theNamesAreEverySettingTheCodeReads() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                NAME.matcher(Files.readString(f)).results().forEach(m -> read.add(m.group(1)));
            }
        }
        assertThat(new TreeSet<>(Settings.NAMES)).isEqualTo(read);
    }

    @Test
    void aMistypedOrBadSettingIsRefusedByName() {
        CommandRun typo = CommandRun.of("", "source", "list", "--data", "/tmp/none", "--set", "TIDINGS_FEED_THREAD=2");
        assertThat(typo.exit()).isEqualTo(1);
        assertThat(typo.err()).contains("no setting is called TIDINGS_FEED_THREAD");
        CommandRun bad =
                CommandRun.of("", "source", "list", "--data", "/tmp/none", "--set", "TIDINGS_FEED_THREADS=abc");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("TIDINGS_FEED_THREADS is not a whole number: abc");
    }
}
