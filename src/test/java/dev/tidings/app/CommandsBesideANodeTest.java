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
 * The commands an operator runs on a live site ({@code user}, {@code source}, {@code import}) beside
 * a running node: the node holds the search index, and the commands need only the database they
 * share (the first admin is often made, and the first feeds added, while the site runs).
 */
class CommandsBesideANodeTest {
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
    void sourcesAreAddedImportedListedAndExportedWhileANodeHoldsTheIndex() throws Exception {
        String data = dir.toString();
        Path opml = dir.resolve("feeds.opml");
        java.nio.file.Files.writeString(opml, """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>mine</title></head><body>
                <outline type="rss" text="Harbour Notes" xmlUrl="https://notes.example.org/feed.xml"/>
                </body></opml>
                """);
        try (var publisher = new FixturePublisher(java.time.Instant.now())
                        .route("/rss.xml", "rss.xml", "application/rss+xml");
                Tidings node = new Tidings(Settings.from(dir, Map.of()), Clock.systemUTC())) {
            Run add = run(
                    "",
                    "source",
                    "add",
                    "--data",
                    data,
                    "--allow-private-network",
                    publisher.url("/rss.xml").toString());
            assertThat(add.exit()).as(add.err()).isZero();
            assertThat(add.out()).startsWith("added ");

            Run imported = run("", "import", "--data", data, opml.toString());
            assertThat(imported.exit()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("1 new");

            Run list = run("", "source", "list", "--data", data);
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("2 sources", "notes.example.org");
            assertThat(run("", "source", "export", "--data", data).out()).contains("notes.example.org/feed.xml");
            assertThat(node.sources.all()).hasSize(2);
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
