package dev.tidings.story;

import dev.tidings.article.ArticleChanges;
import dev.tidings.db.Dialect;
import dev.tidings.db.Handle;
import dev.tidings.db.InList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes articles out of the database and mends the stories they were in: a story that keeps
 * members gets its counts, time span and headline worked out again from them; a story left with
 * none goes, with the rows of the stories once merged into it. Every node's index follows the
 * removal through the change log, as it follows a copy replaced by its original.
 */
public final class ArticleRemoval {
    private ArticleRemoval() {}

    /**
     * What one removal did: the stories whose coverage shrank and remain, the stories left empty,
     * and every story row that went with those (each emptied story's and those once merged into it,
     * whose addresses led to it), so a caller can take their discussions too.
     */
    public record Removed(
            int articles, List<Long> storiesMended, List<Long> storiesEmptied, List<Long> storyRowsGone) {}

    /**
     * Takes, for the caller's transaction, the lock every node's story assigner takes; {@link
     * #remove} takes it too, so a caller that must hold other locks takes this one first.
     */
    public static void lockStories(Handle h, Dialect dialect) {
        StoryAssigner.lockStories(h, dialect);
    }

    /**
     * Removes {@code articleIds} in the caller's transaction, after taking the lock every node's
     * story assigner takes, so no article joins a story while it is being mended or emptied.
     * Everything that hangs on an article alone (its vectors, place in a story, fingerprints, tags,
     * summary, neighbourhood) goes with it.
     */
    public static Removed remove(Handle h, Dialect dialect, List<String> articleIds, Instant now) {
        lockStories(h, dialect);
        Set<Long> touched = new LinkedHashSet<>();
        int removed = InList.eachRun(articleIds, (marks, run) -> {
            Object[] ids = run.toArray();
            touched.addAll(h.query(
                    "SELECT DISTINCT story_id FROM story_articles WHERE article_id IN (" + marks + ")",
                    rs -> rs.getLong(1),
                    ids));
            return h.update("DELETE FROM articles WHERE id IN (" + marks + ")", ids);
        });
        for (String id : articleIds) {
            ArticleChanges.note(h, id, now);
        }
        List<Long> mended = new ArrayList<>();
        List<Long> emptied = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (long storyId : touched) {
            if (h.queryLong("SELECT COUNT(*) FROM story_articles WHERE story_id = ?", storyId) > 0) {
                StoryProfile profile = StoryAssigner.profile(h, storyId);
                if (profile.size() > 0) { // members always have vectors; a headline needs one
                    StoryAssigner.refreshSummary(h, storyId, profile, now);
                }
                mended.add(storyId);
            } else {
                emptied.add(storyId);
                gone.addAll(h.query(
                        "SELECT id FROM stories WHERE id = ? OR merged_into = ?",
                        rs -> rs.getLong(1),
                        storyId,
                        storyId));
                h.update("DELETE FROM stories WHERE id = ? OR merged_into = ?", storyId, storyId);
            }
        }
        return new Removed(removed, mended, emptied, gone);
    }
}
