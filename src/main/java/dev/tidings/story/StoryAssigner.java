package dev.tidings.story;

import dev.tidings.article.ArticleChanges;
import dev.tidings.db.Database;
import dev.tidings.db.Dialect;
import dev.tidings.db.Handle;
import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.Vectors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides an article's story inside one database transaction, so nodes sharing the database agree:
 * assignments are serialized (PostgreSQL advisory transaction lock; SQLite's IMMEDIATE transactions),
 * candidate stories are re-read from the database, and the same {@link StoryMatcher} as the batch
 * clusterer picks the best fit, starts a story, or merges two that have converged.
 */
final class StoryAssigner {
    private static final long LOCK_KEY = 0x7469_6469_5354L;
    private static final int PROFILE_MEMBERS = StoryMatcher.COMPARED_MEMBERS;
    /* How many of the members nearest a story's centre may give its headline: the nearest report among them. */
    private static final int LEAD_CANDIDATES = 10;

    private final StoryRepository repo;
    private final StoryMatcher matcher;

    StoryAssigner(StoryRepository repo, StoryMatcher matcher) {
        this.repo = repo;
        this.matcher = matcher;
    }

    /** The outcome: the article's story, and the stories merged into it on the way. */
    record Assignment(long storyId, boolean created, List<Long> absorbed, double score) {}

    /**
     * Assigns the article (whose vectors are stored) to a story and records its neighbourhood.
     * {@code neighbours} are its nearest articles in this node's index with their embedding cosines;
     * their stories are the candidates, and stories touched recently by any node are added, since the
     * index may not have them yet.
     */
    Assignment assign(StoryRepository.Member article, Map<String, Double> neighbours, Instant now) {
        Map<String, Double> blended = blended(article, neighbours);
        // the pace needs no lock: one story more or less running at once barely moves it
        StoryFeatures f = article.features();
        double quietness = f.published() == null ? 0 : repo.quietness(f.published());
        return serialized(h -> {
            StoryRepository.linkNeighbours(h, article.articleId(), blended);
            var existing = h.queryOne(
                    "SELECT story_id FROM story_articles WHERE article_id = ?",
                    rs -> rs.getLong(1),
                    article.articleId());
            if (existing.isPresent()) {
                return new Assignment(existing.get(), false, List.of(), Double.NaN);
            }
            Set<Long> candidates = new LinkedHashSet<>(
                    repo.storiesOf(h, new ArrayList<>(neighbours.keySet())).values());
            candidates.addAll(h.query(
                    "SELECT id FROM stories WHERE merged_into IS NULL AND updated_at >= ? ORDER BY updated_at DESC LIMIT 50",
                    rs -> rs.getLong(1),
                    now.minusSeconds(600)));
            List<StoryProfile> near = new ArrayList<>();
            StoryProfile best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            Set<Long> seen = new HashSet<>();
            for (long candidate : candidates) {
                long id = resolve(h, candidate);
                if (!seen.add(id)) {
                    continue;
                }
                StoryProfile profile = profile(h, id);
                if (profile.size() == 0) {
                    continue;
                }
                double score = matcher.score(f, profile, quietness);
                if (Double.isNaN(score)) {
                    continue;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = profile;
                }
                if (score >= matcher.params().threshold()) {
                    near.add(profile);
                }
            }
            boolean created = best == null || bestScore < matcher.params().threshold();
            long storyId;
            if (created) {
                storyId = h.insert(
                                "INSERT INTO stories (title, lead_article_id, first_published_at, last_published_at,"
                                        + " article_count, outlet_count, created_at, updated_at)"
                                        + " SELECT title, id, published_at, published_at, 0, 0, ?, ? FROM articles WHERE id = ?",
                                now,
                                now,
                                article.articleId())
                        .orElseThrow();
                best = new StoryProfile(Long.toString(storyId), Embedder.DIMENSIONS);
            } else {
                storyId = Long.parseLong(best.id);
            }
            StoryRepository.addToStory(h, article.articleId(), storyId, created ? null : bestScore, now);
            ArticleChanges.note(h, article.articleId(), now);
            best.add(f);
            List<Long> absorbed = new ArrayList<>();
            for (StoryProfile other : near) {
                // skip the profile that was best before it merged into an older story
                if (other != best
                        && !absorbed.contains(Long.parseLong(other.id))
                        && matcher.score(best, other) >= matcher.params().mergeThreshold()) {
                    best = merge(h, best, other, absorbed, now);
                }
            }
            if (!created) {
                List<StoryProfile> fitting = near.stream()
                        .filter(p -> !absorbed.contains(Long.parseLong(p.id)))
                        .toList();
                for (StoryProfile lone : matcher.takenInByGrowth(
                        best, fitting, a -> a.published() == null ? 0 : StoryRepository.quietness(h, a.published()))) {
                    best = merge(h, best, lone, absorbed, now);
                }
            }
            storyId = Long.parseLong(best.id);
            refreshSummary(h, storyId, best, now);
            return new Assignment(storyId, created, absorbed, bestScore);
        });
    }

    /** Records the neighbourhood of an article stored before neighbourhoods were kept. */
    void linkNeighbours(StoryRepository.Member article, Map<String, Double> neighbours) {
        Map<String, Double> blended = blended(article, neighbours);
        serialized(h -> {
            StoryRepository.linkNeighbours(h, article.articleId(), blended);
            return null;
        });
    }

    /** Runs {@code work} in a transaction no other node's story work runs beside. */
    private <T> T serialized(Database.Work<T> work) {
        return repo.db().transaction(h -> {
            lockStories(h, repo.db().dialect());
            return work.run(h);
        });
    }

    /**
     * Makes the caller's transaction the only one working on stories until it ends: on PostgreSQL
     * an advisory lock every node's assigner takes; SQLite's write transactions are one at a time.
     */
    static void lockStories(Handle h, Dialect dialect) {
        if (dialect == Dialect.POSTGRES) {
            h.query("SELECT pg_advisory_xact_lock(?)", rs -> null, LOCK_KEY);
        }
    }

    /**
     * The neighbours' blended similarities (embedding cosine and shared words), computed before the
     * serialized transaction: stored words never change, so reading them needs no lock.
     */
    private Map<String, Double> blended(StoryRepository.Member article, Map<String, Double> neighbours) {
        Map<String, TermBag> terms =
                repo.db().read(h -> StoryRepository.terms(h, new ArrayList<>(neighbours.keySet())));
        StoryMatcher.Comparison mine = matcher.comparing(article.terms());
        Map<String, Double> blended = new LinkedHashMap<>();
        neighbours.forEach((id, cosine) -> {
            TermBag t = terms.get(id);
            if (t != null) {
                blended.put(id, mine.similarity(cosine, t));
            }
        });
        return blended;
    }

    private static long resolve(Handle h, long storyId) {
        long id = storyId;
        for (int hops = 0; hops < 20; hops++) {
            var next = h.queryOne(
                    "SELECT merged_into FROM stories WHERE id = ?",
                    rs -> {
                        long m = rs.getLong(1);
                        return rs.wasNull() ? null : m;
                    },
                    id);
            if (next.isEmpty()) {
                return id;
            }
            id = next.get();
        }
        return id;
    }

    static StoryProfile profile(Handle h, long storyId) {
        StoryProfile p = new StoryProfile(Long.toString(storyId), Embedder.DIMENSIONS);
        for (StoryRepository.Member m : StoryRepository.members(h, storyId, PROFILE_MEMBERS)) {
            p.add(m.features());
        }
        return p;
    }

    /**
     * Merges two stories into the older (lower) id and returns its profile, holding both stories'
     * members; the younger id goes on {@code absorbed}.
     */
    private static StoryProfile merge(
            Handle h, StoryProfile grown, StoryProfile other, List<Long> absorbed, Instant now) {
        long grownId = Long.parseLong(grown.id);
        long otherId = Long.parseLong(other.id);
        long keep = Math.min(grownId, otherId);
        long gone = Math.max(grownId, otherId);
        merge(h, keep, gone, now);
        absorbed.add(gone);
        if (gone == grownId) {
            other.absorb(grown);
            return other;
        }
        grown.absorb(other);
        return grown;
    }

    private static void merge(Handle h, long keep, long gone, Instant now) {
        // every node's index must move them too
        ArticleChanges.noteEach(h, "SELECT article_id FROM story_articles WHERE story_id = ?", now, gone);
        h.update("UPDATE story_articles SET story_id = ? WHERE story_id = ?", keep, gone);
        h.update(
                "UPDATE stories SET merged_into = ?, updated_at = ? WHERE id = ? OR merged_into = ?",
                keep,
                now,
                gone,
                gone);
    }

    /**
     * Counts, time span and the representative headline: the member nearest the centroid that is
     * reporting. Among the {@link #LEAD_CANDIDATES} nearest, opinion pieces are passed over ("A
     * ceasefire is a beginning. Vesper must not mistake it for an ending" argues; it does not say
     * what happened); a story of opinion pieces alone takes its nearest.
     */
    static void refreshSummary(Handle h, long storyId, StoryProfile profile, Instant now) {
        List<String> nearest = nearestMembers(profile, LEAD_CANDIDATES);
        String lead = nearest.isEmpty() ? null : nearest.getFirst();
        if (nearest.size() > 1) {
            Set<String> opinion = StoryRepository.opinionAmong(h, nearest);
            lead = nearest.stream()
                    .filter(id -> !opinion.contains(id))
                    .findFirst()
                    .orElse(lead);
        }
        h.update(
                "UPDATE stories SET"
                        + " article_count = (SELECT COUNT(*) FROM story_articles WHERE story_id = ?),"
                        + " outlet_count = (SELECT COUNT(DISTINCT source_id) FROM story_articles WHERE story_id = ?),"
                        + " first_published_at = (SELECT MIN(published_at) FROM story_articles WHERE story_id = ?),"
                        + " last_published_at = (SELECT MAX(published_at) FROM story_articles WHERE story_id = ?),"
                        + " lead_article_id = ?, title = (SELECT title FROM articles WHERE id = ?), updated_at = ?"
                        + " WHERE id = ?",
                storyId,
                storyId,
                storyId,
                storyId,
                lead,
                lead,
                now,
                storyId);
    }

    /** The ids of the {@code n} members nearest the story's centroid, nearest first; one pass over them. */
    private static List<String> nearestMembers(StoryProfile profile, int n) {
        List<String> ids = new ArrayList<>(n + 1);
        List<Double> sims = new ArrayList<>(n + 1);
        for (StoryFeatures m : profile.members) {
            double sim = Vectors.dot(m.embedding(), profile.embeddingSum);
            int at = sims.size();
            while (at > 0 && sims.get(at - 1) < sim) {
                at--;
            }
            if (at < n) {
                ids.add(at, m.articleId());
                sims.add(at, sim);
                if (ids.size() > n) {
                    ids.removeLast();
                    sims.removeLast();
                }
            }
        }
        return ids;
    }
}
