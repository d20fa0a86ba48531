package dev.tidings.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.batch.InputLines;
import dev.tidings.batch.Progress;
import dev.tidings.nlp.Vectors;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The story stages over JSON Lines, online in input order with no look-ahead, as the live system
 * processes arriving articles: {@code cluster} assigns each line a story, {@code related} lists
 * each article's related articles as its page would show them once every line has arrived.
 */
public final class StoryBatch {
    private static final int CHUNK = 32;

    private final Features features;
    private final int workers;
    private final ObjectMapper json = new ObjectMapper();

    /** Embeds on as many threads as there are cores, beside the clustering thread. */
    public StoryBatch(Features features) {
        this(features, Runtime.getRuntime().availableProcessors());
    }

    StoryBatch(Features features, int workers) {
        this.features = features;
        this.workers = workers;
    }

    /** The result of clustering a stream: per article, its story at the end, and the state behind it. */
    record Clustered(
            List<BatchArticle> articles, List<StoryFeatures> features, OnlineClusterer clusterer, double perSecond) {
        Map<String, String> stories() {
            Map<String, String> out = new LinkedHashMap<>();
            for (BatchArticle a : articles) {
                out.put(a.id(), clusterer.storyOf(a.id()));
            }
            return out;
        }
    }

    public double cluster(Path in, Path out, PrintStream progress) throws IOException {
        Clustered c = run(read(in, progress), progress);
        Map<String, JsonNode> given = givenIds(c);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (var e : c.stories().entrySet()) {
                ObjectNode line = json.createObjectNode().put("cluster", e.getValue());
                line.set("id", given.get(e.getKey()));
                w.write(json.writeValueAsString(line));
                w.newLine();
            }
        }
        return c.perSecond();
    }

    public double related(Path in, Path out, int k, PrintStream progress) throws IOException {
        long t0 = System.nanoTime();
        Clustered c = run(read(in, progress), progress);
        Map<String, List<String>> related = related(c, k);
        Map<String, JsonNode> given = givenIds(c);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (var e : related.entrySet()) {
                ObjectNode line = json.createObjectNode().set("id", given.get(e.getKey()));
                var list = line.putArray("related");
                e.getValue().forEach(id -> list.add(given.get(id)));
                w.write(json.writeValueAsString(line));
                w.newLine();
            }
        }
        return c.articles().size() / ((System.nanoTime() - t0) / 1e9);
    }

    /** The ids as the input wrote them (a number stays a number), by their text. */
    private static Map<String, JsonNode> givenIds(Clustered c) {
        Map<String, JsonNode> given = new HashMap<>();
        c.articles().forEach(a -> given.put(a.id(), a.givenId()));
        return given;
    }

    List<BatchArticle> read(Path in) throws IOException {
        return read(in, System.err);
    }

    /** The usable lines of {@code in}; lines it cannot use are reported on {@code warnings} and skipped. */
    List<BatchArticle> read(Path in, PrintStream warnings) throws IOException {
        List<BatchArticle> items = new ArrayList<>();
        try (InputLines lines = InputLines.open(in, warnings)) {
            for (InputLines.Line line = lines.next(); line != null; line = lines.next()) {
                items.add(BatchArticle.from(line, lines));
            }
        }
        return items;
    }

    /**
     * Clusters the articles in order. Worker threads embed the next chunks while this thread
     * clusters; each decision still sees only the articles before it.
     */
    Clustered run(List<BatchArticle> items, PrintStream progress) {
        long t0 = System.nanoTime();
        Progress shown = new Progress(progress, "clustered", items.size());
        OnlineClusterer clusterer = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
        List<StoryFeatures> all = new ArrayList<>(items.size());
        try (var ahead = new ChunkPipeline<BatchArticle, StoryFeatures>(
                items, CHUNK, workers, 2 * workers, chunk -> features.ofAll(inputs(chunk)))) {
            for (List<StoryFeatures> current = ahead.next(); !current.isEmpty(); current = ahead.next()) {
                for (StoryFeatures f : current) {
                    clusterer.add(f);
                    all.add(f);
                }
                shown.update(all.size());
            }
        }
        shown.finish(all.size());
        return new Clustered(items, all, clusterer, items.size() / ((System.nanoTime() - t0) / 1e9));
    }

    private static List<Features.Input> inputs(List<BatchArticle> chunk) {
        return chunk.stream().map(BatchArticle::input).toList();
    }

    /** Related lists once every article has arrived, ranked as the article page ranks them. */
    Map<String, List<String>> related(Clustered c, int k) {
        List<StoryFeatures> fs = c.features();
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, List<StoryFeatures>> byStory = new LinkedHashMap<>();
        for (StoryFeatures f : fs) {
            byStory.computeIfAbsent(c.clusterer().storyOf(f.articleId()), s -> new ArrayList<>())
                    .add(f);
        }
        Neighbourhoods hubs = neighbourhoods(fs, c.clusterer().matcher());
        List<List<String>> lists = java.util.stream.IntStream.range(0, fs.size())
                .parallel()
                .mapToObj(i -> relatedOf(fs.get(i), fs, byStory, c.clusterer(), hubs, k))
                .toList();
        for (int i = 0; i < fs.size(); i++) {
            out.put(fs.get(i).articleId(), lists.get(i));
        }
        return out;
    }

    /**
     * The neighbourhoods the live system keeps: as each article arrives it finds its nearest earlier
     * articles by meaning within the story window (as the enricher asks the index) and enters their
     * lists as they enter its own.
     */
    static Neighbourhoods neighbourhoods(List<StoryFeatures> fs, StoryMatcher matcher) {
        long window = matcher.params().window().toMillis();
        List<List<Near>> found = java.util.stream.IntStream.range(0, fs.size())
                .parallel()
                .mapToObj(i -> nearest(fs.get(i), fs.subList(0, i), window, -1, StoryEnricher.NEIGHBOURS))
                .toList();
        Neighbourhoods hubs = new Neighbourhoods();
        for (int i = 0; i < fs.size(); i++) {
            StoryFeatures me = fs.get(i);
            StoryMatcher.Comparison mine = matcher.comparing(me.terms());
            for (Near n : found.get(i)) {
                StoryFeatures o = n.article();
                hubs.link(me.articleId(), o.articleId(), mine.similarity(n.cosine(), o.terms()));
            }
        }
        return hubs;
    }

    /** An article found near another in meaning, with its embedding cosine. */
    private record Near(StoryFeatures article, double cosine) {}

    /**
     * The {@code k} articles of {@code pool} (other than {@code me}) nearest to it in meaning, within
     * {@code window} milliseconds of it and at least {@code floor} close: what the index would find.
     */
    private static List<Near> nearest(StoryFeatures me, List<StoryFeatures> pool, long window, double floor, int k) {
        java.util.PriorityQueue<Near> nearest =
                new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble(Near::cosine));
        for (StoryFeatures o : pool) {
            if (o == me || !withinWindow(me, o, window)) {
                continue;
            }
            double cosine = Vectors.dot(me.embedding(), o.embedding());
            if (cosine < floor) {
                continue;
            }
            nearest.add(new Near(o, cosine));
            if (nearest.size() > k) {
                nearest.poll();
            }
        }
        return new ArrayList<>(nearest);
    }

    private static List<String> relatedOf(
            StoryFeatures me,
            List<StoryFeatures> all,
            Map<String, List<StoryFeatures>> byStory,
            OnlineClusterer clusterer,
            Neighbourhoods hubs,
            int k) {
        String story = clusterer.storyOf(me.articleId());
        StoryMatcher.Comparison mine = clusterer.matcher().comparing(me.terms());
        List<RelatedRanker.Candidate> candidates = new ArrayList<>();
        for (StoryFeatures m : byStory.getOrDefault(story, List.of())) {
            double cosine = Vectors.dot(me.embedding(), m.embedding());
            candidates.add(new RelatedRanker.Candidate(
                    m.articleId(), story, m.source(), mine.similarity(cosine, m.terms()), cosine));
        }
        // Neighbours are found by meaning, as the index finds them, then ranked by the matcher's blend.
        for (Near n : nearest(
                me,
                all,
                RelatedRanker.WINDOW.toMillis(),
                RelatedRanker.MIN_CANDIDATE_COSINE,
                RelatedRanker.CANDIDATES)) {
            StoryFeatures o = n.article();
            candidates.add(new RelatedRanker.Candidate(
                    o.articleId(),
                    clusterer.storyOf(o.articleId()),
                    o.source(),
                    mine.similarity(n.cosine(), o.terms()),
                    n.cosine(),
                    hubs.hubness(o.articleId()),
                    RelatedRanker.gapDays(me.published(), o.published())));
        }
        return RelatedRanker.rank(me.articleId(), story, me.source(), candidates, k);
    }

    private static boolean withinWindow(StoryFeatures a, StoryFeatures b, long window) {
        if (a.published() == null || b.published() == null) {
            return true;
        }
        return Math.abs(a.published().toEpochMilli() - b.published().toEpochMilli()) <= window;
    }
}
