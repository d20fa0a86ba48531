package dev.tidings.article;

import dev.tidings.db.Handle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of a list of articles in time order (the latest, an outlet's, a hashtag's, newest first;
 * a story's, either way), read from a cursor rather than an offset: a page stays put while
 * articles arrive, so "Older" never shows an article twice or skips one, and a page deep in a
 * million articles costs what the first does. {@code newer} and {@code older} are the cursors of
 * the neighbouring pages in time, null where there is none.
 */
public record ArticleWindow(List<ArticleCard> cards, String newer, String older) {

    /** Card columns, then the article's place in storage order (the cursor's tie-break). */
    static final String CARD_COLUMNS = "SELECT a.id, a.language, a.title, a.lead, a.published_at, a.source_id,"
            + " s.title, s.slug, a.opinion, (SELECT COUNT(*) FROM comments c WHERE c.target_kind = 'article'"
            + " AND c.target_id = a.id AND c.status = 'VISIBLE'), a.seq"
            + " FROM articles a JOIN sources s ON s.id = a.source_id ";

    /**
     * Where a page starts: at the list's start (its newest article, or its oldest in an oldest-first
     * list), or just past a cursor going back in time ({@code newer} false) or forward (true).
     */
    public record Position(Cursor cursor, boolean newer) {
        public static final Position START = new Position(null, false);

        public static Position olderThan(Cursor cursor) {
            return new Position(cursor, false);
        }

        public static Position newerThan(Cursor cursor) {
            return new Position(cursor, true);
        }
    }

    /**
     * Reads the page at {@code at} of a newest-first list, at most {@code limit} cards. The list's
     * rows are {@code FROM articles a}, then {@code joins}, where {@code where} holds (its {@code
     * params} bound in order); {@code time} is the column ordered on, {@code a.published_at} or a
     * copy of it in a joined table whose index leads with it; ties go by storage order.
     */
    public static ArticleWindow read(
            Handle h, String joins, String where, String time, Position at, int limit, Object... params) {
        return read(h, new Listing(joins, where, time, "a.seq", true), at, limit, params);
    }

    /**
     * A list of articles in time order: its rows as for {@link #read(Handle, String, String, String,
     * Position, int, Object...)}, with {@code seq} the storage-order column that breaks ties ({@code
     * a.seq}, or a copy in the joined table's index after {@code time}), newest or oldest first.
     */
    public record Listing(String joins, String where, String time, String seq, boolean newestFirst) {}

    /**
     * Reads the page at {@code at}, at most {@code limit} cards in the list's order. A page reads one
     * index range, from the cursor on, towards later or earlier articles; a page not at the list's
     * start asks once more whether there is a page on its other side. {@link Position#START} is the
     * list's start, the newest articles or the oldest; {@link Position#newerThan} and {@link
     * Position#olderThan} name a side in time, whichever way the list runs.
     */
    public static ArticleWindow read(Handle h, Listing list, Position at, int limit, Object... params) {
        // which way in time this page is read, and whether that is against the list's order
        boolean later = list.newestFirst() ? at.newer() : at.cursor() == null || at.newer();
        boolean against = list.newestFirst() == later;
        List<Object> args = new ArrayList<>(List.of(params));
        String bound = "";
        if (at.cursor() != null) {
            bound = beyond(list, later);
            args.addAll(List.of(
                    at.cursor().publishedAt(),
                    at.cursor().publishedAt(),
                    at.cursor().seq()));
        }
        args.add(limit + 1);
        String order = later ? " ASC" : " DESC";
        List<Row> rows = new ArrayList<>(h.query(
                CARD_COLUMNS + list.joins() + " WHERE " + list.where() + bound + " ORDER BY " + list.time() + order
                        + ", " + list.seq() + order + " LIMIT ?",
                rs -> new Row(ArticleCard.fromRow(rs, true), rs.getLong(11)),
                args.toArray()));
        boolean further = rows.size() > limit;
        if (further) {
            rows.removeLast();
        }
        if (against) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new ArticleWindow(List.of(), null, null); // none at all, or a link past either end
        }
        Cursor latest = (list.newestFirst() ? rows.getFirst() : rows.getLast()).cursor();
        Cursor earliest = (list.newestFirst() ? rows.getLast() : rows.getFirst()).cursor();
        boolean newer = later ? further : at.cursor() != null && exists(h, list, latest, true, params);
        boolean older = later ? at.cursor() != null && exists(h, list, earliest, false, params) : further;
        return new ArticleWindow(
                rows.stream().map(Row::card).toList(),
                newer ? latest.encode() : null,
                older ? earliest.encode() : null);
    }

    private record Row(ArticleCard card, long seq) {
        Cursor cursor() {
            return new Cursor(card.publishedAt().toEpochMilli(), seq);
        }
    }

    /**
     * The condition "newer (or older) than a cursor", written so that the index on the list's time
     * gives the range and the storage order only breaks ties within one millisecond.
     */
    private static String beyond(Listing list, boolean newer) {
        String side = newer ? ">" : "<";
        return " AND " + list.time() + " " + side + "= ? AND (" + list.time() + " " + side + " ? OR " + list.seq() + " "
                + side + " ?)";
    }

    private static boolean exists(Handle h, Listing list, Cursor from, boolean newer, Object... params) {
        List<Object> args = new ArrayList<>(List.of(params));
        args.addAll(List.of(from.publishedAt(), from.publishedAt(), from.seq()));
        return !h.query(
                        "SELECT 1 FROM articles a " + list.joins() + " WHERE " + list.where() + beyond(list, newer)
                                + " LIMIT 1",
                        rs -> true,
                        args.toArray())
                .isEmpty();
    }
}
