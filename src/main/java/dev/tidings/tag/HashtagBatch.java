package dev.tidings.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tidings batch hashtags}: JSON Lines {@code {id, title?, text}} in, {@code {id, hashtags,
 * keyphrases}} out, in input order. The input is its own corpus: documents are read and counted
 * in blocks, then tagged against everything counted so far, so rare words and usual spellings of
 * names are judged as the live system judges them against its database.
 */
public final class HashtagBatch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BLOCK = 20_000;

    private final Hashtagger hashtagger;

    public HashtagBatch(Hashtagger hashtagger) {
        this.hashtagger = hashtagger;
    }

    /** Tags every line of {@code in} into {@code out}; returns articles per second. */
    public double run(Path in, Path out, PrintStream progress) throws IOException {
        long t0 = System.nanoTime();
        MemoryCorpusStats corpus = new MemoryCorpusStats();
        int done = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            while (true) {
                List<String> ids = new ArrayList<>();
                List<Keyphrases.Parsed> block = new ArrayList<>();
                String line;
                while (block.size() < BLOCK && (line = reader.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode d = parseLine(line, lineNo, in);
                    var parsed = hashtagger.parse(text(d, "title"), text(d, "text"));
                    corpus.count(parsed.counts());
                    ids.add(d.path("id").asText());
                    block.add(parsed);
                    report(progress, "read", block.size() + done, t0);
                }
                if (block.isEmpty()) {
                    break;
                }
                for (int i = 0; i < block.size(); i++) {
                    var result = hashtagger.tag(block.get(i), corpus);
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", ids.get(i));
                    result.hashtags().forEach(o.putArray("hashtags")::add);
                    result.keyphrases().forEach(o.putArray("keyphrases")::add);
                    writer.write(JSON.writeValueAsString(o));
                    writer.newLine();
                    block.set(i, null);
                    done++;
                    report(progress, "tagged", done, t0);
                }
            }
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        if (progress != null) {
            progress.printf("\rtagged %d articles in %.1f s%n", done, seconds);
        }
        return done / seconds;
    }

    private static JsonNode parseLine(String line, int lineNo, Path in) throws IOException {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IOException("line " + lineNo + " of " + in + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static void report(PrintStream progress, String what, int n, long t0) {
        if (progress != null && n % 100 == 0) {
            double s = (System.nanoTime() - t0) / 1e9;
            progress.printf("\r%s %d articles (%.0f/s)   ", what, n, n / Math.max(s, 1e-9));
        }
    }

    static String text(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
