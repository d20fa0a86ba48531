package dev.tidings.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores keyphrases against a labelled set of lines {@code {id, title?, text, keyphrases[]}}:
 * F1 at 5 and at 10, exact match after lowercasing, splitting on non-alphanumerics and Porter
 * stemming, averaged over the documents that have keyphrases. Document frequencies come from the
 * whole set, as the batch command takes them from its input.
 */
public final class HashtagEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Keyphrases keyphrases;

    HashtagEval(Keyphrases keyphrases) {
        this.keyphrases = keyphrases;
    }

    /** An evaluator with the production models and settings. */
    public static HashtagEval standard() {
        return new HashtagEval(Hashtagger.standardKeyphrases());
    }

    /** Averages over the documents of the file. */
    public record Summary(int documents, double f1At5, double f1At10, double precisionAt10, double recallAt10) {}

    public Summary evaluate(Path file, PrintStream perDocument) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    docs.add(JSON.readTree(line));
                }
            }
        }
        List<Keyphrases.Parsed> parsed = new ArrayList<>();
        MemoryCorpusStats corpus = new MemoryCorpusStats();
        for (JsonNode d : docs) {
            var p = keyphrases.parse(text(d, "title"), text(d, "text"));
            parsed.add(p);
            corpus.count(p.counts());
        }
        double f5 = 0, f10 = 0, p10 = 0, r10 = 0;
        int scored = 0;
        for (int i = 0; i < docs.size(); i++) {
            Set<String> gold = new HashSet<>();
            for (JsonNode k : docs.get(i).path("keyphrases")) {
                String key = Texts.stemmedKey(k.asText());
                if (!key.isEmpty()) {
                    gold.add(key);
                }
            }
            if (gold.isEmpty()) {
                continue; // unlabelled documents only add to the corpus counts
            }
            scored++;
            List<String> predicted = Keyphrases.plain(keyphrases.rank(parsed.get(i), corpus), 10);
            double[] at5 = score(predicted.subList(0, Math.min(5, predicted.size())), gold);
            double[] at10 = score(predicted, gold);
            f5 += at5[2];
            f10 += at10[2];
            p10 += at10[0];
            r10 += at10[1];
            if (perDocument != null) {
                perDocument.printf(
                        "%s\tf1@10=%.3f\t%s%n", docs.get(i).path("id").asText(), at10[2], String.join("; ", predicted));
            }
        }
        int n = Math.max(1, scored);
        return new Summary(scored, f5 / n, f10 / n, p10 / n, r10 / n);
    }

    /** Precision, recall and F1 of the predicted phrases against the gold stem keys. */
    static double[] score(List<String> predicted, Set<String> gold) {
        Set<String> keys = new HashSet<>();
        int hits = 0;
        for (String p : predicted) {
            String key = Texts.stemmedKey(p);
            if (keys.add(key) && gold.contains(key)) {
                hits++;
            }
        }
        double precision = keys.isEmpty() ? 0 : (double) hits / keys.size();
        double recall = gold.isEmpty() ? 0 : (double) hits / gold.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
