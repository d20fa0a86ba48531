package dev.tidings.batch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input of a {@code batch} command: one JSON object per line. A line that cannot be used (not
 * JSON, not an object, no {@code id}) is reported with its number and skipped, and the run goes on:
 * one bad line must not cost the thousands of good ones around it. Blank lines are ignored.
 */
public final class InputLines implements Closeable {
    private final java.util.Map<String, Integer> lineOfId = new java.util.HashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One usable line: its number in the file (from 1) and its object, which has an {@code id}. */
    public record Line(int number, ObjectNode json) {
        /** The id as the input wrote it (a number stays a number in the output). */
        public JsonNode id() {
            return json.get("id");
        }

        /** The field as text, or null when absent or JSON null. */
        public String text(String field) {
            JsonNode n = json.get(field);
            return n == null || n.isNull() ? null : n.asText();
        }
    }

    private final Path path;
    private final BufferedReader reader;
    private final PrintStream warnings;
    private int number;
    private int skipped;

    private InputLines(Path path, PrintStream warnings) throws IOException {
        this.path = path;
        this.reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        this.warnings = warnings;
    }

    /** Opens {@code path}; complaints about single lines go to {@code warnings} (null: kept silent, still counted). */
    public static InputLines open(Path path, PrintStream warnings) throws IOException {
        return new InputLines(path, warnings);
    }

    /** The next usable line, or null at the end of the file. */
    public Line next() throws IOException {
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            Line line = parse(text);
            if (line != null) {
                return line;
            }
        }
        return null;
    }

    private Line parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return skip("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (!(node instanceof ObjectNode object)) {
            return skip("not a JSON object");
        }
        JsonNode id = object.get("id");
        if (id == null || id.isNull() || id.isContainerNode() || id.asText().isBlank()) {
            return skip("no \"id\"");
        }
        // every command reads one line per id: the first, whatever it does with it
        Integer first = lineOfId.putIfAbsent(id.asText(), number);
        if (first != null) {
            return skip("id \"" + id.asText() + "\" already on line " + first);
        }
        return new Line(number, object);
    }

    private Line skip(String why) {
        skipped++;
        warn("line " + number + " skipped: " + why);
        return null;
    }

    /** Reports a problem with the line last returned that does not stop it being processed. */
    public void warn(Line line, String problem) {
        warn("line " + line.number() + ": " + problem);
    }

    private void warn(String message) {
        if (warnings != null) {
            warnings.println(path.getFileName() + ": " + message);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        // once the input is read: say how many lines were skipped, if any
        if (skipped > 0 && warnings != null) {
            warnings.printf(
                    "%s: %d of %d lines skipped (see above); the others were processed%n",
                    path.getFileName(), skipped, number);
        }
    }
}
