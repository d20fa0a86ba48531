package dev.tidings.story;

import dev.tidings.article.ArticleCard;
import dev.tidings.nlp.Vectors;
import dev.tidings.search.SearchIndex;
import dev.tidings.search.VectorHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Related coverage for the article page: the same story from other outlets first, then the
 * nearest recent articles of other stories (from this node's vector index, with stories read from
 * the database so merges made by any node show at once). Both are ranked by the story matcher's
 * blend of meaning and shared words, as {@code batch related} ranks them, other stories' articles
 * less their hubness (their closeness to everything, kept in the database as articles arrive), read
 * with their stories and words in one query.
 */
public final class RelatedArticles {

    private final StoryRepository stories;
    private final SearchIndex index;
    private final StoryMatcher matcher;

    /** {@code df}: the document frequencies the story enricher keeps, for word weights. */
    public RelatedArticles(StoryRepository stories, SearchIndex index, DocumentFrequencies df) {
        this.stories = stories;
        this.index = index;
        this.matcher = new StoryMatcher(StoryMatcher.Params.DEFAULT, df);
    }

    /** Up to {@code limit} cards, best first; empty when the article has not been enriched yet. */
    public List<ArticleCard> of(String articleId, int limit) {
        Optional<StoryRepository.Member> found = stories.member(articleId);
        if (found.isEmpty()) {
            return List.of();
        }
        StoryRepository.Member me = found.get();
        StoryMatcher.Comparison mine = matcher.comparing(me.terms());
        Long story = stories.storyOf(articleId).orElse(null);
        List<RelatedRanker.Candidate> candidates = new ArrayList<>();
        Map<String, ArticleCard> cards = new HashMap<>();
        if (story != null) {
            List<ArticleCard> sameStory = stories.articles(story);
            for (ArticleCard c : sameStory) {
                cards.put(c.id(), c);
            }
            for (StoryRepository.Member m : stories.db().read(h -> StoryRepository.members(h, story, 200))) {
                candidates.add(new RelatedRanker.Candidate(
                        m.articleId(),
                        story.toString(),
                        Long.toString(m.sourceId()),
                        mine.similarity(Vectors.dot(me.embedding(), m.embedding()), m.terms())));
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
                        o.hubness(),
                        RelatedRanker.gapDays(me.published(), hit.published())));
            }
        }
        List<String> ranked = RelatedRanker.rank(
                articleId, story == null ? null : story.toString(), Long.toString(me.sourceId()), candidates, limit);
        List<String> missing =
                ranked.stream().filter(id -> !cards.containsKey(id)).toList();
        for (ArticleCard c : stories.cards(missing)) {
            cards.put(c.id(), c);
        }
        return ranked.stream()
                .map(cards::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
