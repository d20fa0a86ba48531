package dev.tidings.story;

import dev.tidings.article.ArticleCard;
import java.util.List;

/** A story in a list: the story, the article its headline comes from, its outlets (first to cover first), and its growth. */
public record StoryCard(Story story, ArticleCard lead, List<String> outlets, int recentArticles) {}
