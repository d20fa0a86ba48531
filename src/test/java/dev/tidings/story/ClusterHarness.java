package dev.tidings.story;

import dev.tidings.nlp.Embedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offline harness for clustering and related-article experiments: embeds the development streams
 * and the demo newsroom once (cached under a directory of your choice), then replays them through
 * {@link OnlineClusterer} and {@link StoryBatch#related} in seconds. It prints BCubed, P@5 and
 * nDCG@10 beside the P@5 ceiling (every same-story article in the first five places); a third
 * argument {@code errors} lists what the clusterer confuses. Not a test:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.tidings.story.ClusterHarness -Dexec.args="../shared/datasets/stories-dev /tmp/cache"
 * </pre>
 */
final class ClusterHarness {
    private ClusterHarness() {}

    record Labelled(String name, List<BatchArticle> articles, List<StoryFeatures> features) {}

    record Result(ClusterScores.BCubed bcubed, ClusterScores.Ranking ranking, double ceiling) {
        @Override
        public String toString() {
            return String.format(
                    java.util.Locale.ROOT,
                    "F1 %.4f (P %.3f R %.3f)  P@5 %.4f (%.1f%% of %.4f)  nDCG@10 %.4f",
                    bcubed.f1(),
                    bcubed.precision(),
                    bcubed.recall(),
                    ranking.precisionAt5(),
                    100 * ranking.precisionAt5() / ceiling,
                    ceiling,
                    ranking.ndcgAt10());
        }
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets/stories-dev");
        Path cache = Path.of(args.length > 1 ? args[1] : "/tmp/cquality-cache");
        List<Labelled> streams = simulated(load(data, cache), args.length > 2 ? args[2] : "");
        for (Labelled s : streams) {
            long t0 = System.nanoTime();
            OnlineClusterer clusterer = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
            s.features().forEach(clusterer::add);
            long t1 = System.nanoTime();
            var clustered = new StoryBatch.Clustered(s.articles(), s.features(), clusterer, 0);
            var related = new StoryBatch(null).related(clustered, 10);
            long t2 = System.nanoTime();
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%-24s %s  clustering %.2f ms/article, related %.2f ms/article%n",
                    s.name(),
                    score(s, clustered.stories(), related),
                    (t1 - t0) / 1e6 / s.articles().size(),
                    (t2 - t1) / 1e6 / s.articles().size());
            if (args.length > 2 && args[2].equals("errors")) {
                printConfusions(s, clusterer);
            }
        }
    }

    /** Predicted stories that mix labelled events, and labelled stories we split, a few of each. */
    static void printConfusions(Labelled s, OnlineClusterer clusterer) {
        Map<String, List<BatchArticle>> predicted = new LinkedHashMap<>();
        Map<String, List<BatchArticle>> labelled = new LinkedHashMap<>();
        for (BatchArticle a : s.articles()) {
            predicted
                    .computeIfAbsent(clusterer.storyOf(a.id()), k -> new ArrayList<>())
                    .add(a);
            labelled.computeIfAbsent(a.cluster(), k -> new ArrayList<>()).add(a);
        }
        List<List<BatchArticle>> mixed = predicted.values().stream()
                .filter(m -> m.stream().map(BatchArticle::cluster).distinct().count() > 1)
                .toList();
        List<List<BatchArticle>> split = labelled.values().stream()
                .filter(m -> m.stream()
                                .map(a -> clusterer.storyOf(a.id()))
                                .distinct()
                                .count()
                        > 1)
                .toList();
        System.out.printf(
                "  %d predicted stories mix events; %d of %d labelled stories are split%n",
                mixed.size(), split.size(), labelled.size());
        for (List<BatchArticle> m : mixed.subList(0, Math.min(6, mixed.size()))) {
            System.out.println("  mixed:");
            m.stream().limit(6).forEach(a -> System.out.println("    " + a.cluster() + " | " + a.title()));
        }
        for (List<BatchArticle> m : split.subList(0, Math.min(6, split.size()))) {
            System.out.println("  split:");
            m.stream()
                    .limit(6)
                    .forEach(a -> System.out.println("    " + clusterer.storyOf(a.id()) + " | " + a.title()));
        }
    }

    static List<Labelled> load(Path data, Path cache) throws IOException {
        Files.createDirectories(cache);
        List<Labelled> out = new ArrayList<>();
        StoryBatch reader = new StoryBatch(null);
        try (Embedder embedder = Embedder.load(0)) {
            for (String name : List.of("ecbplus.jsonl", "allsides-undated.jsonl")) {
                Path file = data.resolve(name);
                if (Files.exists(file)) {
                    out.add(stream(name, reader.read(file), embedder, cache));
                }
            }
            out.add(stream("demo", demo(), embedder, cache));
            if (!out.isEmpty() && out.getFirst().name().startsWith("ecbplus")) {
                out.add(stream(
                        "ecbplus-mixed-length", mixedLengths(out.getFirst().articles()), embedder, cache));
            }
        }
        return out;
    }

    static Result evaluate(Labelled s, StoryMatcher.Params params) {
        OnlineClusterer clusterer = new OnlineClusterer(params);
        s.features().forEach(clusterer::add);
        var clustered = new StoryBatch.Clustered(s.articles(), s.features(), clusterer, 0);
        return score(s, clustered.stories(), new StoryBatch(null).related(clustered, 10));
    }

    static Result score(Labelled s, Map<String, String> predicted, Map<String, List<String>> related) {
        Map<String, String> gold = gold(s);
        return new Result(ClusterScores.bcubed(predicted, gold), ClusterScores.ranking(related, gold), ceiling(gold));
    }

    static Map<String, String> gold(Labelled s) {
        Map<String, String> gold = new LinkedHashMap<>();
        s.articles().forEach(a -> gold.put(a.id(), a.cluster()));
        return gold;
    }

    /** The best P@5 possible: every other article of the story within the first five. */
    static double ceiling(Map<String, String> gold) {
        Map<String, Integer> size = new HashMap<>();
        gold.values().forEach(c -> size.merge(c, 1, Integer::sum));
        double sum = 0;
        int n = 0;
        for (String c : gold.values()) {
            int others = size.get(c) - 1;
            if (others > 0) {
                sum += Math.min(5, others) / 5.0;
                n++;
            }
        }
        return sum / n;
    }

    private static Labelled stream(String name, List<BatchArticle> items, Embedder embedder, Path cache)
            throws IOException {
        Path file = cache.resolve(name + ".vec");
        Map<String, float[]> vectors = new HashMap<>();
        if (Files.exists(file)) {
            try (var in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String id = in.readUTF();
                    float[] v = new float[Embedder.DIMENSIONS];
                    for (int d = 0; d < v.length; d++) {
                        v[d] = in.readFloat();
                    }
                    vectors.put(id, v);
                }
            }
        }
        if (!items.stream().allMatch(a -> vectors.containsKey(a.id()))) {
            List<String> texts = items.stream()
                    .map(a ->
                            Features.embeddingText(a.input().title(), a.input().text()))
                    .toList();
            List<float[]> embedded = new ArrayList<>();
            for (int i = 0; i < texts.size(); i += 32) {
                embedded.addAll(embedder.embedAll(texts.subList(i, Math.min(texts.size(), i + 32))));
            }
            try (var o = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                o.writeInt(items.size());
                for (int i = 0; i < items.size(); i++) {
                    vectors.put(items.get(i).id(), embedded.get(i));
                    o.writeUTF(items.get(i).id());
                    for (float x : embedded.get(i)) {
                        o.writeFloat(x);
                    }
                }
            }
        }
        List<StoryFeatures> fs = new ArrayList<>();
        for (BatchArticle a : items) {
            Features.Input in = a.input();
            fs.add(new StoryFeatures(
                    a.id(), a.source(), a.published(), vectors.get(a.id()), Features.terms(in.title(), in.text())));
        }
        return new Labelled(name, items, fs);
    }

    /**
     * The streams as {@code arg} asks: {@code dated:SPAN_DAYS:SPREAD_HOURS:SEED} replaces them with
     * their {@link #dated} simulations (the demo, which has its own times, is left out);
     * {@code shuffled:SEED} reads each in a random order ({@link #shuffled}); anything else leaves
     * them as they are.
     */
    static List<Labelled> simulated(List<Labelled> streams, String arg) {
        if (arg.startsWith("shuffled:")) {
            long seed = Long.parseLong(arg.substring("shuffled:".length()));
            return streams.stream().map(s -> shuffled(s, seed)).toList();
        }
        if (!arg.startsWith("dated:")) {
            return streams;
        }
        String[] d = arg.split(":");
        return streams.stream()
                .filter(s -> !s.name().equals("demo"))
                .map(s -> dated(s, Double.parseDouble(d[1]), Double.parseDouble(d[2]), Long.parseLong(d[3])))
                .toList();
    }

    /**
     * The stream with made-up times, for what the development streams (which have none) cannot show:
     * each labelled story starts at a random moment within {@code spanDays}, its articles spread
     * over the {@code spreadHours} after it, and the stream runs in time order. A wide span is a
     * quiet stream (few stories at once), a narrow one a busy day; the labels place the times, so
     * the figures say how the time rules behave, not how well the clusterer reads the texts.
     */
    static Labelled dated(Labelled s, double spanDays, double spreadHours, long seed) {
        java.util.Random random = new java.util.Random(seed);
        Instant origin = Instant.parse("2024-01-01T00:00:00Z");
        Map<String, Instant> storyStart = new HashMap<>();
        List<Instant> times = new ArrayList<>();
        for (BatchArticle a : s.articles()) {
            Instant start = storyStart.computeIfAbsent(
                    a.cluster(), c -> origin.plusSeconds((long) (random.nextDouble() * spanDays * 86_400)));
            times.add(start.plusSeconds((long) (random.nextDouble() * spreadHours * 3_600)));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(times::get));
        List<BatchArticle> articles = new ArrayList<>();
        List<StoryFeatures> features = new ArrayList<>();
        for (int i : order) {
            BatchArticle a = s.articles().get(i);
            StoryFeatures f = s.features().get(i);
            Instant t = times.get(i);
            articles.add(new BatchArticle(a.id(), a.title(), a.text(), t, a.source(), a.cluster()));
            features.add(new StoryFeatures(f.articleId(), f.source(), t, f.embedding(), f.terms()));
        }
        return new Labelled(s.name() + "-dated", articles, features);
    }

    /**
     * The stream read in a random order, times kept: a backlog, as when Tidings first reads its
     * outlets' feeds, whose articles arrive in whatever order the fetches finish. Stories should not
     * depend on it.
     */
    static Labelled shuffled(Labelled s, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < s.articles().size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(seed));
        List<BatchArticle> articles = new ArrayList<>();
        List<StoryFeatures> features = new ArrayList<>();
        for (int i : order) {
            articles.add(s.articles().get(i));
            features.add(s.features().get(i));
        }
        return new Labelled(s.name() + "-shuffled", articles, features);
    }

    /**
     * ecbplus with every other article cut to its headline and first two sentences, as a stream
     * that mixes headline+lead items with full articles (as the held-out stream does).
     */
    static List<BatchArticle> mixedLengths(List<BatchArticle> items) {
        List<BatchArticle> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BatchArticle a = items.get(i);
            String text = a.text() == null ? "" : a.text();
            if (i % 2 == 1) {
                int end = 0;
                for (int s = 0; s < 2; s++) {
                    int dot = text.indexOf(". ", end);
                    end = dot < 0 ? text.length() : dot + 1;
                }
                text = text.substring(0, end);
            }
            out.add(new BatchArticle(a.id(), a.title(), text, a.published(), a.source(), a.cluster()));
        }
        return out;
    }

    /**
     * The demo newsroom as a labelled, dated stream: 12 events by 3–4 outlets plus standalone
     * pieces (each its own story), in publication order.
     */
    static List<BatchArticle> demo() throws IOException {
        Path dir = Path.of("src/main/resources/dev/tidings/demo/articles");
        Instant start = Instant.parse("2026-11-20T12:00:00Z");
        List<BatchArticle> items = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String raw = Files.readString(p, StandardCharsets.UTF_8);
                int sep = raw.indexOf("\n---\n");
                Map<String, String> head = new HashMap<>();
                for (String line : raw.substring(0, sep).split("\n")) {
                    int colon = line.indexOf(':');
                    head.put(
                            line.substring(0, colon).strip(),
                            line.substring(colon + 1).strip());
                }
                String body = raw.substring(sep + 5).replaceAll("(?m)^(## |> )", "");
                String file = p.getFileName().toString().replace(".txt", "");
                String event = head.getOrDefault("event", "");
                Instant published =
                        start.minus(Duration.ofMinutes(Math.round(Double.parseDouble(head.get("hours_ago")) * 60)));
                items.add(new BatchArticle(
                        file,
                        head.get("title"),
                        head.get("dek") + "\n\n" + body,
                        published,
                        file.substring(0, file.indexOf("--")),
                        event.isEmpty() ? "solo-" + file : event));
            }
        }
        items.sort(java.util.Comparator.comparing(BatchArticle::published));
        return items;
    }
}
