package dev.tidings.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.demo.DemoArticleTitles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How good the built-in key points are, against a reader's choice made blind to the method.
 *
 * <p>{@code dump IN OUT} writes, for each article of a JSON Lines file of {@code {id,title,text}},
 * its TL;DR and every other clean sentence, numbered as shown, for a reader to label. {@code score
 * IN LABELS} reads the labels ("article|best: 3, 7, 12|bad: 5, 9": the key points the reader would pick,
 * best first, and the sentences that should never be one: a fragment, a line that needs the one
 * before, colour with no fact) and prints, for the points the summarizer picks now, how many are
 * among the reader's best and how many among the bad, then each article's picks. A label names the
 * demo article by its file under {@code src/main/resources/dev/tidings/demo/articles} (as
 * {@code ask-questions.txt} does), found by its title: a demo article's id changes with every run,
 * since it comes from the address of a publisher on a random port.
 *
 * <pre>
 * java -cp 'target/test-classes:target/classes:target/lib/*' dev.tidings.ai.DevKeyPoints score \
 *   /tmp/kp/articles.jsonl src/test/resources/dev/tidings/ai/key-points.txt
 * </pre>
 */
final class DevKeyPoints {
    private DevKeyPoints() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Summarizer summarizer = new Summarizer();
        List<JsonNode> articles = Files.readAllLines(Path.of(args[1])).stream()
                .filter(l -> !l.isBlank())
                .map(l -> {
                    try {
                        return json.readTree(l);
                    } catch (Exception e) {
                        throw new IllegalArgumentException(e);
                    }
                })
                .toList();
        if (args[0].equals("show")) {
            // every sentence of one article: its summary probability, whether it has a number, and
            // whether it stands alone as a point
            Map<String, String> files = DemoArticleTitles.fileByTitle();
            for (JsonNode a : articles) {
                String name = files.get(a.get("title").asText());
                if (!a.get("id").asText().equals(args[2]) && !args[2].equals(name)) {
                    continue;
                }
                Summarizer.Clean c = Summarizer.clean(a.get("text").asText());
                double[][] x = new SentenceScorer().features(c.raw(), c.asides());
                double[] p = SentenceScorer.probabilities(x);
                Summarizer.Choice choice =
                        summarizer.choose(a.get("title").asText(), a.get("text").asText());
                for (int i = 0; i < p.length; i++) {
                    System.out.printf(
                            "%2d %s p=%.3f num=%.0f alone=%s  %s%n",
                            i,
                            choice.tldr().contains(i) ? "T" : choice.points().contains(i) ? "P" : " ",
                            p[i],
                            x[i][17],
                            ReadAlone.standsAlone(choice.shown(i)),
                            choice.shown(i));
                }
            }
            return;
        }
        if (args[0].equals("dump")) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
                for (JsonNode a : articles) {
                    Summarizer.Choice c = summarizer.choose(
                            a.get("title").asText(), a.get("text").asText());
                    out.printf(
                            "=== %s | %s%n",
                            DemoArticleTitles.fileByTitle().get(a.get("title").asText()),
                            a.get("title").asText());
                    out.println("TL;DR:");
                    c.tldr().forEach(i -> out.printf("  %s%n", c.shown(i)));
                    out.println("Sentences:");
                    for (int i = 0; i < c.sentences().size(); i++) {
                        if (!c.tldr().contains(i)) {
                            out.printf("%d: %s%n", i, c.shown(i));
                        }
                    }
                    out.println();
                }
            }
            return;
        }
        Map<String, Labels> labels = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            labels.put(parts[0].strip(), new Labels(numbers(parts[1]), Set.copyOf(numbers(parts[2]))));
        }
        double[] weights = Summarizer.POINT_WEIGHTS.clone();
        String[] given = System.getProperty("w", "").split(",");
        for (int k = 0; k < given.length && !given[k].isBlank(); k++) {
            weights[k] = Double.parseDouble(given[k]);
        }
        String half = System.getProperty("half", "all");
        int index = -1;
        int picked = 0;
        int best = 0;
        int bestTop3 = 0;
        int bad = 0;
        int articlesScored = 0;
        int readerBest = 0;
        StringBuilder detail = new StringBuilder();
        Map<String, String> files = DemoArticleTitles.fileByTitle();
        for (JsonNode a : articles) {
            Labels l = labels.get(files.get(a.get("title").asText()));
            index++;
            if (l == null || half.equals("even") && index % 2 == 1 || half.equals("odd") && index % 2 == 0) {
                continue;
            }
            articlesScored++;
            Summarizer.Choice c =
                    summarizer.choose(a.get("title").asText(), a.get("text").asText(), weights);
            TreeSet<Integer> points = c.points();
            readerBest += l.best.size();
            Set<Integer> top3 = Set.copyOf(l.best.subList(0, Math.min(3, l.best.size())));
            detail.append("== ").append(a.get("title").asText()).append('\n');
            for (int i : points) {
                picked++;
                String mark = l.best.contains(i) ? "BEST" : l.bad.contains(i) ? "BAD " : "    ";
                best += l.best.contains(i) ? 1 : 0;
                bestTop3 += top3.contains(i) ? 1 : 0;
                bad += l.bad.contains(i) ? 1 : 0;
                detail.append(String.format("  %s %2d %s%n", mark, i, c.shown(i)));
            }
            String missed = l.best.stream()
                    .filter(i -> !points.contains(i))
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            detail.append("  reader's best not picked: ").append(missed).append('\n');
        }
        System.out.print(detail);
        System.out.printf(
                "articles %d, points picked %d (%.2f each): among the reader's best %d (%.3f), among their top 3 %d,"
                        + " bad %d (%.3f); the reader's best cover %d sentences, recall %.3f%n",
                articlesScored,
                picked,
                picked / (double) Math.max(1, articlesScored),
                best,
                best / (double) Math.max(1, picked),
                bestTop3,
                bad,
                bad / (double) Math.max(1, picked),
                readerBest,
                best / (double) Math.max(1, readerBest));
    }

    private record Labels(List<Integer> best, Set<Integer> bad) {}

    private static List<Integer> numbers(String field) {
        String list = field.substring(field.indexOf(':') + 1).strip();
        if (list.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(list.split("\\s*,\\s*")).map(Integer::valueOf).toList();
    }
}
