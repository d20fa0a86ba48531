package dev.tidings.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.nlp.Embedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the built-in story summary of each story in a JSON Lines file of {@code {story,
 * articles:[{outlet,title,text,opinion?}]}}, by words alone and with sentence vectors, to read what
 * each groups together. Args: the file.
 */
final class DevStorySummary {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Embedder embedder = Embedder.load(Embedder.Settings.ONE_CORE_PER_CALL)) {
            StorySummarizer byWords = new StorySummarizer();
            StorySummarizer byMeaning = new StorySummarizer(embedder::embedAll);
            for (String line : Files.readAllLines(Path.of(args[0]))) {
                JsonNode story = json.readTree(line);
                List<Passage> coverage = new ArrayList<>();
                for (JsonNode a : story.get("articles")) {
                    coverage.add(new Passage(
                            a.get("outlet").asText(),
                            a.get("title").asText(),
                            a.get("text").asText(),
                            a.path("opinion").asBoolean(false)));
                }
                for (StorySummarizer summarizer : List.of(byWords, byMeaning)) {
                    long t0 = System.nanoTime();
                    StorySummary s = summarizer.summarize(coverage);
                    System.out.printf(
                            "== story %s (%d articles), %s, %.0f ms%n",
                            story.get("story").asText(),
                            coverage.size(),
                            summarizer == byWords ? "words" : "words and meaning",
                            (System.nanoTime() - t0) / 1e6);
                    s.allReport().forEach(p -> {
                        System.out.printf("  ALL  %s%n       %s%n", p.outlets(), p.sentence());
                        p.versions().forEach(v -> System.out.printf("         [%s] %s%n", v.outlet(), v.sentence()));
                    });
                    s.someReport().forEach(p -> {
                        System.out.printf(
                                "  SOME %s%s%n       %s%n", p.outlets(), p.differs() ? " (differs)" : "", p.sentence());
                        p.versions().forEach(v -> System.out.printf("         [%s] %s%n", v.outlet(), v.sentence()));
                    });
                }
            }
        }
    }
}
