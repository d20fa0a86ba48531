package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.account.Role;
import dev.tidings.account.Viewer;
import dev.tidings.article.TestArticles;
import dev.tidings.comment.CommentTarget;
import dev.tidings.comment.Outcome;
import dev.tidings.source.NewSource;
import dev.tidings.source.Source;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

            CommandRun imported =
                    CommandRun.of("", "import", "--data", data, "--allow-private-network", opml.toString());
            assertThat(imported.exit()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("1 new");
            assertThat(node.sources.all())
                    .as("imported with leave to reach a local publisher")
                    .filteredOn(src -> src.feedUrl().toString().contains("notes.example.org"))
                    .allMatch(Source::allowPrivateNetwork);
            // an export keeps how each feed was followed: imported elsewhere, a paused local feed stays so
            long notes = node.sources.all().stream()
                    .filter(src -> src.feedUrl().toString().contains("notes.example.org"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            node.sources.follow(notes, false);
            Path exported = dir.resolve("export.opml");
            java.nio.file.Files.writeString(
                    exported,
                    CommandRun.of("", "source", "export", "--data", data).out());
            Path elsewhere = dir.resolve("elsewhere");
            assertThat(CommandRun.of("", "import", "--data", elsewhere.toString(), exported.toString())
                            .exit())
                    .isZero();
            try (Tidings other = new Tidings(Settings.from(elsewhere, Map.of()), Clock.systemUTC())) {
                assertThat(other.sources.all())
                        .filteredOn(src -> src.feedUrl().toString().contains("notes.example.org"))
                        .singleElement()
                        .satisfies(src -> {
                            assertThat(src.allowPrivateNetwork()).isTrue();
                            assertThat(src.enabled()).isFalse();
                        });
            }
            CommandRun tooOften = CommandRun.of(
                    "", "source", "add", "--data", data, "--interval", "5", "http://127.0.0.1:1/feed.xml");
            assertThat(tooOften.exit()).isEqualTo(1);
            assertThat(tooOften.err()).contains("--interval is from 60");

            CommandRun list = CommandRun.of("", "source", "list", "--data", data);
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("2 sources", "notes.example.org");
            // the slug a source is named by in the other commands is listed beside its id
            node.sources.all().forEach(src -> assertThat(list.out()).contains(" " + src.slug() + " "));
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
            CommandRun lastAdmin = CommandRun.of("", "user", "role", "--data", data, "ann@example.org", "reader");
            assertThat(lastAdmin.exit()).isEqualTo(1);
            assertThat(lastAdmin.err()).contains("the only administrator");
            CommandRun both = CommandRun.of(
                    "a long enough secret\n",
                    "user",
                    "add",
                    "--data",
                    data,
                    "--email",
                    "cy@example.org",
                    "--admin",
                    "--moderator");
            assertThat(both.exit()).isEqualTo(1);
            assertThat(both.err()).contains("choose one role");

            CommandRun list = CommandRun.of("", "user", "list", "--data", data);
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("admin", "ann@example.org", "moderator", "bo@example.org");
            // the node sees them at once: one database
            assertThat(node.accounts.userByEmail("bo@example.org")).isPresent();
        }
    }

    @Test
    void aSourceRemovedBesideANodeLeavesItsIndexAndOtherOutletsCopiesAreFetchedOnTheirOwn() throws Exception {
        String data = dir.toString();
        try (var publisher = new FixturePublisher(java.time.Instant.now())
                        .route("/rss.xml", "rss.xml", "application/rss+xml")
                        .route("/mirror.xml", "rss.xml", "application/rss+xml")
                        .route("/news/ferry-resumes", "ferry.html", "text/html; charset=utf-8")
                        .route("/news/library-wing", "library.html", "text/html");
                Tidings node = new Tidings(Settings.from(dir, Map.of()), Clock.systemUTC())) {
            Source courier = node.sources.add(new NewSource(publisher.url("/rss.xml"), null, null, null, true, 900));
            node.ingestion.refreshAllOnce();
            // a second outlet carries the same reports (three entries, two articles): stored once, as the courier's
            Source mirror =
                    node.sources.add(new NewSource(publisher.url("/mirror.xml"), null, "Lake Mirror", null, true, 900));
            node.ingestion.refreshAllOnce();
            Set<String> courierArticles = Set.copyOf(node.db.read(
                    h -> h.query("SELECT id FROM articles WHERE source_id = ?", rs -> rs.getString(1), courier.id())));
            assertThat(courierArticles).hasSize(2);
            node.index.refresh();
            assertThat(node.index.ids()).containsAll(courierArticles);
            assertThat(node.articles.alsoPublishedBy(courierArticles.iterator().next(), courier.id()))
                    .containsExactly("Lake Mirror");

            CommandRun asked = commandInItsOwnProcess("source", "remove", "--data", data, courier.slug());
            assertThat(asked.exit()).as(asked.err()).isZero();
            assertThat(asked.out())
                    .contains(
                            "removing Lakeside Courier (" + courier.slug()
                                    + ") would delete its 2 articles and 0 comments",
                            "--yes");
            assertThat(node.articles.count())
                    .as("nothing removed without --yes")
                    .isEqualTo(2);

            CommandRun removed = commandInItsOwnProcess("source", "remove", "--data", data, courier.slug(), "--yes");
            assertThat(removed.exit()).as(removed.err()).isZero();
            assertThat(removed.out())
                    .contains(
                            "removed Lakeside Courier (" + courier.slug() + "): 2 articles",
                            "3 feed entries of other outlets were copies of its articles and will be fetched again");
            assertThat(node.sources.all()).extracting(Source::title).containsExactly("Lake Mirror");

            // the node hears of it through the change log, as it would of another node's work
            assertThat(node.storyEnricher.followChanges()).isEqualTo(2);
            assertThat(node.index.ids()).doesNotContainAnyElementsOf(courierArticles);

            node.ingestion.refreshAllOnce();
            long mirrored =
                    node.db.read(h -> h.queryLong("SELECT COUNT(*) FROM articles WHERE source_id = ?", mirror.id()));
            assertThat(mirrored).as("the mirror's copies, stored on their own").isEqualTo(2);
        }
    }

    @Test
    void anAccountIsDeletedOnItsOwnersRequestAndTheLastAdministratorIsKept() {
        String data = dir.toString();
        try (Tidings node = new Tidings(Settings.from(dir, Map.of()), Clock.systemUTC())) {
            var ann = node.accounts.create("ann@example.org", "Ann", "a long enough secret", Role.READER);
            String article = TestArticles.store(node.db, "harbour", "Harbour reopens", java.time.Instant.now());
            assertThat(node.comments.post(
                            new Viewer(ann, "x"), CommentTarget.article(article), null, "Ann's words.", "192.0.2.7"))
                    .isInstanceOf(Outcome.Done.class);

            CommandRun asked = CommandRun.of("", "user", "delete", "--data", data, "ann@example.org");
            assertThat(asked.exit()).as(asked.err()).isZero();
            assertThat(asked.out()).contains("deleting ann@example.org (Ann) would delete", "--yes");
            assertThat(node.accounts.userByEmail("ann@example.org")).isPresent();

            CommandRun deleted = CommandRun.of("", "user", "delete", "--data", data, "ann@example.org", "--yes");
            assertThat(deleted.exit()).as(deleted.err()).isZero();
            assertThat(deleted.out()).contains("deleted the account of ann@example.org");
            assertThat(node.accounts.userByEmail("ann@example.org")).isEmpty();
            assertThat(CommandRun.of("", "user", "list", "--data", data).out())
                    .contains("deleted-" + ann.id() + "@accounts.invalid", "Deleted account (deleted)")
                    .doesNotContain("ann@example.org");
            long worded = node.db.read(h -> h.queryLong("SELECT COUNT(*) FROM comments WHERE body_source <> ''"));
            assertThat(worded).isZero();

            node.accounts.create("root@example.org", "Root", "a long enough secret", Role.ADMIN);
            CommandRun kept = CommandRun.of("", "user", "delete", "--data", data, "root@example.org", "--yes");
            assertThat(kept.exit()).isEqualTo(1);
            assertThat(kept.err()).contains("root@example.org is the only administrator");
            assertThat(CommandRun.of("", "user", "delete", "--data", data, "nobody@example.org", "--yes")
                            .err())
                    .contains("no account with email nobody@example.org");
        }
    }

    /** Runs {@code tidings args…} in a JVM of its own, as an operator's shell would beside the node. */
    private static CommandRun commandInItsOwnProcess(String... args) throws Exception {
        String jvm = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                jvm, "--enable-native-access=ALL-UNNAMED", "-cp", NodeProcess.classpath(), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return new CommandRun(p.exitValue(), out, err.get());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
