package dev.tidings.article;

import java.util.List;

/** One page of a keyset-paginated listing; {@code nextCursor} is null on the last page. */
public record ArticleSlice(List<ArticleCard> cards, String nextCursor) {}
