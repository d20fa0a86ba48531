package dev.tidings.article;

import java.util.List;

/** One page of a keyset-paginated listing; {@code nextCursor} is null on the last page. */
public record ArticleSlice(List<ArticleCard> cards, String nextCursor) {

    /** A card with the article's place in storage order, which breaks ties of time in a cursor. */
    public record Row(ArticleCard card, long seq) {}

    /**
     * The page from rows read with a limit one past {@code limit}: that extra row, when there, only
     * says a next page exists, which starts after the page's last row.
     */
    public static ArticleSlice of(List<Row> rows, int limit) {
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        String next = more
                ? new Cursor(
                                page.getLast().card().publishedAt().toEpochMilli(),
                                page.getLast().seq())
                        .encode()
                : null;
        return new ArticleSlice(page.stream().map(Row::card).toList(), next);
    }
}
