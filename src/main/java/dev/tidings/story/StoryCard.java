package dev.tidings.story;

import dev.tidings.article.ArticleCard;
import java.util.List;

/** A story in a list: the story, the article its headline comes from, its outlets (first to cover first), and its growth. */
public record StoryCard(Story story, ArticleCard lead, List<String> outlets, int recentArticles) {
    /** Outlets a card names before it says how many more there are. */
    static final int NAMED_OUTLETS = 5;

    /** The outlets the card names: the first to cover the story. */
    public List<String> namedOutlets() {
        return outlets.subList(0, Math.min(outlets.size(), NAMED_OUTLETS));
    }

    /** How many outlets the card leaves unnamed ("and 7 more"). */
    public int unnamedOutlets() {
        return Math.max(0, outlets.size() - NAMED_OUTLETS);
    }
}
