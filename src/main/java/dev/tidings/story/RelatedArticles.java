package dev.tidings.story;

import dev.tidings.article.ArticleCard;
import dev.tidings.nlp.Vectors;
import dev.tidings.search.SearchIndex;
import dev.tidings.search.VectorHit;
import dev.tidings.work.LeastRecentlyUsed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Related coverage for the article page: the same story from other outlets first, then the
 * nearest recent articles of other stories (from this node's vector index, with stories read from
 * the database so merges made by any node show at once). Both are ranked by the story matcher's
 * blend of meaning and shared words, as {@code batch related} ranks them, other stories' articles
 * less their hubness (their closeness to everything, kept in the database as articles arrive), read
 * with their stories and words in one query.
 *
 * <p>A list once worked out is served again for up to {@link #KEEP} (a popular article's page is
 * read many times a minute, and each lookup weighs up to 300 candidates), but never after the
 * article's story has changed: coverage of the same story is always current, closely related
 * stories at most a minute late. Only the articles' ids are kept; their cards are read afresh.
 */
public final class RelatedArticles {
    /** How long a related list is served again while the article's story stays as it was. */
    public static final Duration KEEP = Duration.ofSeconds(60);
    /** Lists kept at most (the least recently read go first). */
    static final int KEPT_LISTS = 4_096;
    /** Members of the article's own story weighed, the most recent first. */
    private static final int STORY_MEMBERS = 200;

    private final StoryRepository stories;
    private final SearchIndex index;
    private final StoryMatcher matcher;
    private final long keepNanos;
    private final LongSupplier nanoTime;
    private final Map<Key, Kept> kept = LeastRecentlyUsed.map(KEPT_LISTS);
    private volatile Consumer<String> onLookup = outcome -> {};

    private record Key(String articleId, int limit) {}

    /** A list and what it was worked out from: the story as it then was, and when. */
    private record Kept(Optional<StoryRepository.Stamp> story, Ranked ranked, long atNanos) {}

    /** The ids best first, the first {@code ofTheStory} of them of the article's own story. */
    record Ranked(List<String> ids, int ofTheStory) {}

    /** Related cards, best first: the first {@code ofTheStory} of the article's own story, then others. */
    public record Related(List<ArticleCard> cards, int ofTheStory) {
        public static final Related NONE = new Related(List.of(), 0);

        /** The cards of the article's own story. */
        public List<ArticleCard> ofItsStory() {
            return cards.subList(0, Math.min(ofTheStory, cards.size()));
        }

        /** The cards of other stories. */
        public List<ArticleCard> ofOtherStories() {
            return cards.subList(Math.min(ofTheStory, cards.size()), cards.size());
        }
    }

    /** {@code df}: the document frequencies the story enricher keeps, for word weights. */
    public RelatedArticles(StoryRepository stories, SearchIndex index, DocumentFrequencies df) {
        this(stories, index, df, KEEP, System::nanoTime);
    }

    /**
     * The same, keeping lists for {@code keep} (zero: never) by the time {@code nanoTime} tells (as
     * {@link System#nanoTime()} does).
     */
    RelatedArticles(
            StoryRepository stories, SearchIndex index, DocumentFrequencies df, Duration keep, LongSupplier nanoTime) {
        this.stories = stories;
        this.index = index;
        this.matcher = new StoryMatcher(StoryMatcher.Params.DEFAULT, df);
        this.keepNanos = keep.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Hears each lookup's outcome: {@code kept} (served again) or {@code worked_out}. */
    public void onLookup(Consumer<String> listener) {
        this.onLookup = Objects.requireNonNull(listener);
    }

    /** Up to {@code limit} cards, best first; empty when the article has not been enriched yet. */
    public List<ArticleCard> of(String articleId, int limit) {
        return listed(articleId, limit).cards();
    }

    /** As {@link #of}, saying how many of the cards are of the article's own story (they come first). */
    public Related listed(String articleId, int limit) {
        Optional<StoryRepository.Stamp> story = stories.stampOf(articleId);
        Key key = new Key(articleId, limit);
        long now = nanoTime.getAsLong();
        Kept before;
        synchronized (kept) {
            before = kept.get(key);
        }
        Ranked ranked;
        if (before != null && before.story().equals(story) && now - before.atNanos() < keepNanos) {
            ranked = before.ranked();
            onLookup.accept("kept");
        } else {
            Optional<Ranked> worked = ranked(articleId, story.map(StoryRepository.Stamp::storyId), limit);
            if (worked.isEmpty()) {
                return Related.NONE;
            }
            ranked = worked.get();
            synchronized (kept) {
                kept.put(key, new Kept(story, ranked, now));
            }
            onLookup.accept("worked_out");
        }
        // an article gone meanwhile is left out, from its own story's share too
        Set<String> ofTheStory = Set.copyOf(ranked.ids().subList(0, ranked.ofTheStory()));
        List<ArticleCard> cards = stories.inOrder(ranked.ids());
        return new Related(cards, (int)
                cards.stream().filter(c -> ofTheStory.contains(c.id())).count());
    }

    /**
     * The ids of up to {@code limit} related articles, best first, worked out now; empty when the
     * article has no vectors yet. {@code story}: the article's story, if it has one.
     */
    Optional<Ranked> ranked(String articleId, Optional<Long> story, int limit) {
        Optional<StoryRepository.Member> found = stories.member(articleId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoryRepository.Member me = found.get();
        StoryMatcher.Comparison mine = matcher.comparing(me.terms());
        List<RelatedRanker.Candidate> candidates = new ArrayList<>();
        if (story.isPresent()) {
            long storyId = story.get();
            for (StoryRepository.Member m :
                    stories.db().read(h -> StoryRepository.members(h, storyId, STORY_MEMBERS))) {
                double cosine = Vectors.dot(me.embedding(), m.embedding());
                candidates.add(new RelatedRanker.Candidate(
                        m.articleId(),
                        Long.toString(storyId),
                        Long.toString(m.sourceId()),
                        mine.similarity(cosine, m.terms()),
                        cosine));
            }
        }
        List<VectorHit> hits = index.nearest(
                me.embedding(),
                RelatedRanker.CANDIDATES,
                me.published().minus(RelatedRanker.WINDOW),
                me.published().plus(RelatedRanker.WINDOW));
        List<String> hitIds = hits.stream().map(VectorHit::articleId).toList();
        Map<String, StoryRepository.StoryTerms> ofHit = stories.storiesAndTerms(hitIds);
        for (VectorHit hit : hits) {
            StoryRepository.StoryTerms o = ofHit.get(hit.articleId());
            if (hit.similarity() >= RelatedRanker.MIN_CANDIDATE_COSINE && o != null) {
                candidates.add(new RelatedRanker.Candidate(
                        hit.articleId(),
                        Long.toString(o.storyId()),
                        Long.toString(hit.sourceId()),
                        mine.similarity(hit.similarity(), o.terms()),
                        hit.similarity(),
                        o.hubness(),
                        RelatedRanker.gapDays(me.published(), hit.published())));
            }
        }
        List<String> ids = List.copyOf(RelatedRanker.rank(
                articleId, story.map(Object::toString).orElse(null), Long.toString(me.sourceId()), candidates, limit));
        Set<String> ofTheStory = new HashSet<>();
        story.ifPresent(id -> candidates.stream()
                .filter(c -> c.story().equals(id.toString()))
                .forEach(c -> ofTheStory.add(c.articleId())));
        // the ranker puts the article's own story first
        int own = 0;
        while (own < ids.size() && ofTheStory.contains(ids.get(own))) {
            own++;
        }
        return Optional.of(new Ranked(ids, own));
    }
}
