package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tidings user add|role|list} beside a running node: the node holds the search index, and
 * the commands need only the database they share (the first admin is often made on a live site).
 */
class UserCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String stdin, String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        InputStream savedIn = System.in;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new Run(Main.run(args), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
            System.setIn(savedIn);
        }
    }

    @Test
    void accountsAreMadeListedAndPromotedWhileANodeHoldsTheIndex() {
        String data = dir.toString();
        try (Tidings node = new Tidings(Settings.from(dir, Map.of()), Clock.systemUTC())) {
            Run add = run(
                    "a long enough secret\n",
                    "user",
                    "add",
                    "--data",
                    data,
                    "--email",
                    "ann@example.org",
                    "--name",
                    "Ann",
                    "--admin");
            assertThat(add.exit()).as(add.err()).isZero();
            assertThat(add.out()).contains("created admin account", "ann@example.org");

            Run reader = run("another long secret\n", "user", "add", "--data", data, "--email", "bo@example.org");
            assertThat(reader.exit()).as(reader.err()).isZero();
            Run role = run("", "user", "role", "--data", data, "bo@example.org", "moderator");
            assertThat(role.exit()).as(role.err()).isZero();

            Run list = run("", "user", "list", "--data", data);
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("admin", "ann@example.org", "moderator", "bo@example.org");
            // the node sees them at once: one database
            assertThat(node.accounts.userByEmail("bo@example.org")).isPresent();
        }
    }
}
