package dev.tidings.story;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tidings eval cluster}: clusters each labelled stream online, scores BCubed against its
 * {@code cluster} labels, then scores the related lists (relevance = same labelled story) with P@5
 * and nDCG@10.
 */
public final class StoryEval {
    private final StoryBatch batch;

    public StoryEval(StoryBatch batch) {
        this.batch = batch;
    }

    /** Scores of one stream. */
    public record Result(
            String name,
            int articles,
            int stories,
            ClusterScores.BCubed bcubed,
            ClusterScores.Ranking ranking,
            double perSecond) {}

    public Result evaluate(Path file, PrintStream progress) throws IOException {
        // an article without a label cannot be scored: left out of the stream, as the batch leaves out lines it cannot
        // use
        List<BatchArticle> read = batch.read(file);
        List<BatchArticle> items =
                read.stream().filter(a -> a.cluster() != null).toList();
        if (items.size() < read.size() && progress != null) {
            progress.printf(
                    "%s: %d of %d articles have no cluster label and were left out%n",
                    file.getFileName(), read.size() - items.size(), read.size());
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException(file + ": no article has a cluster label");
        }
        Map<String, String> gold = new HashMap<>();
        for (BatchArticle a : items) {
            gold.put(a.id(), a.cluster());
        }
        StoryBatch.Clustered clustered = batch.run(items, progress);
        Map<String, String> predicted = clustered.stories();
        var bcubed = ClusterScores.bcubed(predicted, gold);
        var ranking = ClusterScores.ranking(batch.related(clustered, 10), gold);
        return new Result(
                file.getFileName().toString(),
                items.size(),
                (int) predicted.values().stream().distinct().count(),
                bcubed,
                ranking,
                clustered.perSecond());
    }
}
