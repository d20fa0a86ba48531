package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

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
            CommandRun add = CommandRun.of(
                    "",
                    "source",
                    "add",
                    "--data",
                    data,
                    "--allow-private-network",
                    publisher.url("/rss.xml").toString());
            assertThat(add.exit()).as(add.err()).isZero();
            assertThat(add.out()).startsWith("added ");

            CommandRun imported = CommandRun.of("", "import", "--data", data, opml.toString());
            assertThat(imported.exit()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("1 new");

            CommandRun list = CommandRun.of("", "source", "list", "--data", data);
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("2 sources", "notes.example.org");
            assertThat(CommandRun.of("", "source", "export", "--data", data).out())
                    .contains("notes.example.org/feed.xml");
            assertThat(node.sources.all()).hasSize(2);
        }
    }

    @Test
    void accountsAreMadeListedAndPromotedWhileANodeHoldsTheIndex() {
        String data = dir.toString();
        try (Tidings node = new Tidings(Settings.from(dir, Map.of()), Clock.systemUTC())) {
            CommandRun add = CommandRun.of(
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

            CommandRun reader =
                    CommandRun.of("another long secret\n", "user", "add", "--data", data, "--email", "bo@example.org");
            assertThat(reader.exit()).as(reader.err()).isZero();
            CommandRun role = CommandRun.of("", "user", "role", "--data", data, "bo@example.org", "moderator");
            assertThat(role.exit()).as(role.err()).isZero();

            CommandRun list = CommandRun.of("", "user", "list", "--data", data);
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("admin", "ann@example.org", "moderator", "bo@example.org");
            // the node sees them at once: one database
            assertThat(node.accounts.userByEmail("bo@example.org")).isPresent();
        }
    }
}
