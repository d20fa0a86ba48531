package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch commands end to end through the command line, on input with bad lines among good
 * ones: the bad lines are named on stderr and skipped, everything else is processed, and ids come
 * back as the input wrote them.
 */
class BatchInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY =
            "Heavy rain flooded the valley road on Monday and the council closed it overnight. Residents of"
                    + " three villages were cut off until the water fell. Engineers will inspect the bridge on"
                    + " Tuesday before it reopens.";

    @TempDir
    Path dir;

    /** Runs {@code tidings args…}, returning the exit code and what it wrote to stderr. */
    private record Run(int exit, String err) {}

    private Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    /** Runs {@code tidings batch command --in in --out out.jsonl}. */
    private Run batch(String command, Path in) {
        return run(
                "batch",
                command,
                "--in",
                in.toString(),
                "--out",
                dir.resolve("out.jsonl").toString());
    }

    private Path input(String... lines) throws IOException {
        return Files.write(dir.resolve("in.jsonl"), List.of(lines));
    }

    private List<JsonNode> output() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out.jsonl"))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static String article(Object id, String extra) {
        String idJson = id instanceof String s ? '"' + s + '"' : String.valueOf(id);
        return "{\"id\":" + idJson + ",\"title\":\"Valley road closed by floods\",\"text\":\"" + STORY + "\"" + extra
                + "}";
    }

    @Test
    void summarizeSkipsUnreadableLinesAndKeepsNumericIds() throws IOException {
        Path in = input(
                article(7, ""),
                "{\"id\": \"cut-off\", \"text\": \"The council met",
                "[1, 2, 3]",
                "{\"title\": \"no id here\", \"text\": \"Some text.\"}",
                "",
                "{\"id\": \"no-text\"}",
                article("last", ""));

        Run r = batch("summarize", in);

        assertThat(r.exit()).isZero();
        List<JsonNode> out = output();
        assertThat(out)
                .extracting(o -> o.get("id"))
                .containsExactly(JSON.readTree("7"), JSON.readTree("\"no-text\""), JSON.readTree("\"last\""));
        assertThat(out.get(0).get("summary").asText()).startsWith("Heavy rain flooded the valley road");
        assertThat(out.get(1).get("summary").asText()).isEmpty();
        assertThat(r.err())
                .contains("line 2 skipped: not JSON")
                .contains("line 3 skipped: not a JSON object")
                .contains("line 4 skipped: no \"id\"")
                .contains("line 6: no \"text\"")
                .contains("3 of 7 lines skipped");
    }

    @Test
    void hashtagsSkipUnreadableLines() throws IOException {
        Path in = input(article(1, ""), "not json at all", article(2, ""));

        Run r = batch("hashtags", in);

        assertThat(r.exit()).isZero();
        assertThat(output()).extracting(o -> o.get("id").asInt()).containsExactly(1, 2);
        assertThat(output().get(0).get("hashtags")).isNotEmpty();
        assertThat(r.err()).contains("line 2 skipped: not JSON").contains("1 of 3 lines skipped");
    }

    @Test
    void aRepeatedIdIsSkippedWithAWarningByEveryCommand() throws IOException {
        for (String command : List.of("hashtags", "summarize", "cluster")) {
            Path in = input(article(1, ""), article(2, ""), article(1, ""));

            Run r = batch(command, in);

            assertThat(r.exit()).as(command).isZero();
            assertThat(output())
                    .as(command)
                    .extracting(o -> o.get("id").asInt())
                    .containsExactly(1, 2);
            assertThat(r.err()).as(command).contains("line 3 skipped: id \"1\" already on line 1");
        }
    }

    @Test
    void clusterReadsEveryUsualTimeFormatAndTreatsAnUnreadableOneAsUndated() throws IOException {
        Path in = input(
                article("a", ",\"published\":\"2026-03-02T08:00:00Z\""),
                article("b", ",\"published\":\"2026-03-02 09:30:00\""),
                article("c", ",\"published\":\"Mon, 02 Mar 2026 10:00:00 GMT\""),
                article("d", ",\"published\":1772445600"),
                article("e", ",\"published\":\"yesterday-ish\""),
                "{\"id\": ",
                article("f", ",\"published\":\"2026-03-02\""));

        Run r = batch("cluster", in);

        assertThat(r.exit()).isZero();
        List<JsonNode> out = output();
        assertThat(out).extracting(o -> o.get("id").asText()).containsExactly("a", "b", "c", "d", "e", "f");
        // the same text at the same time: one story, whatever way its time was written
        assertThat(out)
                .extracting(o -> o.get("cluster").asText())
                .containsOnly(out.get(0).get("cluster").asText());
        assertThat(r.err())
                .contains("line 5: cannot read the published time \"yesterday-ish\"; read as undated")
                .contains("line 6 skipped: not JSON")
                .doesNotContain("line 1:", "line 2:", "line 3:", "line 4:", "line 7:");
    }

    @Test
    void relatedListsIdsAsTheInputWroteThem() throws IOException {
        Path in = input(article(10, ""), article(11, ""), "{\"id\": {\"nested\": 1}}");

        Run r = batch("related", in);

        assertThat(r.exit()).isZero();
        List<JsonNode> out = output();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("id").isNumber()).isTrue();
        assertThat(out.get(0).get("related")).containsExactly(JSON.readTree("11"));
        assertThat(r.err()).contains("line 3 skipped: no \"id\"");
    }
}
