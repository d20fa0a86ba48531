package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch or evaluation command refuses files it cannot use before any work, in words, with exit 1. */
class BatchFilesTest {
    @TempDir
    Path dir;

    @Test
    void filesThatCannotBeUsedAreRefusedBeforeTheRun() throws Exception {
        Path in =
                Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Some text.\"}\n");
        String out = dir.resolve("out.jsonl").toString();

        CommandRun missing = CommandRun.of(
                "", "batch", "hashtags", "--in", dir.resolve("nope.jsonl").toString(), "--out", out);
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.jsonl: no such file").doesNotContain("Exception");

        CommandRun noDir = CommandRun.of(
                "",
                "batch",
                "hashtags",
                "--in",
                in.toString(),
                "--out",
                dir.resolve("none/out.jsonl").toString());
        assertThat(noDir.exit()).isEqualTo(1);
        assertThat(noDir.err()).contains("does not exist");

        CommandRun intoADirectory =
                CommandRun.of("", "batch", "summarize", "--in", in.toString(), "--out", dir.toString());
        assertThat(intoADirectory.exit()).isEqualTo(1);
        assertThat(intoADirectory.err()).contains("is a directory");

        CommandRun k = CommandRun.of("", "batch", "related", "--in", in.toString(), "--out", out, "--k", "0");
        assertThat(k.exit()).isEqualTo(1);
        assertThat(k.err()).contains("--k must be at least 1");
        assertThat(Files.exists(Path.of(out))).as("nothing written").isFalse();
    }

    @Test
    void anEvaluationOfAFileThatIsNotThereFails() {
        CommandRun cluster =
                CommandRun.of("", "eval", "cluster", dir.resolve("gone.jsonl").toString());
        assertThat(cluster.exit()).isEqualTo(1);
        assertThat(cluster.err()).contains("no such file or directory: " + dir.resolve("gone.jsonl"));
        CommandRun hashtags = CommandRun.of(
                "", "eval", "hashtags", "--set", dir.resolve("gone.jsonl").toString());
        assertThat(hashtags.exit()).isEqualTo(1);
        assertThat(hashtags.err()).contains("no such file: ");
    }

    @Test
    void anEvaluationLeavesOutArticlesWithoutALabelAndSaysHowMany() throws Exception {
        Path labelled = Files.writeString(dir.resolve("stream.jsonl"), """
                {"id":"a","title":"Ferry returns to the lake","text":"The ferry is back on Monday.","cluster":"ferry"}
                {"id":"b","title":"Lake ferry back on Monday","text":"Service resumes after repairs.","cluster":"ferry"}
                {"id":"c","title":"Library wing approved","text":"The council voted for it.","cluster":"library"}
                {"id":"d","title":"An unlabelled line","text":"Nobody said which story this is."}
                """);
        CommandRun run = CommandRun.of("", "eval", "cluster", labelled.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 of 4 articles have no cluster label and were left out");
        assertThat(run.out()).contains("stream");

        Path none = Files.writeString(dir.resolve("none.jsonl"), "{\"id\":\"x\",\"title\":\"T\",\"text\":\"U.\"}\n");
        CommandRun nothing = CommandRun.of("", "eval", "cluster", none.toString());
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err()).contains("no article has a cluster label");
    }

    @Test
    void aFileSystemsRefusalIsSaidInWordsHoweverDeepItIsWrapped() {
        var wrapped = new UncheckedIOException(new NoSuchFileException("feeds.opml"));
        assertThat(Main.describe(wrapped)).isEqualTo("no such file or directory: feeds.opml");
        assertThat(Main.describe(new IllegalStateException("the index is in use")))
                .isEqualTo("the index is in use");
    }
}
